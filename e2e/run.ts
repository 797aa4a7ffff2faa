/**
 * `npm run test:e2e [-- <journey>...] [--build] [--base-url=http://127.0.0.1:3000]`: browser journeys against the real server.
 * Builds the web app if needed, starts src/server/main.ts in demo mode on a fresh data folder and a free port, runs
 * each journey in a fresh Chromium profile, stops the server, prints "e2e: N passed, M failed" and exits non-zero on
 * any failure. A journey with settings of its own (Journey.env) runs on a fresh server started with them. Screenshots
 * (and a failure screenshot per failed journey) go to e2e/artifacts/.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { launchBrowser } from './lib/browser';
import { ARTIFACTS, makeContext, type Journey } from './lib/journey';
import { ensureWebBuild, startServer } from './lib/server';
import { admin } from './journeys/admin';
import { casesJ1 } from './journeys/cases-j1';
import { hotlineJ2 } from './journeys/hotline-j2';
import { jurisdictionJ7 } from './journeys/jurisdiction-j7';
import { pages } from './journeys/pages';
import { register } from './journeys/register';
import { smoke } from './journeys/smoke';
import { actionMonthJ4 } from './journeys/action-month-j4';
import { fundJ5 } from './journeys/fund-j5';

// In this order: `pages` turns on canbo.tinh's second factor, which `register` logs in as without one. The journeys
// of issue #4 come after; hotline-j2 and jurisdiction-j7 run on servers of their own (Journey.env).
const JOURNEYS: Journey[] = [
  smoke,
  admin,
  register,
  pages,
  casesJ1,
  hotlineJ2,
  jurisdictionJ7,
  actionMonthJ4,
  fundJ5,
];

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Console errors and CSP violations fail the journey: the CSP forbids inline scripts and eval. */
function watchPage(page: Page, problems: string[], expected: RegExp[] = []): void {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // A 401 from /api/auth/me before login is expected; the browser logs every failed fetch.
    if (/Failed to load resource: the server responded with a status of 401/.test(text)) return;
    if (expected.some((re) => re.test(text))) return;
    problems.push(`console: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
}

async function runJourney(journey: Journey, baseUrl: string): Promise<string | null> {
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const problems: string[] = [];
  watchPage(page, problems, journey.expectedConsole);
  try {
    await journey.run(makeContext(journey.name, page, baseUrl, log));
    if (problems.length) throw new Error(`browser reported:\n      ${problems.join('\n      ')}`);
    return null;
  } catch (err) {
    try {
      await page.screenshot({ path: path.join(ARTIFACTS, `${journey.name}-FAILED.png`), fullPage: true });
    } catch {
      // the page may be gone
    }
    const message = err instanceof Error ? err.message : String(err);
    return problems.length ? `${message}\n      (browser: ${problems.join('; ')})` : message;
  } finally {
    await browser.close();
  }
}

type Server = { baseUrl: string; stop: () => Promise<void> };

/** A journey with server settings of its own (Journey.env) runs on a fresh server started with them. */
async function runOnOwnServer(journey: Journey): Promise<string | null> {
  const settings = Object.entries(journey.env ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  log(`    starting a server of its own (${settings || 'fresh demo data'})…`);
  let server: Server;
  try {
    server = await startServer(path.join(ARTIFACTS, `server-${journey.name}.log`), journey.env);
  } catch (err) {
    return `could not start its server: ${err instanceof Error ? err.message : String(err)}`;
  }
  try {
    return await runJourney(journey, server.baseUrl);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const selected = names.length ? JOURNEYS.filter((j) => names.includes(j.name)) : JOURNEYS;
  const unknown = names.filter((n) => !JOURNEYS.some((j) => j.name === n));
  if (unknown.length) {
    log(`e2e: unknown journey(s) ${unknown.join(', ')}; known: ${JOURNEYS.map((j) => j.name).join(', ')}`);
    return 2;
  }

  fs.mkdirSync(ARTIFACTS, { recursive: true });
  ensureWebBuild(args.includes('--build'));
  // --base-url=http://… runs against a server already up (development); the demo data must be fresh.
  const external = args.find((a) => a.startsWith('--base-url='))?.slice('--base-url='.length);
  // The shared server, started when the first journey without settings of its own needs it.
  let shared: Server | null = null;
  const sharedServer = async (): Promise<Server> => {
    if (shared) return shared;
    if (external) shared = { baseUrl: external.replace(/\/$/, ''), stop: async () => undefined };
    else {
      log('e2e: starting the server…');
      shared = await startServer(path.join(ARTIFACTS, 'server.log'));
      log(`e2e: server ready at ${shared.baseUrl}`);
    }
    return shared;
  };

  const failures: { name: string; error: string }[] = [];
  try {
    for (const journey of selected) {
      log(`  journey ${journey.name}`);
      const error = journey.env
        ? await runOnOwnServer(journey)
        : await runJourney(journey, (await sharedServer()).baseUrl);
      if (error) {
        failures.push({ name: journey.name, error });
        log(`  ✗ ${journey.name}: ${error}`);
      } else log(`  ✓ ${journey.name}`);
    }
  } finally {
    await (shared as Server | null)?.stop();
  }
  const passed = selected.length - failures.length;
  log(`e2e: ${passed} passed, ${failures.length} failed`);
  if (failures.length) log(`e2e: screenshots and server.log in ${path.relative(process.cwd(), ARTIFACTS)}/`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`e2e: could not run: ${err instanceof Error ? err.message : String(err)}`);
    log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);

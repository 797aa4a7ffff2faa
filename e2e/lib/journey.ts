import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'artifacts');

export type JourneyContext = {
  page: Page;
  baseUrl: string;
  /** Runs one named step, so a failure says where it happened. */
  step: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  /** Full-page screenshot into e2e/artifacts/<journey>-<name>-<width>.png at the current viewport width. */
  screenshot: (name: string) => Promise<string>;
  /** Prints a line under the current step (a measured figure, for instance). */
  note: (line: string) => void;
  /** Resizes the viewport (360 px for a cheap phone, 1280 px for a desktop). */
  setWidth: (width: 360 | 1280) => Promise<void>;
};

export type Journey = {
  name: string;
  run: (ctx: JourneyContext) => Promise<void>;
  /** Console errors the journey provokes on purpose (an answer it expects, such as a 409 it shows to the user). */
  expectedConsole?: RegExp[];
  /**
   * Server settings the journey needs (e.g. TREEM_ACK_HOURS): it then runs on a fresh server of its own, started with
   * them, so the other journeys keep the defaults. `{}`: a fresh server with the default settings.
   */
  env?: Record<string, string>;
};

export function makeContext(
  journey: string,
  page: Page,
  baseUrl: string,
  log: (line: string) => void,
): JourneyContext {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    baseUrl,
    step: async (name, fn) => {
      const started = Date.now();
      try {
        const result = await fn();
        log(`    ✓ ${name} (${Date.now() - started} ms)`);
        return result;
      } catch (err) {
        log(`    ✗ ${name}`);
        throw err;
      }
    },
    note: (line) => log(`      ${line}`),
    screenshot: async (name) => {
      const width = page.viewportSize()?.width ?? 0;
      const file = path.join(ARTIFACTS, `${journey}-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      return file;
    },
    setWidth: async (width) => {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    },
  };
}

/** Polls a condition in the page until it holds; for what locators cannot express (e.g. <html lang>). */
export async function waitForCondition(page: Page, fn: () => boolean, what: string): Promise<void> {
  try {
    await page.waitForFunction(fn, undefined, { timeout: 10_000 });
  } catch {
    throw new Error(`timed out waiting for: ${what}`);
  }
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Builds the web app when dist/web/index.html is missing (or when asked to), as the server serves dist/web. */
export function ensureWebBuild(force: boolean): void {
  const index = path.join(ROOT, 'dist', 'web', 'index.html');
  if (!force && fs.existsSync(index)) return;
  process.stdout.write('e2e: building the web app (npx vite build)…\n');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0 || !fs.existsSync(index)) throw new Error('vite build failed');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type RunningServer = { baseUrl: string; stop: () => Promise<void>; dataDir: string };

/** Polls /readyz until the database is migrated and seeded; gives up when the process exits or after the limit. */
async function waitReady(baseUrl: string, child: ChildProcess, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready after ${limitMs / 1000} s`);
}

/**
 * Starts the real server (src/server/main.ts) in demo mode on a fresh PGlite data folder and a free port; `env` adds
 * settings of the journey's own (short legal clocks, for instance).
 */
export async function startServer(logFile: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-e2e-data-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      TREEM_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      TREEM_MODE: 'demo',
      TREEM_LOG_LEVEL: 'warn',
      TREEM_PUBLIC_URL: baseUrl,
      // The journeys log in dozens of times a minute from one address; the limit itself is tested by vitest.
      TREEM_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      // PGlite closes its data folder on SIGTERM; give it time, then insist.
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitReady(baseUrl, child, 180_000);
  } catch (err) {
    await stop();
    const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n    ');
    throw new Error(`${(err as Error).message}; server output:\n    ${tail}`);
  }
  return { baseUrl, stop, dataDir };
}

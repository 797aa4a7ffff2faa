import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

/** Starts src/server/main.ts as a real process, as `npm start` does (without the web build). */
function startServer(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/server/main.ts')], {
    env: { ...process.env, TREEM_LOG_LEVEL: 'warn', TREEM_WEB_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-main-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('the server process', () => {
  it('starts in production mode without demo users, refuses a second process on the same folder, and stops cleanly on SIGTERM', async () => {
    const dataDir = path.join(base, 'db');
    const port = await freePort();
    const first = startServer({
      TREEM_DATA_DIR: dataDir,
      PORT: String(port),
      TREEM_MODE: 'production',
      TREEM_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    await waitFor(() => first.output().includes('Treem is running'), 'the first server');
    expect(first.output()).toContain('No user exists yet');
    expect(first.output()).not.toContain('DEMO');
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);

    const second = startServer({ TREEM_DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('already in use by process');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('explains an unreachable database server without a stack trace', async () => {
    const run = startServer({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/treem',
      PORT: String(await freePort()),
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Cannot connect to PostgreSQL at postgres://nobody@127.0.0.1:1/treem');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('lists configuration mistakes', async () => {
    const run = startServer({ PORT: 'eighty', TREEM_DATA_DIR: path.join(base, 'never') });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Invalid configuration');
    expect(run.output()).toContain('PORT');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
function tempDataDir(): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-lock-'));
  dirs.push(base);
  return path.join(base, 'db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('PGlite data folder lock', () => {
  it('creates the folder and a lock file holding our pid, and removes it on release', () => {
    const dir = tempDataDir();
    const lock = lockDataDir(dir);
    expect(fs.existsSync(dir)).toBe(true);
    expect(fs.readFileSync(lock.path, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it('refuses a folder held by another live process, naming it', async () => {
    const dir = tempDataDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      let error: unknown;
      try {
        lockDataDir(dir);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it('refuses a second lock from the same process', () => {
    const dir = tempDataDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = tempDataDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}.lock`, String(gone.pid));
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(lock.path, 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});

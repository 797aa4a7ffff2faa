import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite does not lock its data folder and a second process silently corrupts it (stack-notes.md, "two processes").
 * We hold an exclusive lock file beside the data: O_EXCL creation, with our pid inside. A lock left by a process that
 * no longer exists (kill -9, power loss) is taken over; a live one is refused with a clear message.
 */
export class DataDirLockedError extends Error {
  readonly lockPath: string;
  readonly pid: number;
  constructor(lockPath: string, pid: number) {
    super(
      `The data folder is already in use by process ${pid} (lock file ${lockPath}). ` +
        `Stop that process first; two processes on one PGlite folder would corrupt it.`,
    );
    this.name = 'DataDirLockedError';
    this.lockPath = lockPath;
    this.pid = pid;
  }
}

export type DataDirLock = { path: string; release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
      if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid))
        throw new DataDirLockedError(lockPath, pid);
      if (pid === process.pid) throw new DataDirLockedError(lockPath, pid);
      fs.unlinkSync(lockPath); // stale lock from a dead process
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

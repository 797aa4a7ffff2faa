import crypto from 'node:crypto';
import fs from 'node:fs';
import type pg from 'pg';
import type { DbHandle } from '../../../db/open-db';
import { AppError } from '../../../http/app-error';
import type { ApiMessageId } from '../../../../shared/i18n/messages';
import type { ChildrenDeps } from '../children.service';
import { CsvFormatError } from './csv-stream';
import { runInsert, runValidation, type InsertTask, type JobRunner, type ValidateTask } from './import-job';
import { dropOldReports, failStaleJobs, updateJob } from './import-jobs.repo';
import { IMPORT_TMP_DIR, tmpPathFor } from './import-upload';
import { ImportAbort } from './import-validate';

/**
 * Runs import jobs (import-job.ts) in the background of the server process, one at a time (bounded memory; PGlite
 * serialises transactions anyway). The database row is the truth any app instance reads; this process adds the
 * live progress of a spooled insert, whose transaction is not visible yet. A heartbeat marks a job alive; a job
 * whose runner stopped (restart, crash) is marked failed on the next start or sweep, having inserted nothing.
 */
const HEARTBEAT_MS = 10_000;
/** A job silent for this long lost its runner (several heartbeats missed). */
const STALE_MS = 60_000;
const SWEEP_MS = 60_000;
/** How long an error report stays downloadable after its job ended. */
const REPORT_DAYS = 30;
const PG_UNIQUE_VIOLATION = '23505';

export { spoolPathOf } from './import-job';
export type { InsertTask, ValidateTask } from './import-job';

function failureOf(err: unknown): ApiMessageId {
  if (err instanceof AppError) return err.messageId;
  if (err instanceof ImportAbort) return err.messageId;
  if (err instanceof CsvFormatError)
    return err.reason === 'encoding' ? 'import.fileEncoding' : 'import.fileType';
  if ((err as { code?: string }).code === PG_UNIQUE_VIOLATION) return 'import.registerChanged';
  return 'import.failed';
}

export class ImportRunner implements JobRunner {
  readonly runnerId = crypto.randomUUID();
  readonly liveProgress = new Map<string, number>();
  readonly deps: ChildrenDeps;
  /** A server's pool: validated rows go straight into the import transaction (not on single-connection PGlite). */
  readonly pool: pg.Pool | undefined;
  private readonly engine: 'pglite' | 'postgres';
  private queue: Promise<void> = Promise.resolve();
  private sweepTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(deps: ChildrenDeps, handle: Pick<DbHandle, 'kind' | 'pool'>) {
    this.deps = deps;
    this.engine = handle.kind;
    this.pool = handle.kind === 'postgres' ? handle.pool : undefined;
  }

  /**
   * On start: jobs left running by a stopped process are failed. An embedded database has one process (it is
   * locked), so every active job is orphaned; on a server, only those whose heartbeat stopped.
   */
  async start(): Promise<void> {
    const cutoff = this.engine === 'pglite' ? new Date(Date.now() + 1000) : new Date(Date.now() - STALE_MS);
    await failStaleJobs(this.deps.db, cutoff, null);
    this.sweepTimer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweepTimer.unref();
  }

  private async sweep(): Promise<void> {
    try {
      await failStaleJobs(this.deps.db, new Date(Date.now() - STALE_MS), this.runnerId);
      await dropOldReports(this.deps.db, new Date(Date.now() - REPORT_DAYS * 24 * 3600_000));
      await this.removeOldFiles();
    } catch {
      // The next sweep tries again; a sweep never takes the server down.
    }
  }

  /** Uploads and spools older than a day belong to no live job (a dry run waits that long for confirmation). */
  private async removeOldFiles(): Promise<void> {
    const cutoff = Date.now() - 24 * 3600_000;
    const names = await fs.promises.readdir(IMPORT_TMP_DIR).catch(() => [] as string[]);
    for (const name of names) {
      const p = tmpPathFor(name);
      const st = await fs.promises.stat(p).catch(() => undefined);
      if (st && st.mtimeMs < cutoff) await fs.promises.rm(p, { force: true });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.queue;
  }

  heartbeat(jobId: string, extra: { processed_rows?: number } = {}): Promise<void> {
    return updateJob(this.deps.db, jobId, { heartbeat_at: new Date(), runner_id: this.runnerId, ...extra });
  }

  enqueueValidation(task: ValidateTask): void {
    this.enqueue(task.jobId, () => runValidation(this, task), task.path);
  }

  enqueueInsert(task: InsertTask): void {
    this.enqueue(task.jobId, () => runInsert(this, task));
  }

  private enqueue(jobId: string, fn: () => Promise<void>, upload?: string): void {
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      // On PostgreSQL the beat commits on another connection while the import transaction is open; on PGlite (one
      // connection) it waits for the transaction, which is fine: the process is then the only one.
      const beat = setInterval(() => void this.heartbeat(jobId).catch(() => undefined), HEARTBEAT_MS);
      beat.unref();
      try {
        await fn();
      } catch (err) {
        await updateJob(this.deps.db, jobId, {
          status: 'failed',
          failure_message_id: failureOf(err),
          finished_at: new Date(),
        }).catch(() => undefined);
      } finally {
        clearInterval(beat);
        if (upload) await fs.promises.rm(upload, { force: true });
      }
    });
  }
}

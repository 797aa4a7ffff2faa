import fs from 'node:fs';
import type pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../../../audit/audit.repo';
import type { Database } from '../../../db/schema';
import type { Locale } from '../../../../shared/i18n/locale';
import type { Scope } from '../../../../shared/permissions/scope';
import type { ImportFileKind } from '../../../../shared/domain/ChildImport';
import { vietnamToday } from '../../../../shared/reference/child-age';
import type { ChildrenDeps } from '../children.service';
import { buildErrorReport } from './error-report';
import { beginClientTransaction } from './import-connection';
import { ImportInserter, insertSpooledRows, type InsertCounts } from './import-insert';
import { copyWriter, unnestWriter, type BatchWriter } from './import-writers';
import { moveJob } from './import-jobs.repo';
import { loadImportLookups } from './import-lookups';
import { tmpPathFor } from './import-upload';
import { spoolSink, validateImportFile } from './import-validate';

/**
 * The two passes of an import job (issue #3 item 5: "a file is imported completely or not at all").
 *  1. Validation reads the whole file once, streaming, and spools each valid row (one JSON line) to a private
 *     file; duplicate checks query the register as it is, without any row of this file in it.
 *  2. Only when no row has an error (and, for a dry run, once the user confirms) ONE transaction inserts the
 *     spooled rows — COPY FROM STDIN on a PostgreSQL server, multi-row INSERT on the embedded database — and writes
 *     the audit row and the job's 'done' in the same transaction: a job is done with all its rows, or has inserted
 *     none (a server stopping mid-way leaves an uncommitted transaction, which the database discards).
 * Inserting while validating was measured and dropped: the duplicate checks of later rows then wade through the
 * uncommitted rows of the same commune, which cost more than the overlap gained (docs: bench/suites/import.ts).
 */
export type ValidateTask = {
  jobId: string;
  path: string;
  kind: ImportFileKind;
  scope: Scope;
  user: { id: string; displayName: string | null };
  actor: AuditActor;
  locale: Locale;
  mayMarkGroups: boolean;
  mayMarkSensitive: boolean;
  dryRun: boolean;
};
export type InsertTask = { jobId: string; user: ValidateTask['user']; actor: AuditActor; scope: Scope };

export type JobRunner = {
  deps: ChildrenDeps;
  /** A PostgreSQL server's pool (the insert uses COPY on a connection of its own); undefined on PGlite. */
  pool: pg.Pool | undefined;
  heartbeat(jobId: string, extra?: { processed_rows?: number }): Promise<void>;
  liveProgress: Map<string, number>;
};

export const spoolPathOf = (jobId: string) => tmpPathFor(`spool-${jobId}.ndjson`);

function inserterFor(r: JobRunner, write: BatchWriter, onProgress: (n: number) => void) {
  return new ImportInserter(write, r.deps, { startDate: vietnamToday(r.deps.now()), onProgress });
}

const metaOf = (r: JobRunner, t: InsertTask) => ({
  userId: t.user.id,
  displayName: t.user.displayName,
  at: r.deps.now(),
});

/** The audit row (counts only) and 'done', in the import's transaction. */
async function markDone(tx: Kysely<Database>, t: InsertTask, counts: InsertCounts): Promise<void> {
  const scope = t.scope;
  await recordAudit(tx, t.actor, {
    operation: 'child.import',
    unitCode:
      scope.kind === 'commune' ? scope.communeCode : scope.kind === 'province' ? scope.provinceCode : null,
    provinceCode: scope.kind === 'commune' || scope.kind === 'province' ? scope.provinceCode : null,
    targetType: 'import_job',
    targetIds: [t.jobId],
    counts: { ...counts },
  });
  // Guarded: a job another instance declared dead in the meantime (stale heartbeat) is not revived.
  const moved = await moveJob(tx, t.jobId, 'importing', {
    status: 'done',
    imported_count: counts.children,
    processed_rows: counts.children,
    finished_at: new Date(),
    heartbeat_at: new Date(),
  });
  if (!moved) throw new Error(`import job ${t.jobId} left 'importing' during its import`);
}

export async function runValidation(r: JobRunner, t: ValidateTask): Promise<void> {
  const db = r.deps.db;
  if (!(await moveJob(db, t.jobId, 'queued', { status: 'validating', heartbeat_at: new Date() }))) return;
  const lookups = await loadImportLookups(db, t.scope, {
    mayMarkGroups: t.mayMarkGroups,
    mayMarkSensitive: t.mayMarkSensitive,
  });
  const spool = spoolSink(spoolPathOf(t.jobId));
  let proceed = false;
  try {
    const result = await validateImportFile(r.deps, {
      path: t.path,
      kind: t.kind,
      scope: t.scope,
      lookups,
      sink: spool,
      onProgress: (n) => r.heartbeat(t.jobId, { processed_rows: n }),
    });
    await spool.close();
    const { report } = result;
    const ok = report.errorCount === 0;
    // Without error and without a dry run, straight on to 'importing': a poll never sees a resting 'validated'.
    proceed = ok && !t.dryRun;
    const moved = await moveJob(db, t.jobId, 'validating', {
      status: proceed ? 'importing' : 'validated',
      total_rows: result.totalRows,
      processed_rows: proceed ? 0 : result.totalRows,
      error_count: report.errorCount,
      error_rows: report.errorRowCount,
      duplicate_count: report.duplicateCount,
      error_report: report.isEmpty ? null : await buildErrorReport(report, t.locale),
      validated_at: new Date(),
      heartbeat_at: new Date(),
      ...(ok ? {} : { finished_at: new Date() }),
    });
    proceed = proceed && moved;
  } finally {
    await spool.close();
    // A dry run without error keeps its spool for the confirmation; runInsert removes it after use.
    if (!proceed && !(await isValidatedDryRun(db, t)))
      await fs.promises.rm(spoolPathOf(t.jobId), { force: true });
  }
  if (proceed) await runInsert(r, t);
}

async function isValidatedDryRun(db: ChildrenDeps['db'], t: ValidateTask): Promise<boolean> {
  if (!t.dryRun) return false;
  const row = await db
    .selectFrom('import_jobs')
    .select(['status', 'error_count'])
    .where('id', '=', t.jobId)
    .executeTakeFirst();
  return row?.status === 'validated' && row.error_count === 0;
}

/** The insert pass of a spooled job already moved to 'importing'. */
export async function runInsert(r: JobRunner, t: InsertTask): Promise<void> {
  const spoolPath = spoolPathOf(t.jobId);
  const onProgress = (n: number) => r.liveProgress.set(t.jobId, n);
  let imported = 0;
  try {
    r.liveProgress.set(t.jobId, 0);
    if (r.pool) {
      const trx = await beginClientTransaction(r.pool);
      try {
        const counts = await insertSpooledRows(
          inserterFor(r, copyWriter(trx.client, metaOf(r, t)), onProgress),
          spoolPath,
        );
        await markDone(trx.db, t, counts);
        await trx.commit();
        imported = counts.children;
      } finally {
        await trx.rollback();
      }
    } else {
      await r.deps.db.transaction().execute(async (tx) => {
        const counts = await insertSpooledRows(
          inserterFor(r, unnestWriter(tx, metaOf(r, t)), onProgress),
          spoolPath,
        );
        await markDone(tx, t, counts);
        imported = counts.children;
      });
    }
  } finally {
    r.liveProgress.delete(t.jobId);
    await fs.promises.rm(spoolPath, { force: true });
  }
  if (imported >= ANALYZE_AFTER_ROWS) await refreshStatistics(r.deps.db);
}

/**
 * After a large import, fresh planner statistics before the next job runs. The duplicate checks of an import join
 * its rows to the importer's commune; with statistics from before the previous import (autovacuum analyses only
 * after its next nap, and an embedded database never does), the planner takes the commune for nearly empty and
 * reads far more of it per batch. Measured (bench/suites/import.ts, PostgreSQL, 100,000-row CSV files): the second
 * file of a commune validated in 40.9 s after a first of 9.4 s; with this refresh, in 16.1 s after 10.0 s. The job
 * is already committed: a failure here only leaves the statistics to autovacuum.
 */
const ANALYZE_AFTER_ROWS = 1000;

async function refreshStatistics(db: ChildrenDeps['db']): Promise<void> {
  await sql`ANALYZE children, child_caregivers`.execute(db).catch(() => undefined);
}

import { sql, type Selectable, type Updateable } from 'kysely';
import type { DbOrTx } from '../../../db/transaction';
import type { ImportJobsTable } from '../../../db/schema';

/** Queries on import_jobs (migrations/0013_children_import.sql). */
export type ImportJobRow = Selectable<ImportJobsTable>;
export type JobPatch = Updateable<ImportJobsTable>;

/** Every column but the report itself (it can be megabytes). */
const JOB_COLUMNS = [
  'id',
  'user_id',
  'scope_kind',
  'scope_code',
  'file_name',
  'file_kind',
  'file_bytes',
  'dry_run',
  'status',
  'total_rows',
  'processed_rows',
  'error_count',
  'error_rows',
  'duplicate_count',
  'imported_count',
  'failure_message_id',
  'runner_id',
  'heartbeat_at',
  'transaction_id',
  'created_at',
  'validated_at',
  'finished_at',
] as const;
export type ImportJobInfo = Omit<ImportJobRow, 'error_report'> & { has_report: boolean };

export const ACTIVE_STATUSES = ['queued', 'validating', 'importing'] as const;

export async function insertJob(
  db: DbOrTx,
  values: {
    user_id: string;
    scope_kind: ImportJobRow['scope_kind'];
    scope_code: string | null;
    file_name: string;
    file_kind: ImportJobRow['file_kind'];
    file_bytes: number;
    dry_run: boolean;
    total_rows: number;
    runner_id: string;
    transaction_id: string | null;
  },
): Promise<{ id: string }> {
  return db
    .insertInto('import_jobs')
    .values({ ...values, heartbeat_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findJobByTransaction(
  db: DbOrTx,
  transactionId: string,
  userId: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('import_jobs')
    .select('id')
    .where('transaction_id', '=', transactionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function findJob(db: DbOrTx, id: string, userId: string): Promise<ImportJobInfo | undefined> {
  return db
    .selectFrom('import_jobs')
    .select([...JOB_COLUMNS, sql<boolean>`error_report IS NOT NULL`.as('has_report')])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function listJobs(db: DbOrTx, userId: string, limit: number): Promise<ImportJobInfo[]> {
  return db
    .selectFrom('import_jobs')
    .select([...JOB_COLUMNS, sql<boolean>`error_report IS NOT NULL`.as('has_report')])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function findReport(db: DbOrTx, id: string, userId: string): Promise<Buffer | null | undefined> {
  const row = await db
    .selectFrom('import_jobs')
    .select('error_report')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? row.error_report : undefined;
}

export async function updateJob(db: DbOrTx, id: string, patch: JobPatch): Promise<void> {
  await db.updateTable('import_jobs').set(patch).where('id', '=', id).execute();
}

/** Moves a job from one status to the next; false when it was no longer in `from` (another request won). */
export async function moveJob(
  db: DbOrTx,
  id: string,
  from: ImportJobRow['status'],
  patch: JobPatch & { status: ImportJobRow['status'] },
): Promise<boolean> {
  const res = await db
    .updateTable('import_jobs')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Marks failed the jobs whose runner stopped: still queued, validating or importing with no sign of life since
 * `staleBefore`. Their insert never committed (it is one transaction that also sets 'done'), so nothing is undone.
 */
export async function failStaleJobs(
  db: DbOrTx,
  staleBefore: Date,
  exceptRunner: string | null,
): Promise<string[]> {
  let q = db
    .updateTable('import_jobs')
    .set({ status: 'failed', failure_message_id: 'import.interrupted', finished_at: new Date() })
    .where('status', 'in', [...ACTIVE_STATUSES])
    .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', staleBefore)]));
  if (exceptRunner)
    q = q.where((eb) => eb.or([eb('runner_id', 'is', null), eb('runner_id', '!=', exceptRunner)]));
  const rows = await q.returning('id').execute();
  return rows.map((r) => r.id);
}

/** Error reports are kept for a month after their job ended; the job row and its counts stay. */
export async function dropOldReports(db: DbOrTx, before: Date): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({ error_report: null })
    .where('finished_at', '<', before)
    .where('error_report', 'is not', null)
    .execute();
}

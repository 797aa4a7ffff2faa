import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DbOrTx, Tx } from '../db/transaction';
import type { CaseRow, Database } from '../db/schema';

/** Queries of the background jobs (deadline sweeper, scheduler). Services own the transactions. */

export type SweepCursor = { sweepAt: Date; id: string };

/**
 * Open cases whose earliest unflagged deadline has come (cases_sweep_idx), in (sweep_at, id) order after a cursor:
 * a case skipped because another instance holds it does not stop the walk.
 */
export async function listDueCases(
  db: DbOrTx,
  now: Date,
  after: SweepCursor | null,
  limit: number,
): Promise<SweepCursor[]> {
  let q = db
    .selectFrom('cases')
    .select(['id', 'sweep_at'])
    .where('sweep_at', 'is not', null)
    .where('sweep_at', '<=', now)
    .where('status', '<>', 'closed');
  if (after) q = q.where((eb) => eb(eb.refTuple('sweep_at', 'id'), '>', eb.tuple(after.sweepAt, after.id)));
  const rows = await q.orderBy('sweep_at').orderBy('id').limit(limit).execute();
  return rows.flatMap((r) => (r.sweep_at ? [{ sweepAt: r.sweep_at, id: r.id }] : []));
}

/**
 * Locks a case that is still due for the rest of the transaction, or answers undefined when another transaction
 * holds it (SKIP LOCKED: two app instances share the work) or it is no longer due (swept meanwhile).
 */
export async function lockDueCase(tx: Tx, caseId: string, now: Date): Promise<CaseRow | undefined> {
  return tx
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .where('sweep_at', '<=', now)
    .where('status', '<>', 'closed')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** A session-level advisory lock on the connection of `conn`, without waiting. */
export async function tryAdvisoryLock(conn: Kysely<Database>, key: bigint): Promise<boolean> {
  const { rows } = await sql<{
    ok: boolean;
  }>`SELECT pg_try_advisory_lock(${key.toString()}::bigint) AS ok`.execute(conn);
  return rows[0]?.ok === true;
}

export async function advisoryUnlock(conn: Kysely<Database>, key: bigint): Promise<void> {
  await sql`SELECT pg_advisory_unlock(${key.toString()}::bigint)`.execute(conn);
}

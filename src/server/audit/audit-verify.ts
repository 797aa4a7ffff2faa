import { sql } from 'kysely';
import type { AuditVerifyReason, AuditVerifyResult } from '../../shared/domain/Audit';
import type { DbOrTx } from '../db/transaction';

export type AuditVerifyOptions = {
  /** Rows read per query; the table is never loaded whole. */
  batchSize?: number;
  /** Called after each batch with the rows checked so far (CLI progress). */
  onProgress?: (checked: number) => void;
};

type ChainRow = { id: number; prev_hash: string; hash: string; computed: string };

const GENESIS = 'genesis';

function broken(checked: number, firstBadId: number, reason: AuditVerifyReason): AuditVerifyResult {
  return { ok: false, checked, firstBadId, reason };
}

/**
 * Walks the audit log in id order and checks the hash chain (migrations 0004 and 0007): every row's hash must equal
 * audit_row_hash(row) recomputed by the database, and every prev_hash the previous row's hash ('genesis' first).
 * Gaps in the ids are legal (a writer that rolled back consumed a sequence value); a deleted row is not, since the
 * next row still links to it. The chain head read first (audit_log_head) also catches deleted newest rows.
 *
 * Keyset batches in separate statements are safe while writers append: the chain lock is held to commit, so ids are
 * in commit order and a row can never appear below an id that is already visible.
 */
export async function verifyAuditChain(
  db: DbOrTx,
  opts: AuditVerifyOptions = {},
): Promise<AuditVerifyResult> {
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? 5000, 100_000));
  const head = (
    await sql<{
      last_id: number;
      last_hash: string;
    }>`SELECT last_id, last_hash FROM audit_log_head WHERE singleton`.execute(db)
  ).rows[0];

  let expectedPrev = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const { rows } = await sql<ChainRow>`
      SELECT a.id, a.prev_hash, a.hash, audit_row_hash(a) AS computed
      FROM audit_log a
      WHERE a.id > ${lastId}
      ORDER BY a.id
      LIMIT ${batchSize}`.execute(db);
    for (const row of rows) {
      if (row.computed !== row.hash) return broken(checked, row.id, 'hash mismatch');
      if (row.prev_hash !== expectedPrev) return broken(checked, row.id, 'broken link');
      // The head must name this very row: a newest row rewritten together with its own hash fails here.
      if (head && row.id === head.last_id && row.hash !== head.last_hash)
        return broken(checked, row.id, 'broken link');
      expectedPrev = row.hash;
      lastId = row.id;
      checked += 1;
    }
    opts.onProgress?.(checked);
    if (rows.length < batchSize) break;
  }
  // Rows up to head.last_id had committed when the head was read, so the walk must have reached it.
  if (head && head.last_id > lastId) return broken(checked, head.last_id, 'missing rows');
  return { ok: true, checked, firstBadId: null, reason: null };
}

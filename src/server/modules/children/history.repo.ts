import type { DbOrTx } from '../../db/transaction';
import type { ChildHistoryRow } from '../../db/schema';

export type NewHistoryRow = {
  child_id: string;
  actor_id: string | null;
  actor_name: string | null;
  operation: string;
  fields: string[];
  changes_enc: string | null;
  transaction_id: string | null;
};

export async function insertHistory(db: DbOrTx, row: NewHistoryRow): Promise<void> {
  await db.insertInto('child_history').values(row).execute();
}

/** The change a client transactionId already made (a retry), if any. */
export async function findHistoryByTransaction(db: DbOrTx, transactionId: string) {
  return db
    .selectFrom('child_history')
    .select(['id', 'child_id', 'operation'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
}

export async function listHistory(db: DbOrTx, childId: string, limit: number): Promise<ChildHistoryRow[]> {
  return db
    .selectFrom('child_history')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

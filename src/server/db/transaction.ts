import type { Transaction } from 'kysely';
import type { Database } from './schema';
import type { Db } from './open-db';

/** A handle repos accept: the database or an open transaction (architecture.md convention 6). */
export type DbOrTx = Db | Transaction<Database>;
export type Tx = Transaction<Database>;

/** Runs fn in one transaction; services own it, repos only receive the handle. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

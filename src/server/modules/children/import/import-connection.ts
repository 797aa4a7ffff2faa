import type pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../../../db/schema';

/**
 * One transaction on one pooled PostgreSQL connection, usable both raw (COPY FROM STDIN through pg-copy-streams)
 * and through Kysely (the audit row, the job's 'done'): the import needs both in the same transaction, which a
 * Kysely transaction alone does not expose. Commit or rollback ends it; a second call is a no-op.
 */
export type ClientTransaction = {
  client: pg.PoolClient;
  db: Kysely<Database>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
};

export async function beginClientTransaction(pool: pg.Pool): Promise<ClientTransaction> {
  const client = await pool.connect();
  let done = false;
  const finish = async (sqlText: 'COMMIT' | 'ROLLBACK') => {
    if (done) return;
    done = true;
    try {
      await client.query(sqlText);
      client.release();
    } catch (err) {
      // A connection whose COMMIT or ROLLBACK failed is not given back for reuse.
      client.release(err as Error);
      if (sqlText === 'COMMIT') throw err;
    }
  };
  await client.query('BEGIN');
  // Kysely over this one connection; its "release" must not hand the connection back mid-transaction.
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => ({
          query: client.query.bind(client),
          release: () => undefined,
        }),
        end: async () => undefined,
      },
    }),
  });
  return { client, db, commit: () => finish('COMMIT'), rollback: () => finish('ROLLBACK') };
}

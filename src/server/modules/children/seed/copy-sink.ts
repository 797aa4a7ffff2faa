import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Transaction as PgliteTx } from '@electric-sql/pglite';
import type { DbHandle } from '../../../db/open-db';

/**
 * Bulk loading through COPY (text format) inside ONE transaction, on both engines: a PostgreSQL server through
 * pg-copy-streams on one pooled connection, PGlite through its COPY FROM '/dev/blob' support. Either every chunk
 * commits or none does.
 */
export type CopySink = {
  /** Starts the COPY of one chunk; await the promise before the next COPY (one connection). */
  copy(table: string, columns: readonly string[], data: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

/** One value in COPY text format: \N for null; backslash, tab and newlines escaped. */
export function copyValue(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = String(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}

const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${source}`;

export async function withCopySink<T>(handle: DbHandle, fn: (sink: CopySink) => Promise<T>): Promise<T> {
  if (handle.pglite) return withPglite(handle.pglite, fn);
  return withServer(handle.pool, fn);
}

async function withServer<T>(pool: pg.Pool, fn: (sink: CopySink) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const sink: CopySink = {
      copy: (table, columns, data) =>
        new Promise<void>((resolve, reject) => {
          const stream = client.query(copyFrom(copySql(table, columns, 'STDIN')));
          stream.on('finish', () => resolve());
          stream.on('error', reject);
          stream.end(data);
        }),
      query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
    };
    const result = await fn(sink);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function withPglite<T>(
  pglite: NonNullable<DbHandle['pglite']>,
  fn: (sink: CopySink) => Promise<T>,
): Promise<T> {
  return pglite.transaction(async (tx: PgliteTx) => {
    const sink: CopySink = {
      copy: async (table, columns, data) => {
        await tx.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob([data]) });
      },
      query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
    };
    return fn(sink);
  });
}

import crypto from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type DbHandle } from '../../src/server/db/open-db';
import { prepareDatabase } from '../../src/server/db/prepare';

export type Engine = 'pglite' | 'postgres';

/**
 * A fresh database for a benchmark run: in-memory PGlite (fsync off, as a benchmark of the engine, not the disk), or a
 * new database on the server named by BENCH_DATABASE_URL, dropped afterwards.
 */
export async function openBenchDb(
  engine: Engine,
  serverUrl: string | undefined,
): Promise<DbHandle & { prepareMs: number; url?: string }> {
  let handle: DbHandle & { url?: string };
  if (engine === 'pglite') {
    handle = await openPglite({ fsync: false });
  } else {
    if (!serverUrl) throw new Error('BENCH_DATABASE_URL is needed for the postgres engine');
    const name = `treem_bench_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    const inner = await openPostgres(u.toString(), 10);
    handle = {
      ...inner,
      url: u.toString(),
      async close() {
        await inner.close();
        const drop = new pg.Client({ connectionString: serverUrl });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  }
  const t0 = performance.now();
  await prepareDatabase(handle);
  return Object.assign(handle, { prepareMs: Math.round(performance.now() - t0) });
}

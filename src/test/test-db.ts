import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DbHandle } from '../server/db/open-db';
import { databaseUrlWithName, TEST_DB_PREFIX } from './test-db-names';

/**
 * A fresh database for one test file: migrated, with the reference data, on the engine of this run (PGlite by
 * default, PostgreSQL when TEST_DATABASE_URL is set). Closing it drops it.
 */
export async function createTestDb(): Promise<DbHandle> {
  const cfg = inject('testDb');
  if (cfg.kind === 'pglite') {
    const bytes = fs.readFileSync(cfg.dumpFile);
    return openPglite({ loadDataDir: new Blob([bytes]) });
  }
  const name = `${TEST_DB_PREFIX}${cfg.runId}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: cfg.baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${cfg.template}`);
  } finally {
    await admin.end();
  }
  const handle = await openPostgres(databaseUrlWithName(cfg.baseUrl, name), 5);
  return {
    ...handle,
    async close() {
      await handle.close();
      const drop = new pg.Client({ connectionString: cfg.baseUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

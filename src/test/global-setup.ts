import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../server/db/open-db';
import { prepareDatabase } from '../server/db/prepare';
import { databaseUrlWithName, TEST_DB_PREFIX } from './test-db-names';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb:
      | { kind: 'pglite'; dumpFile: string }
      | { kind: 'postgres'; baseUrl: string; template: string; runId: string };
  }
}

/**
 * Builds one migrated database with the reference data, once per test run (a fresh PGlite costs 3–6 s, so test
 * files start from a copy: a PGlite dump, or a PostgreSQL TEMPLATE database). Test files never share a database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  const runId = `${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
  if (!url) {
    const handle = await openPglite({});
    await prepareDatabase(handle);
    const blob = await handle.pglite!.dumpDataDir('none');
    await handle.close();
    const dumpFile = path.join(os.tmpdir(), `treem-test-template-${runId}.tar`);
    fs.writeFileSync(dumpFile, Buffer.from(await blob.arrayBuffer()));
    project.provide('testDb', { kind: 'pglite', dumpFile });
    return async () => fs.rmSync(dumpFile, { force: true });
  }

  const template = `${TEST_DB_PREFIX}${runId}_tpl`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const handle = await openPostgres(databaseUrlWithName(url, template), 2);
  await prepareDatabase(handle);
  await handle.close();
  project.provide('testDb', { kind: 'postgres', baseUrl: url, template, runId });
  return async () => {
    const dbs = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${TEST_DB_PREFIX}${runId}%`],
    );
    for (const { datname } of dbs.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}

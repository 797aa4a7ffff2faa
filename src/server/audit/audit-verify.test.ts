import crypto from 'node:crypto';
import type pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db';
import { auditCommand } from '../../cli/commands/audit';
import type { DbHandle } from '../db/open-db';
import { recordAudit, SYSTEM_ACTOR } from './audit.repo';
import { verifyAuditChain } from './audit-verify';

/**
 * The hash chain check. This file tampers with its own database (createTestDb gives each file one), always putting
 * the row back afterwards, so every test starts from an intact chain.
 */
let handle: DbHandle;
/** Rows above this id are this file's own (purpose NULL), whatever the template database already holds. */
let firstOwnId: number;
beforeAll(async () => {
  handle = await createTestDb();
  firstOwnId = (await ids()).at(-1) ?? 0;
  for (let i = 0; i < 6; i++) await recordAudit(handle.db, SYSTEM_ACTOR, { operation: 'test.operation' });
});
afterAll(async () => handle?.close());

async function withClient<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await handle.pool.connect();
  try {
    return await fn(c);
  } finally {
    c.release();
  }
}

/** As the superuser, with the given triggers off for one transaction: the way an attacker with full access would. */
async function tamper(
  triggers: 'no_update' | 'all',
  statement: string,
  params: unknown[] = [],
): Promise<void> {
  const which = triggers === 'all' ? 'USER' : 'audit_log_no_update';
  await withClient(async (c) => {
    await c.query('BEGIN');
    try {
      await c.query(`ALTER TABLE audit_log DISABLE TRIGGER ${which}`);
      await c.query(statement, params);
      await c.query(`ALTER TABLE audit_log ENABLE TRIGGER ${which}`);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    }
  });
}

async function rowAsJson(id: number): Promise<unknown> {
  const r = await sql<{ row: unknown }>`SELECT to_jsonb(a) AS row FROM audit_log a WHERE id = ${id}`.execute(
    handle.db,
  );
  return r.rows[0]?.row;
}

/** Puts a deleted row back exactly as it was (chain trigger off, so its id, time and hashes are kept). */
async function restoreRow(row: unknown): Promise<void> {
  await tamper('all', 'INSERT INTO audit_log SELECT (jsonb_populate_record(NULL::audit_log, $1::jsonb)).*', [
    JSON.stringify(row),
  ]);
}

async function ids(): Promise<number[]> {
  return (await handle.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** Writes one audit row per transaction, concurrently on a server; PGlite has one connection, so one by one. */
async function writeConcurrently(n: number, marker: string, rollbackEvery: number): Promise<void> {
  const write = async (i: number) => {
    await handle.db
      .transaction()
      .execute(async (tx) => {
        await recordAudit(tx, { ...SYSTEM_ACTOR, requestId: marker }, { operation: 'test.operation' });
        await sql`SELECT pg_sleep(0.005)`.execute(tx);
        if (i % rollbackEvery === 0) throw new Error('rolled back on purpose');
      })
      .catch((err: Error) => {
        if (err.message !== 'rolled back on purpose') throw err;
      });
  };
  if (handle.kind === 'postgres') await Promise.all(Array.from({ length: n }, (_, i) => write(i + 1)));
  else for (let i = 1; i <= n; i++) await write(i);
}

describe('verifyAuditChain on an intact chain', () => {
  it('checks every row, in batches of any size', async () => {
    const all = await ids();
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const batchSize of [1, 2, 5, 5000]) {
      expect(await verifyAuditChain(handle.db, { batchSize })).toEqual({
        ok: true,
        checked: all.length,
        firstBadId: null,
        reason: null,
      });
    }
  });

  it('stays intact with 20 concurrent writers, some rolling back (gaps in the ids are legal)', async () => {
    const marker = crypto.randomUUID();
    await writeConcurrently(20, marker, 5);
    const written = await handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('request_id', '=', marker)
      .execute();
    expect(written).toHaveLength(16);
    expect(await verifyAuditChain(handle.db, { batchSize: 7 })).toMatchObject({ ok: true });
  });

  it('a REPEATABLE READ writer that cannot see the newest row fails rather than forking the chain', async () => {
    if (handle.kind === 'pglite') {
      // One connection: no other writer can commit inside the snapshot; the transaction simply works.
      await handle.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((tx) => recordAudit(tx, SYSTEM_ACTOR, { operation: 'test.operation' }));
    } else {
      await withClient(async (c) => {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        await c.query('SELECT count(*) FROM audit_log'); // takes the snapshot
        await recordAudit(handle.db, SYSTEM_ACTOR, { operation: 'test.operation' });
        const err = await c.query(`INSERT INTO audit_log (operation) VALUES ('test.operation')`).then(
          () => null,
          (e: Error & { code?: string }) => e,
        );
        await c.query('ROLLBACK');
        expect(err?.code).toBe('40001');
      });
    }
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});

describe('verifyAuditChain detects tampering', () => {
  it('reports a changed row as a hash mismatch at its id', async () => {
    const all = await ids();
    const target = all[Math.floor(all.length / 2)] ?? 0;
    const before = await verifyAuditChain(handle.db);
    await tamper('no_update', `UPDATE audit_log SET operation = 'auth.logout' WHERE id = $1`, [target]);
    expect(await verifyAuditChain(handle.db, { batchSize: 3 })).toEqual({
      ok: false,
      checked: all.indexOf(target),
      firstBadId: target,
      reason: 'hash mismatch',
    });
    await tamper('no_update', `UPDATE audit_log SET operation = 'test.operation' WHERE id = $1`, [target]);
    expect(await verifyAuditChain(handle.db)).toEqual(before);
  });

  it('reports a deleted middle row as a broken link at the next row', async () => {
    const all = await ids();
    const i = Math.floor(all.length / 2);
    const target = all[i] ?? 0;
    const saved = await rowAsJson(target);
    await tamper('no_update', 'DELETE FROM audit_log WHERE id = $1', [target]);
    expect(await verifyAuditChain(handle.db)).toMatchObject({
      ok: false,
      firstBadId: all[i + 1],
      reason: 'broken link',
    });
    await restoreRow(saved);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('reports deleted newest rows as missing, from the chain head', async () => {
    const all = await ids();
    const last = all[all.length - 1] ?? 0;
    const saved = await rowAsJson(last);
    await tamper('no_update', 'DELETE FROM audit_log WHERE id = $1', [last]);
    expect(await verifyAuditChain(handle.db)).toEqual({
      ok: false,
      checked: all.length - 1,
      firstBadId: last,
      reason: 'missing rows',
    });
    await restoreRow(saved);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('reports a newest row rewritten with a recomputed hash as a broken link with the head', async () => {
    const all = await ids();
    const last = all[all.length - 1] ?? 0;
    await tamper('no_update', `UPDATE audit_log SET operation = 'auth.logout' WHERE id = $1`, [last]);
    await tamper('no_update', `UPDATE audit_log a SET hash = audit_row_hash(a) WHERE id = $1`, [last]);
    expect(await verifyAuditChain(handle.db)).toMatchObject({
      ok: false,
      firstBadId: last,
      reason: 'broken link',
    });
    await tamper('no_update', `UPDATE audit_log SET operation = 'test.operation' WHERE id = $1`, [last]);
    await tamper('no_update', `UPDATE audit_log a SET hash = audit_row_hash(a) WHERE id = $1`, [last]);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});

describe('treem audit verify', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    // The command closes what it opens; the test keeps its database open.
    const code = await auditCommand(argv, {
      open: async () => ({ ...handle, close: async () => undefined }),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('prints OK and exits 0 on an intact chain', async () => {
    const n = (await ids()).length;
    expect(await run(['verify'])).toEqual({ code: 0, out: `Audit chain OK: ${n} rows checked`, err: '' });
    expect((await run(['verify', '--batch-size', '2'])).code).toBe(0);
  });

  it('prints where the chain is broken and exits 1', async () => {
    const target = (await ids()).find((id) => id > firstOwnId) ?? 0;
    await tamper('no_update', `UPDATE audit_log SET purpose = 'x' WHERE id = $1`, [target]);
    try {
      const res = await run(['verify']);
      expect(res.code).toBe(1);
      expect(res.out).toMatch(new RegExp(`^Audit chain BROKEN at id ${target}: hash mismatch`));
    } finally {
      await tamper('no_update', `UPDATE audit_log SET purpose = NULL WHERE id = $1`, [target]);
    }
    expect((await run(['verify'])).code).toBe(0);
  });

  it('answers a usage error with exit 2', async () => {
    for (const argv of [
      [],
      ['check'],
      ['verify', '--batch-size', '0'],
      ['verify', '--batch-size'],
      ['verify', 'x'],
    ]) {
      const res = await run(argv);
      expect(res.code).toBe(2);
      expect(res.err).toContain('Usage: treem audit verify');
    }
  });
});

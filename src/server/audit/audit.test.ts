import crypto from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db';
import { PLACES } from '../../test/fixtures';
import type { DbHandle } from '../db/open-db';
import { recordAudit, SYSTEM_ACTOR } from './audit.repo';
import { verifyAuditChain } from './audit-verify';

/** Audit in the same transaction as the change, and an insert-only table (architecture.md convention 5). */
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  // UPDATE and DELETE triggers fire per row: make sure there are rows for them to refuse.
  await recordAudit(handle.db, SYSTEM_ACTOR, { operation: 'test.operation' });
});
afterAll(async () => handle?.close());

/** One raw connection (PGlite has a single one: nothing else may use the pool meanwhile). */
async function withClient<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await handle.pool.connect();
  try {
    return await fn(c);
  } finally {
    c.release();
  }
}

/** Runs a statement in its own transaction, optionally as treem_app, and returns its error (or null). */
async function errorOf(statement: string, asApp: boolean): Promise<(Error & { code?: string }) | null> {
  return withClient(async (c) => {
    await c.query('BEGIN');
    try {
      if (asApp) await c.query('SET LOCAL ROLE treem_app');
      await c.query(statement);
      return null;
    } catch (err) {
      return err as Error & { code?: string };
    } finally {
      await c.query('ROLLBACK');
    }
  });
}

async function auditRowsWithRequestId(requestId: string): Promise<number> {
  const rows = await handle.db
    .selectFrom('audit_log')
    .select('id')
    .where('request_id', '=', requestId)
    .execute();
  return rows.length;
}

async function agenciesNamed(name: string): Promise<number> {
  return (await handle.db.selectFrom('agencies').select('id').where('name', '=', name).execute()).length;
}

describe('audit atomicity', () => {
  it('a failed transaction leaves neither the change nor its audit row', async () => {
    const marker = crypto.randomUUID();
    const name = `Atomicity probe ${marker}`;
    await expect(
      handle.db.transaction().execute(async (tx) => {
        const agency = await tx
          .insertInto('agencies')
          .values({ kind: 'police', name, unit_code: PLACES.communeA, province_code: PLACES.provinceA })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(
          tx,
          { ...SYSTEM_ACTOR, requestId: marker },
          {
            operation: 'test.operation',
            targetType: 'agency',
            targetIds: [agency.id],
            unitCode: PLACES.communeA,
            provinceCode: PLACES.provinceA,
          },
        );
        // No unit 99999: the foreign key refuses it, after the audit row was written.
        await tx
          .insertInto('agencies')
          .values({ kind: 'police', name, unit_code: '99999', province_code: PLACES.provinceA })
          .execute();
      }),
    ).rejects.toThrow(/foreign key/);
    expect(await agenciesNamed(name)).toBe(0);
    expect(await auditRowsWithRequestId(marker)).toBe(0);
    // The rolled-back row left a gap in the ids, not a break in the chain.
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('a committed transaction keeps both the change and its audit row', async () => {
    const marker = crypto.randomUUID();
    const name = `Atomicity probe ${marker}`;
    await handle.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('agencies')
        .values({ kind: 'police', name, unit_code: PLACES.communeA, province_code: PLACES.provinceA })
        .execute();
      await recordAudit(tx, { ...SYSTEM_ACTOR, requestId: marker }, { operation: 'test.operation' });
    });
    expect(await agenciesNamed(name)).toBe(1);
    expect(await auditRowsWithRequestId(marker)).toBe(1);
  });

  it('ignores any id, time or hash a caller tries to supply', async () => {
    const err = await errorOf(
      `INSERT INTO audit_log (id, at, operation, prev_hash, hash) VALUES (1, now(), 'test.operation', 'x', 'y')`,
      false,
    );
    expect(err).toBeNull();
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});

describe('audit_log is insert-only', () => {
  it.each(['UPDATE', 'DELETE', 'TRUNCATE'] as const)('%s fails for the superuser (trigger)', async (op) => {
    const statement = {
      UPDATE: `UPDATE audit_log SET operation = 'auth.logout'`,
      DELETE: 'DELETE FROM audit_log',
      TRUNCATE: 'TRUNCATE audit_log',
    }[op];
    const err = await errorOf(statement, false);
    expect(err?.message).toBe(`audit_log is insert-only (${op} refused)`);
    expect(err?.code).toBe('42501');
  });

  it.each(['UPDATE', 'DELETE', 'TRUNCATE'] as const)(
    '%s fails for treem_app with permission denied (grants)',
    async (op) => {
      const statement = {
        UPDATE: `UPDATE audit_log SET operation = 'auth.logout'`,
        DELETE: 'DELETE FROM audit_log',
        TRUNCATE: 'TRUNCATE audit_log',
      }[op];
      const err = await errorOf(statement, true);
      expect(err?.message).toMatch(/^permission denied for table audit_log/);
    },
  );

  it('treem_app cannot move the chain head either', async () => {
    const err = await errorOf('UPDATE audit_log_head SET last_id = 0', true);
    expect(err?.message).toMatch(/^permission denied for table audit_log_head/);
  });

  it('INSERT works for treem_app, and the row joins the chain', async () => {
    const marker = crypto.randomUUID();
    await withClient(async (c) => {
      await c.query('BEGIN');
      await c.query('SET LOCAL ROLE treem_app');
      await c.query(`INSERT INTO audit_log (operation, request_id) VALUES ('test.operation', $1)`, [marker]);
      await c.query('COMMIT');
    });
    expect(await auditRowsWithRequestId(marker)).toBe(1);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});

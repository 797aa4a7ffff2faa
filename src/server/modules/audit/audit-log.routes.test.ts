import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { AuditEntry, AuditPage } from '../../../shared/domain/Audit';
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from '../../audit/audit.repo';
import { AUDIT_OPERATIONS } from '../../audit/operations';
import { listAuditRows } from './audit-log.repo';

let t: TestContext;
/** This run's rows carry this request id, so assertions ignore what the fixtures and other tests wrote. */
const marker = crypto.randomUUID();
const actor: AuditActor = { ...SYSTEM_ACTOR, requestId: marker };

beforeAll(async () => {
  t = await createTestContext();
  const places = [
    { unitCode: PLACES.communeA, provinceCode: PLACES.provinceA },
    { unitCode: PLACES.communeB, provinceCode: PLACES.provinceA },
    { unitCode: PLACES.communeC, provinceCode: PLACES.provinceB },
    { unitCode: PLACES.provinceB, provinceCode: PLACES.provinceB },
  ];
  for (const place of places)
    await recordAudit(t.db, actor, {
      operation: 'agency.create',
      ...place,
      targetIds: ['x'],
      counts: { n: 1 },
    });
  await recordAudit(t.db, actor, { operation: 'reference.load' });
  // One row by a real user, to filter on.
  await recordAudit(
    t.db,
    { ...actor, userId: t.users.provinceOfficerA.id, username: t.users.provinceOfficerA.username },
    { operation: 'user.update', unitCode: PLACES.provinceA, provinceCode: PLACES.provinceA },
  );
});
afterAll(async () => t?.close());

const mine = (page: AuditPage): AuditEntry[] => page.items.filter((e) => e.operation !== 'audit.view');

async function list(user: Parameters<TestContext['as']>[0], query = ''): Promise<AuditPage> {
  const limit = query.includes('limit=') ? '' : 'limit=200';
  const res = await (await t.as(user)).get(`/api/audit?${limit}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<AuditPage>();
}

describe('GET /api/audit: allow/deny × jurisdiction', () => {
  it('a province inspector sees the rows of the province, not of another province', async () => {
    const page = await list('inspectorA');
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.provinceCode === PLACES.provinceA)).toBe(true);
    const units = mine(page).map((e) => e.unitCode);
    expect(units).toEqual(expect.arrayContaining([PLACES.communeA, PLACES.communeB]));
    expect(units).not.toContain(PLACES.communeC);
    // Asking for another province's commune does not widen the scope.
    expect((await list('inspectorA', `&unitCode=${PLACES.communeC}`)).items).toEqual([]);
  });

  it('a national inspector sees every province and rows with no place', async () => {
    const page = await list('inspectorNational');
    const ours = page.items.filter(
      (e) => e.operation === 'agency.create' || e.operation === 'reference.load',
    );
    const provinces = new Set(ours.map((e) => e.provinceCode));
    expect(provinces).toEqual(new Set([PLACES.provinceA, PLACES.provinceB, null]));
  });

  it('a commune officer, who lacks audit.read, gets 403; an anonymous caller 401', async () => {
    const officer = await t.as('communeOfficerA');
    for (const url of ['/api/audit', '/api/audit/operations']) {
      expect((await officer.get(url)).statusCode).toBe(403);
      expect((await t.anonymous().get(url)).statusCode).toBe(401);
    }
  });

  it('the commune scope reaches only the rows of that commune', async () => {
    const rows = await listAuditRows(
      t.db,
      { kind: 'commune', communeCode: PLACES.communeA, provinceCode: PLACES.provinceA },
      { limit: 500 },
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.unit_code === PLACES.communeA)).toBe(true);
  });

  it('returns entries without hashes and with ids and counts', async () => {
    const entry = mine(await list('inspectorA', `&unitCode=${PLACES.communeA}&operation=agency.create`))[0];
    expect(entry).toMatchObject({
      operation: 'agency.create',
      outcome: 'ok',
      actorUsername: 'system',
      unitCode: PLACES.communeA,
      targetIds: ['x'],
      counts: { n: 1 },
    });
    expect(entry).not.toHaveProperty('hash');
    expect(new Date(entry?.at ?? '').getTime()).not.toBeNaN();
  });
});

describe('GET /api/audit: filters and paging', () => {
  it('filters by actor username or user id, operation, unit and time', async () => {
    const officer = t.users.provinceOfficerA;
    for (const who of [officer.username, officer.username.toUpperCase(), officer.id]) {
      const items = (await list('inspectorNational', `&actor=${encodeURIComponent(who)}`)).items;
      expect(items.map((e) => e.operation)).toEqual(['user.update']);
    }
    const byUnit = await list('inspectorNational', `&unitCode=${PLACES.communeC}&operation=agency.create`);
    expect(byUnit.items).toHaveLength(1);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(mine(await list('inspectorNational', `&from=${today}&to=${today}`)).length).toBeGreaterThan(0);
    expect((await list('inspectorNational', `&to=2000-01-01`)).items).toEqual([]);
    expect((await list('inspectorNational', `&from=2999-01-01T00:00:00Z`)).items).toEqual([]);
  });

  it('pages newest first with a keyset cursor', async () => {
    // agency.create rows do not grow while paging (each view adds an audit.view row).
    const filter = '&operation=agency.create';
    const all = (await list('inspectorNational', filter)).items.map((e) => e.id);
    expect(all).toHaveLength(4);
    const first = await list('inspectorNational', `${filter}&limit=3`);
    expect(first.items.map((e) => e.id)).toEqual(all.slice(0, 3));
    expect(first.nextBefore).toBe(all[2]);
    const second = await list('inspectorNational', `${filter}&limit=3&before=${first.nextBefore}`);
    expect(second.items.map((e) => e.id)).toEqual(all.slice(3));
    expect(second.nextBefore).toBeNull();
    expect([...all].sort((x, y) => y - x)).toEqual(all);
  });

  it('refuses malformed filters with 400', async () => {
    const client = await t.as('inspectorNational');
    for (const q of [
      'operation=no.such.op',
      'limit=0',
      'limit=201',
      'unitCode=abc',
      'before=-1',
      'from=yesterday',
    ]) {
      const res = await client.get(`/api/audit?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
    }
  });

  it('records each view as audit.view with the number of filters and rows only', async () => {
    const client = await t.as('inspectorA');
    const res = await client.get(`/api/audit?operation=agency.create&unitCode=${PLACES.communeA}`);
    const shown = res.json<AuditPage>().items.length;
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'audit.view')
      .where('actor_id', '=', t.users.inspectorA.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.counts).toEqual({ filters: 2, rows: shown });
    expect(row.province_code).toBe(PLACES.provinceA);
    expect(row.target_ids).toEqual([]);
    expect(row.purpose).toBeNull();
  });
});

describe('GET /api/audit/operations', () => {
  it('lists the audited operations', async () => {
    const res = await (await t.as('inspectorA')).get('/api/audit/operations');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [...AUDIT_OPERATIONS] });
  });
});

describe('POST /api/audit/verify', () => {
  it('is refused below national scope and to roles without audit.read', async () => {
    for (const user of ['adminProvinceA', 'inspectorA', 'communeOfficerA'] as const) {
      expect((await (await t.as(user)).post('/api/audit/verify')).statusCode, user).toBe(403);
    }
  });

  it('needs the CSRF header', async () => {
    const client = await t.as('adminNational');
    const res = await client.request({
      method: 'POST',
      url: '/api/audit/verify',
      headers: { 'x-csrf-token': '' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('checks the chain for a national administrator and is itself audited', async () => {
    const res = await (await t.as('adminNational')).post('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ ok: boolean; checked: number }>();
    expect(body).toMatchObject({ ok: true, firstBadId: null, reason: null });
    expect(body.checked).toBeGreaterThan(5);
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'audit.verify')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(t.users.adminNational.id);
    expect(row.counts).toEqual({ checked: body.checked, broken: 0 });
    expect((await (await t.as('inspectorNational')).post('/api/audit/verify')).statusCode).toBe(200);
  });
});

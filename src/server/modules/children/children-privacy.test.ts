import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Child, ChildHistory } from '../../../shared/domain/Child';
import type { ChildStats } from '../../../shared/domain/ChildStats';
import { groupKey } from '../../lib/blind-index';
import { createChildAs, yearsAgo } from './children.test-helpers';

/**
 * Privacy of the register (issue #3 item 6): encryption at rest (no plaintext of a sensitive field or a group code
 * in the raw rows), the history (who, when, which fields; values of sensitive fields only with
 * children.read_sensitive), special circumstances, risk flags and supports, the statistics by group, and the audit.
 */
let t: TestContext;
let officerA: TestClient;
let hotline: TestClient;
let child: Child;

const SECRET_NOTE = 'Ghi chú bí mật 7Q2X';
const HEALTH = 'Theo dõi tim mạch 9K4Z';
const tx = () => crypto.randomUUID();
const history = async (c: TestClient, id: string) =>
  (await c.get(`/api/children/${id}/history?purpose=case_work`)).json<ChildHistory>().items;

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
  hotline = await t.as('hotlineCounsellor');
  child = await createChildAs(officerA, {
    fullName: 'Đặng Thị Hoa',
    birthDate: yearsAgo(12),
    sensitive: { hivStatus: 'living_with_hiv', drugUse: false, healthNotes: HEALTH },
  });
  const add = await officerA.post(`/api/children/${child.id}/circumstances`, {
    transactionId: tx(),
    groupCode: 'l',
    subgroupCode: 'l.4',
    startDate: yearsAgo(1),
    note: SECRET_NOTE,
  });
  expect(add.statusCode, add.body).toBe(201);
  const d = await officerA.post(`/api/children/${child.id}/circumstances`, {
    transactionId: tx(),
    groupCode: 'd',
    subgroupCode: 'd.2',
    startDate: yearsAgo(2),
  });
  expect(d.statusCode, d.body).toBe(201);
});
afterAll(async () => t.close());

describe('encryption at rest', () => {
  it('keeps no plaintext of the sensitive fields in the children row', async () => {
    const { rows } = await sql<
      Record<string, unknown>
    >`SELECT * FROM children WHERE id = ${child.id}`.execute(t.db);
    const raw = JSON.stringify(rows[0]);
    expect(raw).not.toContain('living_with_hiv');
    expect(raw).not.toContain(HEALTH);
    expect(raw).not.toContain('hivStatus');
    expect(String(rows[0]?.sensitive_enc)).toMatch(/^v1:/);
  });

  it('keeps no group code, sub-group or note in plaintext in the circumstances rows', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT * FROM child_circumstances WHERE child_id = ${child.id}`.execute(t.db);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.group_key).toMatch(/^[0-9a-f]{64}$/);
      for (const v of Object.values(r)) expect(['l', 'd', 'l.4', 'd.2']).not.toContain(v);
      expect(JSON.stringify(r)).not.toContain(SECRET_NOTE);
      expect(String(r.group_enc)).toMatch(/^v1:/);
    }
    // The blind index is the keyed HMAC of the code, so counts by group need no decryption.
    expect(rows.map((r) => r.group_key).sort()).toEqual(
      [groupKey('l', t.config.encryptionKey), groupKey('d', t.config.encryptionKey)].sort(),
    );
  });

  it('keeps no plaintext value in the history rows nor in the audit log', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT * FROM child_history WHERE child_id = ${child.id}`.execute(t.db);
    const raw = JSON.stringify(rows);
    for (const s of [HEALTH, SECRET_NOTE, 'living_with_hiv', 'Đặng Thị Hoa', '"l.4"'])
      expect(raw).not.toContain(s);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where(sql<boolean>`${child.id}::text = ANY(target_ids::text[])`)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    for (const s of [HEALTH, SECRET_NOTE, 'Đặng Thị Hoa']) expect(JSON.stringify(audit)).not.toContain(s);
  });
});

describe('special circumstances', () => {
  it('shows sensitive groups and notes only with children.read_sensitive', async () => {
    const full = (await officerA.get(`/api/children/${child.id}?purpose=case_work`)).json<Child>();
    expect(full.circumstances.active.map((c) => c.groupCode).sort()).toEqual(['d', 'l']);
    expect(full.circumstances.active.find((c) => c.groupCode === 'l')).toMatchObject({
      subgroupCode: 'l.4',
      note: SECRET_NOTE,
    });
    const res = await hotline.get(`/api/children/${child.id}?purpose=hotline_call`);
    const limited = res.json<Child>();
    expect(limited.circumstances.active.map((c) => c.groupCode)).toEqual(['d']);
    expect(res.body).not.toContain(SECRET_NOTE);
    expect(res.body).not.toContain('"l.4"');
  });

  it('refuses a second open membership, a wrong sub-group and the wrong roles', async () => {
    const again = await officerA.post(`/api/children/${child.id}/circumstances`, {
      transactionId: tx(),
      groupCode: 'd',
      startDate: yearsAgo(0),
    });
    expect(again.statusCode).toBe(409);
    const wrong = await officerA.post(`/api/children/${child.id}/circumstances`, {
      transactionId: tx(),
      groupCode: 'a',
      subgroupCode: 'l.1',
      startDate: yearsAgo(0),
    });
    expect(wrong.statusCode).toBe(400);
    const body = { transactionId: tx(), groupCode: 'a', startDate: yearsAgo(0) };
    expect(
      (await (await t.as('villageCollaboratorA')).post(`/api/children/${child.id}/circumstances`, body))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await t.as('provinceOfficerA')).post(`/api/children/${child.id}/circumstances`, body))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await t.as('communeOfficerB')).post(`/api/children/${child.id}/circumstances`, body))
        .statusCode,
    ).toBe(404);
    expect(
      (await officerA.post(`/api/children/${child.id}/circumstances`, { ...body, groupCode: 'f' }))
        .statusCode,
    ).toBe(400);
  });

  it('ends a membership once, not before it started, and keeps it as past', async () => {
    const other = await createChildAs(officerA);
    const added = (
      await officerA.post(`/api/children/${other.id}/circumstances`, {
        transactionId: tx(),
        groupCode: 'c',
        subgroupCode: 'c.11',
        startDate: '2024-01-10',
      })
    ).json<Child>();
    const cid = added.circumstances.active[0]?.id ?? '';
    const early = await officerA.post(`/api/children/${other.id}/circumstances/${cid}/end`, {
      transactionId: tx(),
      endDate: '2023-12-31',
    });
    expect(early.statusCode).toBe(400);
    const endBody = { transactionId: tx(), endDate: '2025-06-30' };
    const ended = await officerA.post(`/api/children/${other.id}/circumstances/${cid}/end`, endBody);
    expect(ended.statusCode).toBe(200);
    expect(ended.json<Child>().circumstances.past).toEqual([
      expect.objectContaining({ id: cid, groupCode: 'c', endDate: '2025-06-30', active: false }),
    ]);
    // A retry of the same request is answered, not applied twice; a new request finds it ended.
    expect(
      (await officerA.post(`/api/children/${other.id}/circumstances/${cid}/end`, endBody)).statusCode,
    ).toBe(200);
    const twice = await officerA.post(`/api/children/${other.id}/circumstances/${cid}/end`, {
      transactionId: tx(),
      endDate: '2025-07-01',
    });
    expect(twice.statusCode).toBe(409);
    // At a date when it was open, it is active.
    const then = (
      await officerA.get(`/api/children/${other.id}?purpose=reporting&asOf=2025-01-01`)
    ).json<Child>();
    expect(then.circumstances.active.map((c) => c.id)).toEqual([cid]);
  });

  it('shows the sensitive groups to an inspector whose unit reaches the child', async () => {
    const full = (await officerA.get(`/api/children/${child.id}?purpose=case_work`)).json<Child>();
    const l = full.circumstances.active.find((c) => c.groupCode === 'l');
    expect(l).toBeDefined();
    const inspector = await t.as('inspectorA');
    const seen = (await inspector.get(`/api/children/${child.id}?purpose=inspection`)).json<Child>();
    expect(seen.circumstances.active.map((c) => c.groupCode).sort()).toEqual(['d', 'l']);
  });
});

describe('risk flags and supports', () => {
  it('raises and ends a risk flag; refuses an unknown one', async () => {
    const c = await createChildAs(officerA);
    const raised = await officerA.post(`/api/children/${c.id}/risk-flags`, {
      transactionId: tx(),
      flagCode: 'drowning',
      since: '2025-05-01',
    });
    expect(raised.statusCode).toBe(201);
    const flag = raised.json<Child>().riskFlags[0];
    expect(flag).toMatchObject({ flagCode: 'drowning', active: true, until: null });
    const unknown = await officerA.post(`/api/children/${c.id}/risk-flags`, {
      transactionId: tx(),
      flagCode: 'no_such_flag',
      since: '2025-05-01',
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.parse(unknown.body).error.fields[0].path).toBe('body.flagCode');
    const ended = await officerA.post(`/api/children/${c.id}/risk-flags/${flag?.id ?? ''}/end`, {
      transactionId: tx(),
      until: '2025-09-01',
    });
    expect(ended.json<Child>().riskFlags[0]).toMatchObject({ until: '2025-09-01', active: false });
  });

  it('records a support with its deciding document', async () => {
    const c = await createChildAs(officerA);
    const res = await officerA.post(`/api/children/${c.id}/supports`, {
      transactionId: tx(),
      supportType: 'monthly_social_allowance',
      amountVnd: 1_000_000,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2024-12-20',
      provider: 'UBND phường Bắc Nha Trang',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Child>().supports[0]).toMatchObject({
      amountVnd: 1_000_000,
      decisionNumber: '125/QĐ-UBND',
    });
    const bad = await officerA.post(`/api/children/${c.id}/supports`, {
      transactionId: tx(),
      supportType: 'education',
      periodStart: '2025-01-01',
      periodEnd: '2024-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error.fields[0]).toMatchObject({
      path: 'body.periodEnd',
      messageId: 'field.endBeforeStart',
    });
  });
});

describe('history', () => {
  it('records who, when and which fields for every change', async () => {
    const patch = await officerA.patch(`/api/children/${child.id}`, {
      transactionId: tx(),
      version: (await officerA.get(`/api/children/${child.id}?purpose=record_update`)).json<Child>().version,
      village: 'Thôn Mới',
      sensitive: { hivStatus: 'unknown' },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const items = await history(officerA, child.id);
    expect(items.map((i) => i.operation)).toEqual([
      'update',
      'circumstance.add',
      'circumstance.add',
      'create',
    ]);
    const update = items[0];
    expect(update?.actorName).toBe('Test communeOfficerA');
    expect(update?.fields.sort()).toEqual(['sensitive.hivStatus', 'village']);
    expect(update?.changes['sensitive.hivStatus']).toEqual({ before: 'living_with_hiv', after: 'unknown' });
    expect(update?.hiddenFields).toEqual([]);
    expect(Date.parse(update?.at ?? '')).not.toBeNaN();
  });

  it('hides the values of sensitive fields and the sensitive groups without children.read_sensitive', async () => {
    const items = await history(hotline, child.id);
    expect(items.map((i) => i.operation)).toEqual(['update', 'circumstance.add', 'create']);
    const update = items[0];
    expect(update?.fields.sort()).toEqual(['sensitive.hivStatus', 'village']);
    expect(update?.hiddenFields).toEqual(['sensitive.hivStatus']);
    expect(update?.changes).toEqual({ village: { before: 'Tổ dân phố 3', after: 'Thôn Mới' } });
    const all = JSON.stringify(items);
    for (const s of ['living_with_hiv', HEALTH, SECRET_NOTE, '"l"']) expect(all).not.toContain(s);
    expect(items[2]?.hiddenFields.sort()).toEqual([
      'sensitive.drugUse',
      'sensitive.healthNotes',
      'sensitive.hivStatus',
    ]);
  });

  it('is audited as a view with its purpose, and 404 outside the jurisdiction', async () => {
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'child.history.view')
      .where('actor_id', '=', hotline.userId)
      .executeTakeFirstOrThrow();
    expect(audit.purpose).toBe('case_work');
    expect(audit.target_ids).toEqual([child.id]);
    const b = await t.as('communeOfficerB');
    expect((await b.get(`/api/children/${child.id}/history?purpose=case_work`)).statusCode).toBe(404);
    expect((await officerA.get(`/api/children/${child.id}/history`)).statusCode).toBe(400);
  });

  it('writes an audit row for every change, in the same transaction', async () => {
    const ops = await t.db
      .selectFrom('audit_log')
      .select('operation')
      .where(sql<boolean>`${child.id}::text = ANY(target_ids::text[])`)
      .execute();
    const names = new Set(ops.map((o) => o.operation));
    for (const op of [
      'child.create',
      'child.circumstance.add',
      'child.update',
      'child.view',
      'child.history.view',
    ])
      expect(names, op).toContain(op);
  });
});

describe('GET /api/children/stats', () => {
  const stats = async (c: TestClient, q = '') => c.get(`/api/children/stats${q}`);

  it('counts active children by sex and age group, and groups with the right', async () => {
    const res = await stats(officerA);
    expect(res.statusCode).toBe(200);
    const s = res.json<ChildStats>();
    expect(s.breakdown).toBe('commune');
    expect(s.units).toEqual([{ code: PLACES.communeA, name: 'Phường Bắc Nha Trang' }]);
    const girls1115 = s.bySexAge.find((r) => r.sex === 'female' && r.ageGroup === '11-15');
    expect(girls1115?.count).toBeGreaterThanOrEqual(1);
    expect(s.totals.activeChildren).toBe(s.bySexAge.reduce((n, r) => n + r.count, 0));
    expect(s.byGroup).toContainEqual({ unitCode: PLACES.communeA, groupCode: 'l', count: 1 });
    expect(s.sensitiveGroupsIncluded).toBe(true);
  });

  it('leaves the sensitive groups out for a user without children.read_sensitive', async () => {
    const res = await stats(await t.as('nationalOfficer'), `?unitCode=${PLACES.provinceA}`);
    expect(res.statusCode).toBe(200);
    const s = res.json<ChildStats>();
    expect(s.sensitiveGroupsIncluded).toBe(false);
    expect(s.byGroup.map((g) => g.groupCode)).not.toContain('l');
    expect(s.byGroup).toContainEqual(expect.objectContaining({ unitCode: PLACES.communeA, groupCode: 'd' }));
    const national = (await stats(await t.as('nationalOfficer'))).json<ChildStats>();
    expect(national.breakdown).toBe('province');
    expect(national.units).toHaveLength(34);
  });

  it('shows a province officer the communes of the province', async () => {
    const s = (await stats(await t.as('provinceOfficerA'))).json<ChildStats>();
    expect(s.unitCode).toBe(PLACES.provinceA);
    expect(s.units.map((u) => u.code)).toContain(PLACES.communeB);
    expect(s.byGroup).toContainEqual({ unitCode: PLACES.communeA, groupCode: 'l', count: 1 });
  });

  it('excludes children who have turned 16 at the reference date', async () => {
    const before = (await stats(officerA, `?asOf=${yearsAgo(0)}`)).json<ChildStats>().totals.activeChildren;
    const later = (await stats(officerA, `?asOf=${yearsAgo(-4)}`)).json<ChildStats>();
    // Hoa (12 now) is 16 in four years and has left the active lists; her groups are no longer counted.
    expect(later.totals.activeChildren).toBeLessThan(before);
    expect(later.byGroup.find((g) => g.groupCode === 'l')).toBeUndefined();
  });

  it('stays inside the jurisdiction and is audited', async () => {
    expect((await stats(officerA, `?unitCode=${PLACES.communeB}`)).statusCode).toBe(403);
    expect((await stats(await t.as('provinceOfficerB'), `?unitCode=${PLACES.provinceA}`)).statusCode).toBe(
      403,
    );
    expect((await stats(hotline)).statusCode).toBe(403);
    expect((await stats(await t.as('adminNational'))).statusCode).toBe(403);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'child.stats.view')
      .where('actor_id', '=', officerA.userId)
      .executeTakeFirstOrThrow();
    expect(audit.unit_code).toBe(PLACES.communeA);
  });
});

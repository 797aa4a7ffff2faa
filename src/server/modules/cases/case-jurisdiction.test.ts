import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { FixtureUserKey } from '../../../test/fixtures';
import type { CaseSummary } from '../../../shared/domain/Case';
import { caseCipher } from './case-cipher';
import { act, caseClients, driveTo, openCase, type CaseClients } from './case.test-helpers';

/**
 * Who reaches which case route (J7): every route × every fixture role, communes A and B (same province) and C
 * (Hà Nội). A case outside the jurisdiction answers 404 exactly like a missing one, and the attempt is logged.
 */
let t: TestContext;
let c: CaseClients;
/** A case of commune A with an approved plan whose tasks go to the police agency of the fixtures, and a photo. */
let caseA: { caseId: string; reportId: string; attachmentId: string };
/** A case of commune B. */
let caseB: { caseId: string; reportId: string };

beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
  const opened = await openCase(c.officer);
  await driveTo(t, c, opened.caseId, 'in_progress');
  const attachmentId = crypto.randomUUID();
  const png = Buffer.from('89504e470d0a1a0a', 'hex');
  await t.db
    .insertInto('report_attachments')
    .values({
      id: attachmentId,
      report_id: opened.reportId,
      content_type: 'image/png',
      byte_size: png.length,
      data_enc: caseCipher(t.config.encryptionKey).encryptAttachment(attachmentId, png),
    })
    .execute();
  caseA = { ...opened, attachmentId };
  caseB = await openCase(await t.as('communeOfficerB'), { communeCode: '22366' });
});
afterAll(async () => t.close());

type Route = 'list' | 'detail' | 'stats' | 'action' | 'tasks' | 'attachment';
const call: Record<Route, (client: TestClient) => Promise<{ statusCode: number; body: string }>> = {
  list: (x) => x.get('/api/cases?queue=all'),
  detail: (x) => x.get(`/api/cases/${caseA.caseId}?purpose=case_work`),
  stats: (x) => x.get('/api/cases/stats'),
  action: (x) => act(x, caseA.caseId, 'NOTE', {}, { note: 'Ghi chú kiểm tra phân quyền.' }),
  tasks: (x) => x.get('/api/tasks'),
  attachment: (x) => x.get(`/api/reports/${caseA.reportId}/attachments/${caseA.attachmentId}`),
};

/** Expected status per route for a case of commune A: [list, detail, stats, action, tasks, attachment]. */
const MATRIX: Record<FixtureUserKey, [number, number, number, number, number, number]> = {
  communeOfficerA: [200, 200, 200, 200, 403, 200],
  communeChairmanA: [200, 200, 200, 200, 403, 200],
  communeOfficerB: [200, 404, 200, 404, 403, 404],
  communeOfficerC: [200, 404, 200, 404, 403, 404],
  villageCollaboratorA: [403, 403, 403, 403, 403, 403],
  provinceOfficerA: [200, 200, 200, 200, 403, 200],
  provinceOfficerB: [200, 404, 200, 404, 403, 404],
  // A partner reaches the case only through its tasks: the task list and the task steps, never the case file.
  partnerPoliceA: [403, 403, 403, 200, 200, 403],
  hotlineCounsellor: [403, 403, 403, 403, 403, 403],
  nationalOfficer: [403, 403, 200, 403, 403, 403],
  fundOfficerA: [403, 403, 403, 403, 403, 403],
  fundOfficerB: [403, 403, 403, 403, 403, 403],
  fundOfficerNational: [403, 403, 403, 403, 403, 403],
  inspectorA: [200, 200, 200, 403, 403, 200],
  inspectorNational: [200, 200, 200, 403, 403, 200],
  adminProvinceA: [403, 403, 403, 403, 403, 403],
  adminNational: [403, 403, 403, 403, 403, 403],
};
const ROUTES: Route[] = ['list', 'detail', 'stats', 'action', 'tasks', 'attachment'];

describe('every case route × every role', () => {
  it.each(Object.keys(MATRIX) as FixtureUserKey[])('%s', async (who) => {
    const client = await t.as(who);
    const got: number[] = [];
    for (const route of ROUTES) got.push((await call[route](client)).statusCode);
    expect(Object.fromEntries(ROUTES.map((r, i) => [r, got[i]]))).toEqual(
      Object.fromEntries(ROUTES.map((r, i) => [r, MATRIX[who][i]])),
    );
  });
});

describe('lists stay inside the jurisdiction', () => {
  const listed = async (who: FixtureUserKey) => {
    const res = await (await t.as(who)).get('/api/cases?queue=all&limit=200');
    expect(res.statusCode).toBe(200);
    return res.json<{ items: CaseSummary[] }>().items;
  };

  it('never lists another commune’s or another province’s case', async () => {
    const a = await listed('communeOfficerA');
    expect(a.map((i) => i.id)).toContain(caseA.caseId);
    expect(a.every((i) => i.communeCode === '22333')).toBe(true);
    const b = await listed('communeOfficerB');
    expect(b.map((i) => i.id)).toEqual([caseB.caseId]);
    expect(await listed('communeOfficerC')).toEqual([]);
    expect(await listed('provinceOfficerB')).toEqual([]);
    const province = (await listed('provinceOfficerA')).map((i) => i.id);
    expect(province).toEqual(expect.arrayContaining([caseA.caseId, caseB.caseId]));
    expect((await listed('inspectorA')).every((i) => i.provinceCode === '56')).toBe(true);
  });

  it('never counts another commune’s cases in a commune’s figures', async () => {
    const res = await (await t.as('communeOfficerB')).get('/api/cases/stats');
    const stats = res.json<{ byCommune: { communeCode: string }[] }>();
    expect(stats.byCommune.map((r) => r.communeCode)).toEqual(['22366']);
  });
});

describe('a guessed id', () => {
  const denied = (id: string) =>
    t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'access.denied')
      .where((eb) => eb(eb.val(id), '=', eb.fn.any('target_ids')))
      .execute();

  it('answers 404 exactly like a missing case, and the attempt is logged', async () => {
    const missing = crypto.randomUUID();
    const ofMissing = await c.officer.get(`/api/cases/${missing}?purpose=case_work`);
    const ofB = await c.officer.get(`/api/cases/${caseB.caseId}?purpose=case_work`);
    expect(ofMissing.statusCode).toBe(404);
    expect(ofB.statusCode).toBe(404);
    expect(ofB.body).toBe(ofMissing.body);
    const stepMissing = await act(c.officer, missing, 'NOTE', {}, { note: 'x' });
    const stepB = await act(c.officer, caseB.caseId, 'NOTE', {}, { note: 'x' });
    expect([stepMissing.statusCode, stepB.statusCode]).toEqual([404, 404]);
    expect(stepB.body).toBe(stepMissing.body);
    const photoB = await c.officer.get(`/api/reports/${caseB.reportId}/attachments/${crypto.randomUUID()}`);
    expect(photoB.statusCode).toBe(404);
    expect(photoB.body).toBe(ofMissing.body);

    // The denied-access log is written once the answer has gone out: wait for it rather than for a fixed time.
    await vi.waitFor(async () => expect(await denied(caseB.caseId)).toHaveLength(2));
    await vi.waitFor(async () => expect(await denied(caseB.reportId)).toHaveLength(1));
    const rows = [...(await denied(caseB.caseId)), ...(await denied(caseB.reportId))];
    expect(rows.map((r) => r.actor_id)).toEqual([c.officer.userId, c.officer.userId, c.officer.userId]);
    expect(rows.map((r) => r.purpose).sort()).toEqual([
      'GET /api/cases/:id → 404',
      'GET /api/reports/:reportId/attachments/:id → 404',
      'POST /api/cases/:id/actions → 404',
    ]);
    await vi.waitFor(async () => expect(await denied(missing)).toHaveLength(2));
    // B's case is untouched.
    const actions = await t.db
      .selectFrom('case_actions')
      .select('type')
      .where('case_id', '=', caseB.caseId)
      .execute();
    expect(actions.map((a) => a.type)).toEqual(['RECEIVE']);
  });
});

describe('a partner agency', () => {
  it('reaches a case only while its agency has a live task in it', async () => {
    const police = await t.as('partnerPoliceA');
    const drafted = await openCase(c.officer);
    await driveTo(t, c, drafted.caseId, 'plan_drafted');
    expect((await act(police, drafted.caseId, 'NOTE', {}, { note: 'x' })).statusCode).toBe(404);
    expect((await act(police, caseB.caseId, 'NOTE', {}, { note: 'x' })).statusCode).toBe(404);
    const tasks = (await police.get('/api/tasks')).json<{ items: { caseId: string }[] }>();
    const reached = new Set(tasks.items.map((i) => i.caseId));
    expect(reached.has(caseA.caseId)).toBe(true);
    expect(reached.has(drafted.caseId)).toBe(false);
    expect(reached.has(caseB.caseId)).toBe(false);
    expect((await police.get(`/api/cases/${caseA.caseId}?purpose=task_work`)).statusCode).toBe(403);
  });

  it('cannot take a commune’s step even on a case it reaches', async () => {
    const police = await t.as('partnerPoliceA');
    const res = await act(police, caseA.caseId, 'TRANSFER', { toCommuneCode: '22366' }, { reason: 'x' });
    expect(res.statusCode).toBe(409);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { CaseStats, PartnerTask } from '../../../shared/domain/Case';
import { act, actOk, caseClients, driveTo, openCase, STEP, type CaseClients } from './case.test-helpers';

/** The dashboard figures (GET /api/cases/stats) and a partner agency's task list (GET /api/tasks). */
let t: TestContext;
let c: CaseClients;
beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
});
afterAll(async () => t.close());

const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

describe('GET /api/cases/stats', () => {
  // Everything in Hà Nội (commune C), so the other tests of this file do not change the figures.
  let verified: string;
  beforeAll(async () => {
    const officerC = await t.as('communeOfficerC');
    const inC = { communeCode: '00004' };
    for (const h of [10, 2]) {
      const { caseId } = await openCase(officerC, { ...inC, receivedAt: hoursAgo(h) });
      await actOk(officerC, caseId, 'VERIFY', STEP.VERIFY().data, STEP.VERIFY().text);
      verified = caseId;
    }
    await openCase(officerC, { ...inC, receivedAt: hoursAgo(13) });
    await t.db.updateTable('cases').set({ escalated: true }).where('id', '=', verified).execute();
  });

  const stats = async (client: TestClient, qs = '') => {
    const res = await client.get(`/api/cases/stats${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CaseStats>();
  };

  it('counts the province’s cases by status and by commune, and the time to the first step', async () => {
    const s = await stats(await t.as('provinceOfficerB'));
    expect(s.byStatus).toEqual([
      { status: 'received', count: 1 },
      { status: 'verified', count: 2 },
    ]);
    expect(s.byCommune).toEqual([
      {
        communeCode: '00004',
        communeName: expect.stringMatching(/Ba Đình/) as unknown,
        open: 3,
        overdue: 1,
        escalated: 1,
      },
    ]);
    expect(s.timeToFirstAction.cases).toBe(2);
    // Median of 2 h and 10 h is 6 h; the 90th percentile (interpolated) 9.2 h. A few seconds pass while testing.
    expect(s.timeToFirstAction.medianHours).toBeCloseTo(6, 1);
    expect(s.timeToFirstAction.p90Hours).toBeCloseTo(9.2, 1);
  });

  it('gives a commune its own figures, and the nation every province or one', async () => {
    const commune = await stats(await t.as('communeOfficerC'));
    expect(commune.byCommune.map((r) => r.communeCode)).toEqual(['00004']);
    const nationHanoi = await stats(await t.as('nationalOfficer'), '?provinceCode=01');
    expect(nationHanoi.byCommune).toEqual((await stats(await t.as('provinceOfficerB'))).byCommune);
    await openCase(c.officer);
    const nation = await stats(await t.as('inspectorNational'));
    expect(nation.byCommune.map((r) => r.communeCode)).toEqual(expect.arrayContaining(['00004', '22333']));
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'case.stats.view')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.counts).toMatchObject({ communes: nation.byCommune.length });
  });

  it('refuses another province, a province to a commune user, and the roles without cases.stats', async () => {
    const forbidden = async (client: TestClient, qs = '') =>
      expect((await client.get(`/api/cases/stats${qs}`)).statusCode).toBe(403);
    await forbidden(await t.as('provinceOfficerA'), '?provinceCode=01');
    await forbidden(await t.as('communeOfficerC'), '?provinceCode=01');
    await forbidden(await t.as('hotlineCounsellor'));
    await forbidden(await t.as('partnerPoliceA'));
    await forbidden(await t.as('adminNational'));
    const bad = await (await t.as('nationalOfficer')).get('/api/cases/stats?provinceCode=1');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('provinceCode');
  });
});

describe('GET /api/tasks', () => {
  const tasks = async (client: TestClient) => {
    const res = await client.get('/api/tasks');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: PartnerTask[]; total: number }>();
  };

  it('lists the agency’s tasks with the minimum child data and the actions allowed on each', async () => {
    const { caseId } = await openCase(c.officer, {
      family: { fatherName: 'Trần Văn Cường', situation: 'Nhà ở thôn 3, hẻm 12' },
    });
    const { taskIds } = await driveTo(t, c, caseId, 'in_progress');
    const police = await t.as('partnerPoliceA');
    const list = await tasks(police);
    const mine = list.items.filter((i) => i.caseId === caseId);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      child: { label: 'Bích T.', sex: 'female', ageYears: 9 },
      status: 'pending',
      seq: 7,
      allowedActions: ['TASK_ACCEPT', 'TASK_DECLINE', 'TASK_DONE', 'NOTE'],
    });
    expect(mine.map((m) => m.description).sort()).toEqual(['Nhiệm vụ số 1', 'Nhiệm vụ số 2']);
    const body = JSON.stringify(list);
    for (const secret of ['Trần Thị Bích', 'Ở nhà', 'Trần Văn Cường', 'hẻm 12', 'Hàng xóm'])
      expect(body).not.toContain(secret);

    const [first, second] = taskIds as [string, string];
    const accepted = await act(police, caseId, 'TASK_ACCEPT', { taskId: first }, {}, { expectedSeq: 7 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await actOk(police, caseId, 'TASK_DONE', { taskId: second }, { result: 'Đã làm việc với gia đình.' });
    const after = (await tasks(police)).items.filter((i) => i.caseId === caseId);
    const byId = new Map(after.map((i) => [i.taskId, i]));
    expect(byId.get(first)).toMatchObject({
      status: 'accepted',
      allowedActions: ['TASK_DONE', 'NOTE'],
      seq: 9,
    });
    expect(byId.get(second)).toMatchObject({ status: 'done', allowedActions: ['NOTE'] });
    // The actionable task comes before the finished one.
    expect(after.map((i) => i.taskId)).toEqual([first, second]);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'task.list')
      .where('actor_id', '=', police.userId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.target_ids).toContain(caseId);
  });

  it('leaves out draft tasks, other agencies’ tasks and the tasks of a closed case', async () => {
    const other = await t.db
      .insertInto('agencies')
      .values({ kind: 'health', name: 'Trạm y tế', unit_code: '22333', province_code: '56' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const drafted = await openCase(c.officer);
    await driveTo(t, c, drafted.caseId, 'plan_drafted');
    const elsewhere = await openCase(c.officer);
    await driveTo(t, c, elsewhere.caseId, 'in_progress', other.id);
    const closing = await openCase(c.officer);
    await driveTo(t, c, closing.caseId, 'in_progress');
    const police = await t.as('partnerPoliceA');
    const before = (await tasks(police)).items.map((i) => i.caseId);
    expect(before).toContain(closing.caseId);
    expect(before).not.toContain(drafted.caseId);
    expect(before).not.toContain(elsewhere.caseId);

    await actOk(c.officer, closing.caseId, 'REVIEW', STEP.REVIEW().data, STEP.REVIEW().text);
    await actOk(c.chairman, closing.caseId, 'CLOSE', STEP.CLOSE().data, {});
    const after = await tasks(police);
    expect(after.items.map((i) => i.caseId)).not.toContain(closing.caseId);
    expect(after.total).toBe(after.items.length);
  });

  it('is for partner agencies only', async () => {
    for (const who of [
      'communeOfficerA',
      'provinceOfficerA',
      'hotlineCounsellor',
      'inspectorNational',
    ] as const)
      expect((await (await t.as(who)).get('/api/tasks')).statusCode).toBe(403);
  });
});

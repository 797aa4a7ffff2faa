import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import type { CaseStatus } from '../../../shared/workflow/case-workflow';
import {
  act,
  actOk,
  allowedFor,
  caseClients,
  driveTo,
  errorOf,
  expectConflict,
  expectFieldError,
  openCase,
  STEP,
  uuid,
  type CaseClients,
} from './case.test-helpers';

/** Every step of the procedure through the API: the allowed ones along each path, and what is refused. */
let t: TestContext;
let c: CaseClients;
beforeAll(async () => {
  t = await createTestContext();
  c = await caseClients(t);
});
afterAll(async () => t.close());

type S = { data: object; text: object };
const step = (client: TestClient, caseId: string, type: string, s: S) =>
  act(client, caseId, type, s.data as Record<string, unknown>, s.text as Record<string, unknown>);
async function expectStatus(client: TestClient, caseId: string, type: string, s: S, status: CaseStatus) {
  const res = await step(client, caseId, type, s);
  expect(res.statusCode, `${type}: ${res.body}`).toBe(200);
  expect(res.json()).toMatchObject({ caseId, status, replayed: false });
}

describe('the allowed transitions along each path', () => {
  it('main path: serious risk, emergency protection, plan, tasks, review, close', async () => {
    const { caseId } = await openCase(c.officer);
    const taskIds = [uuid(), uuid()];
    await expectStatus(c.officer, caseId, 'ACKNOWLEDGE', { data: {}, text: {} }, 'received');
    await expectStatus(c.officer, caseId, 'VERIFY', STEP.VERIFY(), 'verified');
    await expectStatus(c.officer, caseId, 'ASSESS_INITIAL', STEP.ASSESS_INITIAL(true), 'initial_assessed');
    await expectStatus(
      c.chairman,
      caseId,
      'EMERGENCY_PROTECT',
      STEP.EMERGENCY_PROTECT(),
      'emergency_protected',
    );
    await expectStatus(c.officer, caseId, 'ASSESS_NEEDS', STEP.ASSESS_NEEDS(), 'needs_assessed');
    await expectStatus(
      c.officer,
      caseId,
      'DRAFT_PLAN',
      STEP.DRAFT_PLAN(t.agencies.policeA, taskIds),
      'plan_drafted',
    );
    await expectStatus(c.chairman, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN(), 'in_progress');
    const police = await t.as('partnerPoliceA');
    const [a, b] = taskIds as [string, string];
    await expectStatus(police, caseId, 'TASK_ACCEPT', { data: { taskId: a }, text: {} }, 'in_progress');
    await expectStatus(
      police,
      caseId,
      'TASK_DONE',
      { data: { taskId: a }, text: { result: 'Xong.' } },
      'in_progress',
    );
    await expectStatus(
      police,
      caseId,
      'NOTE',
      { data: {}, text: { note: 'Đã gặp gia đình.' } },
      'in_progress',
    );
    await expectStatus(
      police,
      caseId,
      'TASK_DECLINE',
      { data: { taskId: b }, text: { reason: 'Ngoài chức năng.' } },
      'in_progress',
    );
    const reassign = { taskId: b, agencyId: t.agencies.policeA, dueDate: '2026-12-31' };
    await expectStatus(c.officer, caseId, 'TASK_REASSIGN', { data: reassign, text: {} }, 'in_progress');
    await expectStatus(
      c.officer,
      caseId,
      'TASK_DONE',
      { data: { taskId: b }, text: { result: 'Xong.' } },
      'in_progress',
    );
    await expectStatus(c.officer, caseId, 'REVIEW', STEP.REVIEW('close'), 'reviewed');
    await expectStatus(c.chairman, caseId, 'CLOSE', STEP.CLOSE(), 'closed');
    expect(await allowedFor(c.officer, caseId)).toEqual(['REOPEN']);
  });

  it('no-emergency path: a low risk goes straight to the assessment of needs', async () => {
    const { caseId } = await openCase(c.officer);
    await driveTo(t, c, caseId, 'verified');
    await expectStatus(c.officer, caseId, 'ASSESS_INITIAL', STEP.ASSESS_INITIAL(false), 'initial_assessed');
    expectConflict(await step(c.chairman, caseId, 'EMERGENCY_PROTECT', STEP.EMERGENCY_PROTECT()));
    await expectStatus(c.officer, caseId, 'ASSESS_NEEDS', STEP.ASSESS_NEEDS(), 'needs_assessed');
  });

  it('return plan: the chairman sends the draft back, a new draft is approved', async () => {
    const { caseId } = await openCase(c.officer);
    await driveTo(t, c, caseId, 'plan_drafted');
    await expectStatus(
      c.chairman,
      caseId,
      'RETURN_PLAN',
      { data: {}, text: { reason: 'Thiếu trợ giúp pháp lý.' } },
      'needs_assessed',
    );
    await expectStatus(c.officer, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(t.agencies.policeA), 'plan_drafted');
    await expectStatus(c.chairman, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN(), 'in_progress');
    const res = await c.officer.get(`/api/cases/${caseId}?purpose=case_work`);
    const tasks = res.json<{ tasks: { status: string; planVersion: number }[] }>().tasks;
    expect(tasks.map((x) => [x.planVersion, x.status])).toEqual([
      [1, 'cancelled'],
      [1, 'cancelled'],
      [2, 'pending'],
      [2, 'pending'],
    ]);
  });

  it('re-plan loop: a review that asks for a new plan leads back through assessment and approval', async () => {
    const { caseId } = await openCase(c.officer);
    await driveTo(t, c, caseId, 'in_progress');
    await expectStatus(c.officer, caseId, 'REVIEW', STEP.REVIEW('replan'), 'reviewed');
    await expectStatus(
      c.chairman,
      caseId,
      'REPLAN',
      { data: {}, text: { reason: 'Trẻ chưa an toàn.' } },
      'replanning',
    );
    await expectStatus(c.officer, caseId, 'ASSESS_NEEDS', STEP.ASSESS_NEEDS(), 'needs_assessed');
    await expectStatus(c.officer, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(t.agencies.policeA), 'plan_drafted');
    await expectStatus(c.chairman, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN(), 'in_progress');
  });

  it('re-open: a closed case comes back verified and its procedure starts again', async () => {
    const { caseId } = await openCase(c.officer);
    await driveTo(t, c, caseId, 'closed');
    await expectStatus(
      c.chairman,
      caseId,
      'REOPEN',
      { data: {}, text: { reason: 'Có báo cáo mới.' } },
      'verified',
    );
    await expectStatus(c.officer, caseId, 'ASSESS_INITIAL', STEP.ASSESS_INITIAL(true), 'initial_assessed');
  });

  it('an unfounded report is closed at verification', async () => {
    const { caseId } = await openCase(c.officer);
    const unfounded = {
      data: { outcome: 'unfounded', method: 'phone' },
      text: { findings: 'Không có sự việc.' },
    };
    await expectStatus(c.officer, caseId, 'VERIFY', unfounded, 'closed');
    const row = await t.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row.closed_at).not.toBeNull();
  });

  it('a transfer to commune B takes the case out of A’s reach into B’s', async () => {
    const { caseId } = await openCase(c.officer);
    await driveTo(t, c, caseId, 'verified');
    await expectStatus(
      c.officer,
      caseId,
      'TRANSFER',
      { data: { toCommuneCode: '22366' }, text: { reason: 'Trẻ chuyển đến phường Nha Trang.' } },
      'verified',
    );
    expect((await c.officer.get(`/api/cases/${caseId}?purpose=case_work`)).statusCode).toBe(404);
    expect((await act(c.officer, caseId, 'NOTE', {}, { note: 'x' })).statusCode).toBe(404);
    const officerB = await t.as('communeOfficerB');
    expect(await allowedFor(officerB, caseId)).toContain('ASSESS_INITIAL');
    await expectStatus(officerB, caseId, 'ASSESS_INITIAL', STEP.ASSESS_INITIAL(false), 'initial_assessed');
    const listA = (await c.officer.get('/api/cases?queue=all&limit=200')).json<{ items: { id: string }[] }>();
    expect(listA.items.map((i) => i.id)).not.toContain(caseId);
    const row = await t.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ commune_code: '22366', province_code: '56' });
    // A province officer transfers only inside the province.
    const toHanoi = await act(
      await t.as('provinceOfficerA'),
      caseId,
      'TRANSFER',
      { toCommuneCode: '00004' },
      { reason: 'x' },
    );
    expect(toHanoi.statusCode).toBe(403);
  });

  it('links the case to a register child of the commune, once', async () => {
    const { caseId } = await openCase(c.officer);
    const child = (communeCode: string) =>
      t.db
        .insertInto('children')
        .values({
          full_name: 'Phạm Minh Khôi',
          birth_date: '2015-02-02',
          sex: 'male',
          commune_code: communeCode,
          province_code: '56',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const elsewhere = await child('22366');
    expectFieldError(
      await act(c.officer, caseId, 'LINK_CHILD', { childId: elsewhere.id }),
      'body.data.childId',
    );
    expectFieldError(await act(c.officer, caseId, 'LINK_CHILD', { childId: uuid() }), 'body.data.childId');
    const own = await child('22333');
    await expectStatus(c.officer, caseId, 'LINK_CHILD', { data: { childId: own.id }, text: {} }, 'received');
    const again = expectConflict(await act(c.officer, caseId, 'LINK_CHILD', { childId: own.id }));
    expect(again).not.toContain('LINK_CHILD');
    const row = await t.db
      .selectFrom('cases')
      .select('child_id')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.child_id).toBe(own.id);
  });
});

describe('what is refused', () => {
  /** A step that is not allowed from each status (valid data, so that only the workflow refuses it). */
  const FORBIDDEN: Record<CaseStatus, [keyof CaseClients, string, S]> = {
    received: ['officer', 'ASSESS_INITIAL', STEP.ASSESS_INITIAL()],
    verified: ['chairman', 'EMERGENCY_PROTECT', STEP.EMERGENCY_PROTECT()],
    initial_assessed: ['officer', 'ASSESS_NEEDS', STEP.ASSESS_NEEDS()], // emergency needed first
    emergency_protected: ['officer', 'DRAFT_PLAN', STEP.DRAFT_PLAN(null)],
    needs_assessed: ['chairman', 'APPROVE_PLAN', STEP.APPROVE_PLAN()],
    plan_drafted: ['officer', 'REVIEW', STEP.REVIEW()],
    in_progress: ['chairman', 'CLOSE', STEP.CLOSE()],
    reviewed: ['officer', 'DRAFT_PLAN', STEP.DRAFT_PLAN(null)],
    replanning: ['officer', 'DRAFT_PLAN', STEP.DRAFT_PLAN(null)],
    closed: ['officer', 'NOTE', { data: {}, text: { note: 'x' } }],
  };

  async function refusedHere(caseId: string, status: CaseStatus) {
    const [who, type, s] = FORBIDDEN[status];
    const res = await step(c[who], caseId, type, s);
    const allowed = expectConflict(res);
    expect(errorOf(res).status).toBe(status);
    expect(allowed).toEqual(await allowedFor(c[who], caseId));
    expect(allowed).not.toContain(type);
  }

  it('answers 409 with the allowed actions from every status', async () => {
    const { caseId } = await openCase(c.officer);
    const next: [CaseStatus, keyof CaseClients, string, S][] = [
      ['received', 'officer', 'VERIFY', STEP.VERIFY()],
      ['verified', 'officer', 'ASSESS_INITIAL', STEP.ASSESS_INITIAL(true)],
      ['initial_assessed', 'chairman', 'EMERGENCY_PROTECT', STEP.EMERGENCY_PROTECT()],
      ['emergency_protected', 'officer', 'ASSESS_NEEDS', STEP.ASSESS_NEEDS()],
      ['needs_assessed', 'officer', 'DRAFT_PLAN', STEP.DRAFT_PLAN(t.agencies.policeA)],
      ['plan_drafted', 'chairman', 'APPROVE_PLAN', STEP.APPROVE_PLAN()],
      ['in_progress', 'officer', 'REVIEW', STEP.REVIEW()],
      ['reviewed', 'chairman', 'REPLAN', { data: {}, text: { reason: 'Cần kế hoạch mới.' } }],
    ];
    for (const [status, who, type, s] of next) {
      await refusedHere(caseId, status);
      expect((await step(c[who], caseId, type, s)).statusCode).toBe(200);
    }
    await refusedHere(caseId, 'replanning');
    const closed = await openCase(c.officer);
    await driveTo(t, c, closed.caseId, 'closed');
    await refusedHere(closed.caseId, 'closed');
  });

  it('refuses the wrong role for a step', async () => {
    const { caseId } = await openCase(c.officer);
    expect(expectConflict(await step(c.chairman, caseId, 'VERIFY', STEP.VERIFY()))).not.toContain('VERIFY');
    const province = await t.as('provinceOfficerA');
    expect(expectConflict(await step(province, caseId, 'VERIFY', STEP.VERIFY()))).toEqual([
      'NOTE',
      'TRANSFER',
    ]);
    await driveTo(t, c, caseId, 'plan_drafted');
    expectConflict(await step(c.officer, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN()));
    expectConflict(await step(c.chairman, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(null)));
  });

  it('refuses a stale page (expectedSeq) and acts on a fresh one', async () => {
    const { caseId } = await openCase(c.officer);
    const v = STEP.VERIFY();
    const stale = await act(c.officer, caseId, 'VERIFY', v.data, v.text, { expectedSeq: 0 });
    expectConflict(stale, 'case.staleState');
    expect(errorOf(stale).seq).toBe(1);
    const fresh = await act(c.officer, caseId, 'VERIFY', v.data, v.text, { expectedSeq: 1 });
    expect(fresh.statusCode, fresh.body).toBe(200);
  });

  it('answers 400 with the field for malformed data, and for an unknown agency', async () => {
    const { caseId } = await openCase(c.officer);
    expectFieldError(
      await act(c.officer, caseId, 'VERIFY', { outcome: 'maybe', method: 'phone' }, { findings: 'x' }),
      'body.data.outcome',
    );
    expectFieldError(
      await act(c.officer, caseId, 'VERIFY', STEP.VERIFY().data, { findings: '   ' }),
      'body.text.findings',
    );
    expectFieldError(await act(c.officer, caseId, 'FLAG_OVERDUE', {}), 'body.type');
    expectFieldError(
      await c.officer.post(`/api/cases/${caseId}/actions`, {
        type: 'NOTE',
        transactionId: 'x',
        data: {},
        text: { note: 'x' },
      }),
      'body.transactionId',
    );
    await driveTo(t, c, caseId, 'needs_assessed');
    expectFieldError(
      await step(c.officer, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(uuid())),
      'body.data.tasks.0.agencyId',
    );
    const dup = uuid();
    expectConflict(
      await step(c.officer, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(null, [dup, dup])),
      'case.planTasksInvalid',
    );
    const taskIds = [uuid()];
    expect(
      (await step(c.officer, caseId, 'DRAFT_PLAN', STEP.DRAFT_PLAN(t.agencies.policeA, taskIds))).statusCode,
    ).toBe(200);
    expect((await step(c.chairman, caseId, 'APPROVE_PLAN', STEP.APPROVE_PLAN())).statusCode).toBe(200);
    await actOk(
      await t.as('partnerPoliceA'),
      caseId,
      'TASK_DECLINE',
      { taskId: taskIds[0] },
      { reason: 'Không phù hợp.' },
    );
    const reassign = { taskId: taskIds[0], agencyId: uuid(), dueDate: '2026-12-31' };
    expectFieldError(await act(c.officer, caseId, 'TASK_REASSIGN', reassign), 'body.data.agencyId');
    expectFieldError(
      await act(c.officer, caseId, 'TRANSFER', { toCommuneCode: '99999' }, { reason: 'x' }),
      'body.data.toCommuneCode',
    );
    expectConflict(
      await act(c.officer, caseId, 'TRANSFER', { toCommuneCode: '22333' }, { reason: 'x' }),
      'case.transferSameCommune',
    );
  });

  it('refuses a partner’s step on a task of its agency that is not in the right state', async () => {
    const { caseId } = await openCase(c.officer);
    const { taskIds } = await driveTo(t, c, caseId, 'in_progress');
    const police = await t.as('partnerPoliceA');
    const [a] = taskIds as [string];
    await actOk(police, caseId, 'TASK_DONE', { taskId: a }, { result: 'Xong.' });
    expectConflict(await act(police, caseId, 'TASK_ACCEPT', { taskId: a }), 'case.taskNotActionable');
    expectConflict(await act(police, caseId, 'TASK_ACCEPT', { taskId: uuid() }), 'case.taskNotActionable');
    expectConflict(await act(police, caseId, 'REVIEW', STEP.REVIEW().data, STEP.REVIEW().text));
  });
});

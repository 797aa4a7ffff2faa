import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { AmPlanDetail, AmPlanList } from '../../../shared/domain/ActionMonth';
import {
  addActivity,
  createPlan,
  errorOf,
  fieldPaths,
  issueBody,
  issuedPlan,
  issuePlan,
  planBody,
} from './plan.test-helpers';

let t: TestContext;
let national: TestClient;
let provinceA: TestClient;
let provinceB: TestClient;
let communeA: TestClient;
let nationalPlan: AmPlanDetail;
let provincePlanA: AmPlanDetail;
let provincePlanB: AmPlanDetail;
beforeAll(async () => {
  t = await createTestContext();
  [national, provinceA, provinceB, communeA] = await Promise.all([
    t.as('nationalOfficer'),
    t.as('provinceOfficerA'),
    t.as('provinceOfficerB'),
    t.as('communeOfficerA'),
  ]);
  nationalPlan = await issuedPlan(national, { issuingBody: 'Bộ Y tế', title: 'Kế hoạch của Bộ' });
  provincePlanA = await issuedPlan(provinceA, { parentPlanId: nationalPlan.id });
  provincePlanB = await issuedPlan(provinceB, { issuingBody: 'Ủy ban nhân dân thành phố Hà Nội' });
});
afterAll(async () => t.close());

describe('creating a plan', () => {
  it('makes a draft of the caller’s own unit, whatever the body says, audited', async () => {
    const plan = await createPlan(communeA, { parentPlanId: provincePlanA.id, level: 'province' });
    expect(plan).toMatchObject({
      level: 'commune',
      provinceCode: PLACES.provinceA,
      communeCode: PLACES.communeA,
      agencyId: null,
      unitName: 'Phường Bắc Nha Trang',
      status: 'draft',
      version: 1,
      canEdit: true,
      canAttachFile: true,
      activityCount: 0,
      activities: [],
      parentPlanId: provincePlanA.id,
      parentPlanTitle: provincePlanA.title,
      parentDocumentNumber: '1712/KH-UBND',
      file: null,
      hasFile: false,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['target_ids', 'unit_code', 'province_code'])
      .where('operation', '=', 'action_month.plan.create' as never)
      .where('actor_id', '=', communeA.userId)
      .execute();
    expect(audit).toEqual([
      {
        target_ids: [plan.id, provincePlanA.id],
        unit_code: PLACES.communeA,
        province_code: PLACES.provinceA,
      },
    ]);
  });

  it('answers a retried transactionId with the plan made the first time', async () => {
    const body = planBody({ title: 'Kế hoạch gửi hai lần' });
    const [first, second] = [
      await provinceA.post('/api/action-month/plans', body),
      await provinceA.post('/api/action-month/plans', body),
    ];
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json<AmPlanDetail>().id).toBe(first.json<AmPlanDetail>().id);
    const rows = await t.db
      .selectFrom('am_plans')
      .select('id')
      .where('transaction_id', '=', body.transactionId as string)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('makes one plan when the same transactionId arrives twice at once', async () => {
    const body = planBody({ title: 'Kế hoạch gửi đồng thời' });
    const answers = await Promise.all([
      provinceA.post('/api/action-month/plans', body),
      provinceA.post('/api/action-month/plans', body),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    expect(new Set(answers.map((a) => a.json<AmPlanDetail>().id)).size).toBe(1);
  });

  it('refuses a year without a theme, a period outside the year and malformed input with the field', async () => {
    const noTheme = await provinceA.post(
      '/api/action-month/plans',
      planBody({ year: 2040, periodStart: '2040-06-01', periodEnd: '2040-06-30' }),
    );
    expect(noTheme.statusCode).toBe(400);
    expect(fieldPaths(noTheme.body)).toEqual(['body.year']);
    const outside = await provinceA.post('/api/action-month/plans', planBody({ periodStart: '2024-12-01' }));
    expect(fieldPaths(outside.body)).toEqual(['body.periodStart']);
    const malformed = await provinceA.post(
      '/api/action-month/plans',
      planBody({ title: '', parentPlanId: 'x' }),
    );
    expect(malformed.statusCode).toBe(400);
    expect(fieldPaths(malformed.body).sort()).toEqual(['body.parentPlanId', 'body.title']);
    const noTx = await provinceA.post('/api/action-month/plans', { ...planBody(), transactionId: undefined });
    expect(fieldPaths(noTx.body)).toEqual(['body.transactionId']);
  });

  it('answers 403 to roles that do not make plans', async () => {
    for (const who of ['villageCollaboratorA', 'inspectorA', 'hotlineCounsellor', 'fundOfficerA'] as const) {
      const res = await (await t.as(who)).post('/api/action-month/plans', planBody());
      expect(res.statusCode, who).toBe(403);
    }
  });
});

describe('plan hierarchy', () => {
  it('links a commune plan to its province’s issued plan, and lists it under that plan', async () => {
    const communePlan = await createPlan(communeA, {
      parentPlanId: provincePlanA.id,
      title: 'Kế hoạch của phường',
    });
    const children = await provinceA.get(
      `/api/action-month/plans?year=2025&parentPlanId=${provincePlanA.id}`,
    );
    expect(children.json<AmPlanList>().items.map((p) => p.id)).toContain(communePlan.id);
    const underNational = await national.get(
      `/api/action-month/plans?year=2025&parentPlanId=${nationalPlan.id}`,
    );
    expect(underNational.json<AmPlanList>().items.map((p) => p.id)).toEqual([provincePlanA.id]);
  });

  it('refuses a parent of the wrong level, of another province, of another year, or not yet issued', async () => {
    const draftProvincePlan = await createPlan(provinceA, { title: 'Dự thảo' });
    const cases: [TestClient, string][] = [
      [communeA, nationalPlan.id], // a commune implements its province's plan, not the nation's
      [communeA, provincePlanB.id], // another province's plan (not even visible)
      [communeA, draftProvincePlan.id], // not issued
      [provinceA, provincePlanB.id], // a province implements the national plan
      [national, provincePlanA.id], // a national plan has no parent
      [communeA, crypto.randomUUID()],
    ];
    for (const [client, parentPlanId] of cases) {
      const res = await client.post('/api/action-month/plans', planBody({ parentPlanId }));
      expect(res.statusCode, parentPlanId).toBe(400);
      expect(fieldPaths(res.body)).toEqual(['body.parentPlanId']);
      expect(JSON.parse(res.body).error.fields[0].messageId).toBe('actionMonth.parentInvalid');
    }
    await national.put('/api/action-month/themes/2026', {
      theme: 'Chủ đề thử nghiệm 2026',
      periodStart: '2026-06-01',
      periodEnd: '2026-06-30',
      communeReportDue: '2026-07-19',
      provinceReportDue: '2026-07-31',
    });
    const otherYear = await communeA.post(
      '/api/action-month/plans',
      planBody({
        year: 2026,
        periodStart: '2026-06-01',
        periodEnd: '2026-06-30',
        parentPlanId: provincePlanA.id,
      }),
    );
    expect(fieldPaths(otherYear.body)).toEqual(['body.parentPlanId']);
  });
});

describe('editing and issuing', () => {
  it('edits a draft with the version read, then refuses a stale version with 409', async () => {
    const plan = await createPlan(provinceA, { title: 'Bản nháp' });
    const { transactionId: _tx, year: _year, ...fields } = planBody({ title: 'Bản nháp đã sửa' });
    const edited = await provinceA.put(`/api/action-month/plans/${plan.id}`, {
      ...fields,
      expectedVersion: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<AmPlanDetail>()).toMatchObject({ title: 'Bản nháp đã sửa', version: 2 });
    const stale = await provinceA.put(`/api/action-month/plans/${plan.id}`, {
      ...fields,
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body)).toMatchObject({ messageId: 'actionMonth.stale', currentVersion: 2 });
    const staleIssue = await provinceA.post(
      `/api/action-month/plans/${plan.id}/issue`,
      issueBody({ ...plan, version: 1 }),
    );
    expect(staleIssue.statusCode).toBe(409);
  });

  it('requires the number, date and signer to issue', async () => {
    const plan = await createPlan(provinceA);
    for (const missing of ['documentNumber', 'documentDate', 'signerName']) {
      const res = await provinceA.post(
        `/api/action-month/plans/${plan.id}/issue`,
        issueBody(plan, { [missing]: undefined }),
      );
      expect(res.statusCode, missing).toBe(400);
      expect(fieldPaths(res.body)).toEqual([`body.${missing}`]);
    }
    const blank = await provinceA.post(
      `/api/action-month/plans/${plan.id}/issue`,
      issueBody(plan, { documentNumber: '  ' }),
    );
    expect(fieldPaths(blank.body)).toEqual(['body.documentNumber']);
    const still = (await provinceA.get(`/api/action-month/plans/${plan.id}`)).json<AmPlanDetail>();
    expect(still.status).toBe('draft');
  });

  it('locks an issued plan: edits, activities and a second issue answer 409', async () => {
    const created = await createPlan(provinceA);
    await addActivity(provinceA, created.id);
    t.setNow(new Date('2025-05-20T03:00:00Z'));
    const plan = await issuePlan(provinceA, created.id, { documentNumber: '99/KH-UBND' });
    t.setNow(null);
    expect(plan).toMatchObject({
      status: 'issued',
      documentNumber: '99/KH-UBND',
      documentDate: '2025-05-20',
      signerName: 'Nguyễn Văn Mẫu',
      issuedAt: '2025-05-20T03:00:00.000Z',
      canEdit: false,
      // The issuing unit still attaches the signed copy after issuing.
      canAttachFile: true,
      version: 3,
    });
    const { transactionId: _tx, year: _year, ...fields } = planBody();
    const answers = await Promise.all([
      provinceA.put(`/api/action-month/plans/${plan.id}`, { ...fields, expectedVersion: plan.version }),
      provinceA.post(`/api/action-month/plans/${plan.id}/issue`, issueBody(plan)),
      provinceA.post(`/api/action-month/plans/${plan.id}/activities`, { type: 'other', title: 'Thêm' }),
      provinceA.put(`/api/action-month/plans/${plan.id}/activities/${plan.activities[0]!.id}`, {
        type: 'other',
        title: 'Sửa',
      }),
      provinceA.delete(`/api/action-month/plans/${plan.id}/activities/${plan.activities[0]!.id}`),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([409, 409, 409, 409, 409]);
    expect(answers.map((a) => errorOf(a.body).messageId)).toEqual(Array(5).fill('actionMonth.planIssued'));
    const audit = await t.db
      .selectFrom('audit_log')
      .select('counts')
      .where('operation', '=', 'action_month.plan.issue' as never)
      .where(sql<boolean>`${plan.id} = ANY(target_ids)`)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.counts).toEqual({ activities: 1 });
  });
});

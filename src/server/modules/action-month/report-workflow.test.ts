import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { AmReportDetail, AmReportList } from '../../../shared/domain/ActionMonth';
import {
  AM,
  COMMUNE_DUE,
  PROVINCE_DUE,
  YEAR,
  errorOf,
  figures,
  insertIssuedPlan,
  insertTheme,
  openReport,
  resultBody,
  saveReport,
  step,
  updateBody,
} from './report.test-helpers';

let t: TestContext;
let communeA: TestClient;
let communeB: TestClient;
let communeC: TestClient;
let chairmanA: TestClient;
let agency: TestClient;
let provinceA: TestClient;
let provinceB: TestClient;
let national: TestClient;
/** Activities of province A's issued plan: every commune, commune A only, the police, the province itself. */
let act: { allCommunes: string; communeA: string; police: string; province: string; draft: string };

beforeAll(async () => {
  t = await createTestContext();
  for (const year of [YEAR, YEAR + 1, YEAR + 2]) await insertTheme(t, year);
  [communeA, communeB, communeC, chairmanA, agency, provinceA, provinceB, national] = await Promise.all([
    t.as('communeOfficerA'),
    t.as('communeOfficerB'),
    t.as('communeOfficerC'),
    t.as('communeChairmanA'),
    t.as('partnerPoliceA'),
    t.as('provinceOfficerA'),
    t.as('provinceOfficerB'),
    t.as('nationalOfficer'),
  ]);
  const [allCommunes = '', onlyA = '', police = '', province = ''] = await insertIssuedPlan(
    t,
    { level: 'province', provinceCode: PLACES.provinceA },
    [
      { type: 'visits_gifts', title: 'Thăm, tặng quà trẻ em', allCommunes: true },
      { type: 'health_screening', title: 'Khám sàng lọc tim bẩm sinh', communeCode: PLACES.communeA },
      { type: 'communication', title: 'Tuyên truyền phòng chống xâm hại', agencyId: t.agencies.policeA },
      { type: 'launch_ceremony', title: 'Lễ phát động cấp tỉnh' },
    ],
  );
  const [draft = ''] = await insertIssuedPlan(
    t,
    { level: 'province', provinceCode: PLACES.provinceA, status: 'draft' },
    [{ type: 'training', title: 'Tập huấn (kế hoạch chưa ban hành)', allCommunes: true }],
  );
  await insertIssuedPlan(t, { level: 'province', provinceCode: PLACES.provinceB }, [
    { type: 'children_forum', title: 'Diễn đàn trẻ em Hà Nội', allCommunes: true },
  ]);
  act = { allCommunes, communeA: onlyA, police, province, draft };
});
afterAll(async () => t.close());

const auditOps = async (reportId: string) =>
  (
    await t.db
      .selectFrom('audit_log')
      .select('operation')
      .where((eb) => eb(eb.val(reportId), '=', eb.fn.any('target_ids')))
      .where('operation', 'like', 'action_month.%')
      .orderBy('id')
      .execute()
  ).map((r) => r.operation);

describe('opening a result report', () => {
  it('pre-fills one zero row per activity assigned to the unit in issued plans, due on the commune deadline', async () => {
    const report = await openReport(communeA);
    expect(report).toMatchObject({
      year: YEAR,
      level: 'commune',
      provinceCode: PLACES.provinceA,
      communeCode: PLACES.communeA,
      unitName: expect.stringContaining('Bắc Nha Trang'),
      status: 'draft',
      dueDate: COMMUNE_DUE,
      version: 1,
      submittedAt: null,
      submittedLate: false,
      rollup: null,
      canEdit: true,
      canReview: false,
    });
    expect(report.results.map((r) => [r.activityId, r.activityType, r.events])).toEqual([
      [act.allCommunes, 'visits_gifts', 0],
      [act.communeA, 'health_screening', 0],
    ]);
    expect(report.totals).toEqual(figures());
  });

  it('gives an agency its own activities, a province its own and the province deadline', async () => {
    const byAgency = await openReport(agency);
    expect(byAgency).toMatchObject({ level: 'agency', agencyId: t.agencies.policeA, dueDate: COMMUNE_DUE });
    expect(byAgency.results.map((r) => r.activityId)).toEqual([act.police]);
    const byProvince = await openReport(provinceA);
    expect(byProvince).toMatchObject({ level: 'province', dueDate: PROVINCE_DUE, communeCode: null });
    expect(byProvince.results.map((r) => r.activityId)).toEqual([act.province]);
    expect(byProvince.rollup).toEqual({ byType: [], total: figures(), reportCount: 0 });
    const otherProvince = await openReport(communeC);
    expect(otherProvince.results.map((r) => r.title)).toEqual(['Diễn đàn trẻ em Hà Nội']);
  });

  it('answers the open report on a second call (same unit, another user too) and audits the opening once', async () => {
    const first = await openReport(communeA);
    const again = await openReport(chairmanA);
    expect(again.id).toBe(first.id);
    expect(await auditOps(first.id)).toEqual(['action_month.report.open']);
  });

  it('refuses a year without a theme (no deadline) and the nation, which sends no report', async () => {
    const noTheme = await communeA.post(`${AM}/reports`, { year: 2040 });
    expect(noTheme.statusCode).toBe(409);
    expect(errorOf(noTheme.body).messageId).toBe('amReport.noTheme');
    const nation = await national.post(`${AM}/reports`, { year: YEAR });
    expect(nation.statusCode).toBe(403);
  });
});

describe('deadline', () => {
  it('flags a report sent after the due date (Vietnam time) as late, without refusing it', async () => {
    // 23:30 on the due date in Viet Nam (16:30 UTC): on time.
    t.setNow(new Date(`${COMMUNE_DUE}T16:30:00Z`));
    const onTime = await step(
      communeA,
      await saveReport(communeA, await openReport(communeA), [resultBody()]),
      'submit',
    );
    expect(onTime).toMatchObject({ status: 'submitted', submittedLate: false, overdue: false });
    // 00:30 the next day in Viet Nam (17:30 UTC on the due date): late.
    t.setNow(new Date(`${COMMUNE_DUE}T17:30:00Z`));
    const late = await step(communeB, await openReport(communeB), 'submit');
    expect(late).toMatchObject({ status: 'submitted', submittedLate: true, overdue: false });
    t.setNow(null);
  });

  it('marks a draft overdue once the due date has passed, and no longer once it is sent', async () => {
    t.setNow(new Date('2030-07-10T03:00:00Z'));
    const draft = await openReport(agency);
    expect(draft.overdue).toBe(false);
    t.setNow(new Date('2030-07-25T03:00:00Z'));
    const list = (await agency.get(`${AM}/reports?year=${YEAR}`)).json<AmReportList>();
    expect(list.items.map((r) => [r.id, r.overdue])).toEqual([[draft.id, true]]);
    const sent = await step(agency, draft, 'submit');
    expect(sent).toMatchObject({ overdue: false, submittedLate: true });
    t.setNow(null);
  });
});

describe('return for correction and acceptance', () => {
  const year = YEAR + 1;
  let report: AmReportDetail;

  it('lets only the province above return a submitted report, and only with a reason', async () => {
    const opened = await openReport(communeA, year);
    report = await step(communeA, await saveReport(communeA, opened, [resultBody({ events: 2 })]), 'submit');
    // The commune cannot review its own report (no action_month.review).
    expect(
      (await communeA.post(`${AM}/reports/${report.id}/accept`, { expectedVersion: report.version }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await communeA.post(`${AM}/reports/${report.id}/return`, {
          expectedVersion: report.version,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    // The nation reviews provinces, not communes.
    const byNation = await national.post(`${AM}/reports/${report.id}/accept`, {
      expectedVersion: report.version,
    });
    expect(byNation.statusCode).toBe(403);
    expect(errorOf(byNation.body).messageId).toBe('amReport.notReviewer');
    for (const body of [
      { expectedVersion: report.version },
      { expectedVersion: report.version, reason: '   ' },
    ]) {
      const res = await provinceA.post(`${AM}/reports/${report.id}/return`, body);
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body).fields?.map((f) => f.path)).toEqual(['body.reason']);
    }
    const seenByProvince = (await provinceA.get(`${AM}/reports/${report.id}`)).json<AmReportDetail>();
    expect(seenByProvince).toMatchObject({ canReview: true, canEdit: false });
    report = await step(provinceA, report, 'return', { reason: 'Thiếu số trẻ em được tặng quà.' });
    expect(report).toMatchObject({
      status: 'returned',
      returnReason: 'Thiếu số trẻ em được tặng quà.',
      canReview: false,
    });
  });

  it('makes a returned report editable and resubmittable by its commune', async () => {
    const mine = (await communeA.get(`${AM}/reports/${report.id}`)).json<AmReportDetail>();
    expect(mine).toMatchObject({ status: 'returned', canEdit: true });
    const fixed = await saveReport(communeA, mine, [resultBody({ events: 2, childrenGifted: 35 })]);
    expect(fixed.totals.childrenGifted).toBe(35);
    report = await step(communeA, fixed, 'submit');
    expect(report.status).toBe('submitted');
  });

  it('accepts and locks the report for good: any later edit, submit, return or accept is a conflict', async () => {
    report = await step(provinceA, report, 'accept');
    expect(report).toMatchObject({
      status: 'accepted',
      acceptedAt: expect.any(String),
      canEdit: false,
      canReview: false,
    });
    const attempts = [
      communeA.put(`${AM}/reports/${report.id}`, updateBody(report, [resultBody()])),
      communeA.post(`${AM}/reports/${report.id}/submit`, { expectedVersion: report.version }),
      provinceA.post(`${AM}/reports/${report.id}/return`, {
        expectedVersion: report.version,
        reason: 'Sửa lại',
      }),
      provinceA.post(`${AM}/reports/${report.id}/accept`, { expectedVersion: report.version }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res.body).messageId).toBe('amReport.locked');
    }
    const stored = (await communeA.get(`${AM}/reports/${report.id}`)).json<AmReportDetail>();
    expect(stored.totals.childrenGifted).toBe(35);
    expect(await auditOps(report.id)).toEqual([
      'action_month.report.open',
      'action_month.report.update',
      'action_month.report.submit',
      'action_month.report.return',
      'action_month.report.update',
      'action_month.report.submit',
      'action_month.report.accept',
    ]);
  });

  it('answers an illegal step or a stale version with 409', async () => {
    const draft = await openReport(communeB, year);
    const acceptDraft = await provinceA.post(`${AM}/reports/${draft.id}/accept`, {
      expectedVersion: draft.version,
    });
    expect(acceptDraft.statusCode).toBe(409);
    expect(errorOf(acceptDraft.body).messageId).toBe('amReport.illegalStep');
    const sent = await step(communeB, draft, 'submit');
    const again = await communeB.post(`${AM}/reports/${sent.id}/submit`, { expectedVersion: sent.version });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again.body).messageId).toBe('amReport.illegalStep');
    const editSent = await communeB.put(`${AM}/reports/${sent.id}`, updateBody(sent, []));
    expect(errorOf(editSent.body).messageId).toBe('amReport.illegalStep');
    const stale = await provinceA.post(`${AM}/reports/${sent.id}/accept`, { expectedVersion: draft.version });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body)).toMatchObject({
      messageId: 'amReport.staleVersion',
      currentVersion: sent.version,
    });
  });

  it('sends a province report to the nation, which alone reviews it', async () => {
    const own = await step(provinceA, await openReport(provinceA, year), 'submit');
    const self = await provinceA.post(`${AM}/reports/${own.id}/accept`, { expectedVersion: own.version });
    expect(self.statusCode).toBe(403);
    expect(errorOf(self.body).messageId).toBe('amReport.notReviewer');
    const otherProvince = await provinceB.post(`${AM}/reports/${own.id}/accept`, {
      expectedVersion: own.version,
    });
    expect(otherProvince.statusCode).toBe(404);
    expect((await step(national, own, 'accept')).status).toBe('accepted');
  });
});

describe('result rows', () => {
  const year = YEAR + 2;
  let assigned: string;
  beforeAll(async () => {
    [assigned = ''] = await insertIssuedPlan(t, { level: 'province', provinceCode: PLACES.provinceA, year }, [
      { type: 'fund_drive', title: 'Vận động quỹ Bảo trợ trẻ em', allCommunes: true },
    ]);
  });

  it('keeps the rows in the order typed, with the plan activity type of plan rows', async () => {
    const opened = await openReport(communeA, year);
    expect(opened.results.map((r) => r.activityId)).toEqual([assigned]);
    const saved = await saveReport(communeA, opened, [
      resultBody({ title: 'Ba', activityType: 'other' }),
      resultBody({ title: 'Một', activityType: 'training', trainings: 2, trainees: 60 }),
      resultBody({ title: 'Hai', activityId: assigned, activityType: 'other', cashMobilised: 15_000_000 }),
    ]);
    expect(saved.results.map((r) => [r.title, r.activityType])).toEqual([
      ['Ba', 'other'],
      ['Một', 'training'],
      ['Hai', 'fund_drive'],
    ]);
    expect(saved.totals).toEqual(figures({ trainings: 2, trainees: 60, cashMobilised: 15_000_000 }));
    expect(saved.version).toBe(opened.version + 1);
  });

  it('refuses an activity not assigned to the unit this year (draft plan, agency, province, other year) or given twice', async () => {
    const draft = (await communeA.get(`${AM}/reports?year=${year}`)).json<AmReportList>().items[0]!;
    for (const activityId of [act.draft, act.police, act.province, act.allCommunes]) {
      const res = await chairmanA.put(
        `${AM}/reports/${draft.id}`,
        updateBody(draft, [resultBody({ activityId, activityType: 'communication' })]),
      );
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body).fields).toEqual([
        expect.objectContaining({
          path: 'body.results.0.activityId',
          messageId: 'amReport.activityNotAssigned',
        }),
      ]);
    }
    const twice = await chairmanA.put(
      `${AM}/reports/${draft.id}`,
      updateBody(draft, [resultBody({ activityId: assigned }), resultBody({ activityId: assigned })]),
    );
    expect(errorOf(twice.body).fields).toEqual([
      expect.objectContaining({ path: 'body.results.1.activityId', messageId: 'amReport.activityRepeated' }),
    ]);
    // The commune chairman edits the commune's report like its officer.
    const byChairman = await chairmanA.put(`${AM}/reports/${draft.id}`, updateBody(draft, []));
    expect(byChairman.statusCode, byChairman.body).toBe(200);
  });
});

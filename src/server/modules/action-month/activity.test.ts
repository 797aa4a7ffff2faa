import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { AmAssignmentList, AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { assignedActivities } from './assignment.service';
import { activityBody, addActivity, createPlan, errorOf, fieldPaths, issuedPlan } from './plan.test-helpers';

let t: TestContext;
let national: TestClient;
let provinceA: TestClient;
let provinceB: TestClient;
let communeA: TestClient;
let communeB: TestClient;
let communeC: TestClient;
let police: TestClient;
let agencyB: string;
let retiredAgencyA: string;
beforeAll(async () => {
  t = await createTestContext();
  [national, provinceA, provinceB, communeA, communeB, communeC, police] = await Promise.all([
    t.as('nationalOfficer'),
    t.as('provinceOfficerA'),
    t.as('provinceOfficerB'),
    t.as('communeOfficerA'),
    t.as('communeOfficerB'),
    t.as('communeOfficerC'),
    t.as('partnerPoliceA'),
  ]);
  const add = (name: string, unit: string, province: string, active: boolean) =>
    t.db
      .insertInto('agencies')
      .values({ kind: 'school', name, unit_code: unit, province_code: province, is_active: active })
      .returning('id')
      .executeTakeFirstOrThrow();
  agencyB = (await add('Trường Tiểu học (thử) Ba Đình', PLACES.communeC, PLACES.provinceB, true)).id;
  retiredAgencyA = (await add('Trường đã giải thể (thử)', PLACES.communeA, PLACES.provinceA, false)).id;
});
afterAll(async () => t.close());

const path = (plan: { id: string }, activityId?: string) =>
  `/api/action-month/plans/${plan.id}/activities${activityId ? `/${activityId}` : ''}`;

describe('activities of a draft plan', () => {
  it('adds activities in order with their assignees’ names, edits and deletes them keeping seq dense', async () => {
    const plan = await createPlan(provinceA);
    await addActivity(provinceA, plan.id, { title: 'Một', assigneeAgencyId: t.agencies.policeA });
    await addActivity(provinceA, plan.id, {
      title: 'Hai',
      type: 'launch_ceremony',
      assigneeCommuneCode: PLACES.communeB,
    });
    await addActivity(provinceA, plan.id, { title: 'Ba', assignAllCommunes: true });
    const full = await addActivity(provinceA, plan.id, { title: 'Bốn', budgetState: 0, budgetMobilised: 0 });
    expect(full.activities.map((a) => [a.seq, a.title])).toEqual([
      [1, 'Một'],
      [2, 'Hai'],
      [3, 'Ba'],
      [4, 'Bốn'],
    ]);
    expect(full.activities[0]).toMatchObject({
      type: 'visits_gifts',
      assigneeAgencyId: t.agencies.policeA,
      assigneeAgencyName: 'Công an phường Bắc Nha Trang',
      budgetState: 20_000_000,
      budgetMobilised: 35_500_000,
      startDate: '2025-06-01',
      endDate: '2025-06-15',
    });
    expect(full.activities[1]).toMatchObject({
      assigneeCommuneCode: PLACES.communeB,
      assigneeCommuneName: 'Phường Nha Trang',
    });
    expect(full.activities[2]).toMatchObject({ assignAllCommunes: true, assigneeCommuneCode: null });
    expect(full).toMatchObject({ activityCount: 4, version: 5 });

    const second = full.activities[1]!;
    const edited = await provinceA.put(
      path(plan, second.id),
      activityBody({ title: 'Hai (sửa)', type: 'communication' }),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<AmPlanDetail>().activities[1]).toMatchObject({
      seq: 2,
      title: 'Hai (sửa)',
      type: 'communication',
      assigneeCommuneCode: null,
    });

    const deleted = await provinceA.delete(path(plan, second.id));
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<AmPlanDetail>().activities.map((a) => [a.seq, a.title])).toEqual([
      [1, 'Một'],
      [2, 'Ba'],
      [3, 'Bốn'],
    ]);
    const first = full.activities[0]!;
    await provinceA.delete(path(plan, first.id));
    const after = await addActivity(provinceA, plan.id, { title: 'Năm' });
    expect(after.activities.map((a) => [a.seq, a.title])).toEqual([
      [1, 'Ba'],
      [2, 'Bốn'],
      [3, 'Năm'],
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('operation')
      .where('operation', 'in', [
        'action_month.activity.create',
        'action_month.activity.update',
        'action_month.activity.delete',
      ] as never[])
      .where('actor_id', '=', provinceA.userId)
      .execute();
    expect(audit).toHaveLength(8);
  });

  it('numbers activities added at the same moment one after the other', async () => {
    const plan = await createPlan(provinceA);
    const answers = await Promise.all(
      ['A', 'B', 'C', 'D'].map((title) => provinceA.post(path(plan), activityBody({ title }))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    const detail = (await provinceA.get(`/api/action-month/plans/${plan.id}`)).json<AmPlanDetail>();
    expect(detail.activities.map((a) => a.seq)).toEqual([1, 2, 3, 4]);
    expect(detail.activities.map((a) => a.title).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses assignees outside the plan’s province, a retired agency, and illegal combinations with the field', async () => {
    const plan = await createPlan(provinceA);
    const refused: [Record<string, unknown>, string, string][] = [
      [{ assigneeAgencyId: agencyB }, 'body.assigneeAgencyId', 'actionMonth.agencyNotAssignable'],
      [{ assigneeAgencyId: retiredAgencyA }, 'body.assigneeAgencyId', 'actionMonth.agencyNotAssignable'],
      [
        { assigneeAgencyId: '00000000-0000-4000-8000-000000000000' },
        'body.assigneeAgencyId',
        'actionMonth.agencyNotAssignable',
      ],
      [
        { assigneeCommuneCode: PLACES.communeC },
        'body.assigneeCommuneCode',
        'actionMonth.communeNotAssignable',
      ],
      [{ assigneeCommuneCode: '99999' }, 'body.assigneeCommuneCode', 'actionMonth.communeNotAssignable'],
      [
        { assigneeCommuneCode: PLACES.communeB, assignAllCommunes: true },
        'body.assigneeCommuneCode',
        'actionMonth.assignOneOrAll',
      ],
      [{ assigneeCommuneCode: '123' }, 'body.assigneeCommuneCode', 'field.invalidFormat'],
      [{ type: 'picnic' }, 'body.type', 'field.invalidOption'],
      [{ budgetState: -1 }, 'body.budgetState', 'field.tooSmall'],
      [{ startDate: '2025-06-10', endDate: '2025-06-01' }, 'body.endDate', 'field.endBeforeStart'],
    ];
    for (const [overrides, field, messageId] of refused) {
      const res = await provinceA.post(path(plan), activityBody(overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      const fields = JSON.parse(res.body).error.fields as { path: string; messageId: string }[];
      expect(
        fields.map((f) => [f.path, f.messageId]),
        JSON.stringify(overrides),
      ).toContainEqual([field, messageId]);
    }
    const communePlan = await createPlan(communeA);
    const neighbour = await communeA.post(
      path(communePlan),
      activityBody({ assigneeCommuneCode: PLACES.communeB }),
    );
    expect(fieldPaths(neighbour.body)).toEqual(['body.assigneeCommuneCode']);
    const all = await communeA.post(path(communePlan), activityBody({ assignAllCommunes: true }));
    expect(errorOf(all.body).code).toBe('VALIDATION');
    expect(fieldPaths(all.body)).toEqual(['body.assignAllCommunes']);
    await addActivity(communeA, communePlan.id, {
      assigneeCommuneCode: PLACES.communeA,
      assigneeAgencyId: t.agencies.policeA,
    });
    const nationalPlan = await createPlan(national);
    await addActivity(national, nationalPlan.id, { assigneeAgencyId: agencyB });
    const nationalCommune = await national.post(
      path(nationalPlan),
      activityBody({ assigneeCommuneCode: PLACES.communeA }),
    );
    expect(fieldPaths(nationalCommune.body)).toEqual(['body.assigneeCommuneCode']);
    expect(
      (await provinceA.get(`/api/action-month/plans/${plan.id}`)).json<AmPlanDetail>().activityCount,
    ).toBe(0);
  });

  it('answers 404 for an activity of another plan or a plan out of reach, 403 to a unit that does not own the plan', async () => {
    const plan = await createPlan(provinceA);
    const other = await addActivity(provinceA, (await createPlan(provinceA)).id);
    const foreign = other.activities[0]!.id;
    expect((await provinceA.put(path(plan, foreign), activityBody())).statusCode).toBe(404);
    expect((await provinceA.delete(path(plan, foreign))).statusCode).toBe(404);
    expect((await provinceB.post(path(plan), activityBody())).statusCode).toBe(404);
    expect((await communeA.post(path(plan), activityBody())).statusCode).toBe(403);
    expect((await communeA.delete(path(other, foreign))).statusCode).toBe(403);
    expect(
      (await provinceA.get(`/api/action-month/plans/${other.id}`)).json<AmPlanDetail>().activityCount,
    ).toBe(1);
  });
});

describe('assignments', () => {
  let provincePlan: AmPlanDetail;
  beforeAll(async () => {
    provincePlan = await issuedPlan(provinceA, { title: 'Kế hoạch tỉnh A' }, [
      { title: 'Cho phường Bắc Nha Trang', assigneeCommuneCode: PLACES.communeA },
      { title: 'Cho mọi xã', type: 'communication', assignAllCommunes: true },
      { title: 'Cho công an', type: 'inspection', assigneeAgencyId: t.agencies.policeA },
      { title: 'Cho phường Nha Trang', assigneeCommuneCode: PLACES.communeB },
    ]);
    await issuedPlan(provinceB, { title: 'Kế hoạch tỉnh B' }, [
      { title: 'Mọi xã của Hà Nội', assignAllCommunes: true },
      { title: 'Trường ở Hà Nội', assigneeAgencyId: agencyB },
    ]);
    const draft = await createPlan(provinceA, { title: 'Chưa ban hành' });
    await addActivity(provinceA, draft.id, { title: 'Nháp cho mọi xã', assignAllCommunes: true });
  });

  const titles = async (client: TestClient, year = 2025) => {
    const res = await client.get(`/api/action-month/assignments?year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<AmAssignmentList>().items.map((i) => i.activity.title);
  };

  it('gives a commune its own and the all-communes activities of issued plans of its province only', async () => {
    expect(await titles(communeA)).toEqual(['Cho phường Bắc Nha Trang', 'Cho mọi xã']);
    expect(await titles(communeB)).toEqual(['Cho mọi xã', 'Cho phường Nha Trang']);
    expect(await titles(communeC)).toEqual(['Mọi xã của Hà Nội']);
    expect(await titles(communeA, 2024)).toEqual([]);
    const [first] = (await communeA.get('/api/action-month/assignments?year=2025')).json<AmAssignmentList>()
      .items;
    expect(first).toMatchObject({
      planId: provincePlan.id,
      planTitle: 'Kế hoạch tỉnh A',
      planDocumentNumber: '1712/KH-UBND',
      planIssuingBody: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      activity: { seq: 1, assigneeCommuneName: 'Phường Bắc Nha Trang' },
    });
  });

  it('gives an agency what is assigned to it, and nothing to a province', async () => {
    expect(await titles(police)).toEqual(['Cho công an']);
    expect(await titles(provinceA)).toEqual([]);
    const unit = {
      level: 'agency',
      provinceCode: PLACES.provinceB,
      communeCode: null,
      agencyId: agencyB,
    } as const;
    expect((await assignedActivities(t.db, unit, 2025)).map((a) => a.activity.title)).toEqual([
      'Trường ở Hà Nội',
    ]);
  });

  it('answers 403 without the report permission and 400 without a year', async () => {
    expect((await national.get('/api/action-month/assignments?year=2025')).statusCode).toBe(403);
    expect((await (await t.as('inspectorA')).get('/api/action-month/assignments?year=2025')).statusCode).toBe(
      403,
    );
    const noYear = await communeA.get('/api/action-month/assignments');
    expect(noYear.statusCode).toBe(400);
    expect(fieldPaths(noYear.body)).toEqual(['querystring.year']);
  });
});

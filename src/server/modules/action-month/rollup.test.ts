import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { AmReportDetail, AmRollup, AmYearComparison } from '../../../shared/domain/ActionMonth';
import {
  AM,
  PROVINCE_DUE,
  YEAR,
  COMMUNE_DUE,
  addAll,
  allFigures,
  communeOfficerOf,
  errorOf,
  figures,
  insertTheme,
  openReport,
  otherCommuneOf,
  resultBody,
  saveReport,
  step,
  submittedReport,
} from './report.test-helpers';

let t: TestContext;
let communeA: TestClient;
let communeB: TestClient;
let communeX: TestClient;
let agency: TestClient;
let provinceA: TestClient;
let provinceB: TestClient;
let national: TestClient;
let communeCount: number;
/** Commune reports of province A: A and X accepted, B submitted and not accepted. */
let a: AmReportDetail;
let b: AmReportDetail;
let x: AmReportDetail;

beforeAll(async () => {
  t = await createTestContext();
  await insertTheme(t, YEAR - 1);
  await insertTheme(t);
  const xCode = await otherCommuneOf(t, PLACES.provinceA, [PLACES.communeA, PLACES.communeB]);
  [communeA, communeB, communeX, agency, provinceA, provinceB, national] = await Promise.all([
    t.as('communeOfficerA'),
    t.as('communeOfficerB'),
    communeOfficerOf(t, xCode, PLACES.provinceA),
    t.as('partnerPoliceA'),
    t.as('provinceOfficerA'),
    t.as('provinceOfficerB'),
    t.as('nationalOfficer'),
  ]);
  const counted = await t.db
    .selectFrom('admin_units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('era', '=', '2025')
    .where('level', '=', 'commune')
    .where('province_code', '=', PLACES.provinceA)
    .executeTakeFirstOrThrow();
  communeCount = Number(counted.n);
  t.setNow(new Date('2030-07-10T03:00:00Z'));
  a = await step(provinceA, await submittedReport(communeA, allFigures(1), 'visits_gifts'), 'accept');
  b = await submittedReport(communeB, allFigures(10), 'visits_gifts');
  x = await step(provinceA, await submittedReport(communeX, allFigures(100), 'health_screening'), 'accept');
});
afterAll(async () => {
  t.setNow(null);
  await t.close();
});

async function rollupAs(client: TestClient, query = ''): Promise<AmRollup> {
  const res = await client.get(`${AM}/rollup?year=${YEAR}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('province roll-up', () => {
  it('equals the sum of the accepted commune reports exactly (a submitted, unaccepted one is left out)', async () => {
    const rollup = await rollupAs(provinceA);
    expect(rollup).toMatchObject({ year: YEAR, scope: 'province', provinceCode: PLACES.provinceA });
    expect(rollup.totals).toEqual({
      byType: [
        { type: 'visits_gifts', figures: allFigures(1) },
        { type: 'health_screening', figures: allFigures(100) },
      ],
      total: allFigures(101),
      reportCount: 2,
    });
    expect([a.status, b.status, x.status]).toEqual(['accepted', 'submitted', 'accepted']);
    const unit = (code: string) => rollup.units.find((u) => u.unitCode === code);
    expect(unit(PLACES.communeA)).toMatchObject({
      level: 'commune',
      status: 'accepted',
      total: allFigures(1),
    });
    expect(unit(PLACES.communeB)).toMatchObject({ status: 'submitted', total: figures() });
    expect(unit(x.communeCode ?? '')).toMatchObject({ status: 'accepted', total: allFigures(100) });
  });

  it('counts completeness over every commune of the province and the agencies that report', async () => {
    const before = await rollupAs(provinceA);
    expect(before.units).toHaveLength(communeCount);
    expect(before.completeness).toEqual({
      expected: communeCount,
      accepted: 2,
      submitted: 3,
      missing: communeCount - 3,
      overdue: 0,
    });
    await openReport(agency);
    t.setNow(new Date(`${COMMUNE_DUE}T18:00:00Z`)); // the 20th in Viet Nam: past the commune deadline
    const after = await rollupAs(provinceA);
    expect(after.units[0]).toMatchObject({ level: 'agency', status: 'draft', overdue: true });
    expect(after.completeness).toEqual({
      expected: communeCount + 1,
      accepted: 2,
      submitted: 3,
      missing: communeCount - 3,
      // Every missing commune and the agency's unsent draft.
      overdue: communeCount - 3 + 1,
    });
    t.setNow(new Date('2030-07-10T03:00:00Z'));
  });

  it('adds the province’s own result rows to its live totals', async () => {
    const own = await saveReport(provinceA, await openReport(provinceA), [
      resultBody({ activityType: 'launch_ceremony', ...figures({ events: 1000 }) }),
    ]);
    expect(own.rollup?.total).toEqual(allFigures(101));
    expect(own.totals).toEqual(addAll(allFigures(101), figures({ events: 1000 })));
    const live = await rollupAs(provinceA);
    expect(live.totals.total).toEqual(addAll(allFigures(101), figures({ events: 1000 })));
    expect(live.totals.reportCount).toBe(2);
  });

  it('is refused to a commune (403) and to another province (404)', async () => {
    const byCommune = await communeA.get(`${AM}/rollup?year=${YEAR}`);
    expect(byCommune.statusCode).toBe(403);
    expect(errorOf(byCommune.body).messageId).toBe('amReport.noRollup');
    expect(
      (await provinceB.get(`${AM}/rollup?year=${YEAR}&provinceCode=${PLACES.provinceA}`)).statusCode,
    ).toBe(404);
    const malformed = await provinceA.get(`${AM}/rollup?year=${YEAR}&provinceCode=5`);
    expect(errorOf(malformed.body).fields?.map((f) => f.path)).toEqual(['querystring.provinceCode']);
  });
});

describe('national roll-up', () => {
  it('sums the accepted province reports: each its frozen roll-up plus its own rows', async () => {
    const pa = (await provinceA.post(`${AM}/reports`, { year: YEAR })).json<AmReportDetail>();
    const sent = await step(provinceA, pa, 'submit');
    expect(sent.rollup).toEqual({
      byType: [
        { type: 'visits_gifts', figures: allFigures(1) },
        { type: 'health_screening', figures: allFigures(100) },
      ],
      total: allFigures(101),
      reportCount: 2,
    });
    // Accepting commune B after the province sent its report does not change what the ministry receives.
    await step(provinceA, b, 'accept');
    expect((await rollupAs(provinceA)).totals.reportCount).toBe(3);
    const frozen = (await provinceA.get(`${AM}/reports/${pa.id}`)).json<AmReportDetail>();
    expect(frozen.rollup?.total).toEqual(allFigures(101));

    const pending = await rollupAs(national);
    expect(pending.totals).toEqual({ byType: [], total: figures(), reportCount: 0 });
    await step(national, frozen, 'accept');
    // Province B's report is submitted but not accepted: left out.
    await submittedReport(provinceB, allFigures(7), 'other');

    const rollup = await rollupAs(national);
    expect(rollup).toMatchObject({ scope: 'national', provinceCode: null });
    expect(rollup.totals).toEqual({
      byType: [
        { type: 'launch_ceremony', figures: figures({ events: 1000 }) },
        { type: 'visits_gifts', figures: allFigures(1) },
        { type: 'health_screening', figures: allFigures(100) },
      ],
      total: addAll(allFigures(101), figures({ events: 1000 })),
      reportCount: 1,
    });
    expect(rollup.units).toHaveLength(34);
    const unit = (code: string) => rollup.units.find((u) => u.unitCode === code);
    expect(unit(PLACES.provinceA)).toMatchObject({
      level: 'province',
      status: 'accepted',
      total: rollup.totals.total,
    });
    expect(unit(PLACES.provinceB)).toMatchObject({ status: 'submitted', total: figures() });
    expect(rollup.completeness).toEqual({ expected: 34, accepted: 1, submitted: 2, missing: 32, overdue: 0 });
    t.setNow(new Date(`${PROVINCE_DUE}T18:00:00Z`));
    expect((await rollupAs(national)).completeness.overdue).toBe(32);
    t.setNow(new Date('2030-07-10T03:00:00Z'));
  });

  it('lets the nation look into one province (the live province roll-up)', async () => {
    const one = await rollupAs(national, `&provinceCode=${PLACES.provinceA}`);
    expect(one).toMatchObject({ scope: 'province', provinceCode: PLACES.provinceA });
    expect(one.totals.reportCount).toBe(3);
  });
});

describe('comparison with earlier years', () => {
  it('gives the same totals year by year, zeros where nothing was accepted', async () => {
    const res = await national.get(`${AM}/rollup/years?from=${YEAR - 2}&to=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<AmYearComparison>();
    const nationalNow = await rollupAs(national);
    expect(body).toEqual({
      provinceCode: null,
      years: [
        { year: YEAR - 2, total: figures(), reportCount: 0 },
        { year: YEAR - 1, total: figures(), reportCount: 0 },
        { year: YEAR, total: nationalNow.totals.total, reportCount: 1 },
      ],
    });
    const province = (
      await provinceA.get(`${AM}/rollup/years?from=${YEAR - 1}&to=${YEAR}`)
    ).json<AmYearComparison>();
    expect(province.provinceCode).toBe(PLACES.provinceA);
    expect(province.years[1]).toEqual({
      year: YEAR,
      total: (await rollupAs(provinceA)).totals.total,
      reportCount: 3,
    });
  });

  it('refuses a reversed or too long range with the field', async () => {
    for (const q of [`from=${YEAR}&to=${YEAR - 1}`, 'from=2000&to=2040']) {
      const res = await national.get(`${AM}/rollup/years?${q}`);
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body).fields).toEqual([
        expect.objectContaining({ path: 'querystring.to', messageId: 'amReport.yearRange' }),
      ]);
    }
  });
});

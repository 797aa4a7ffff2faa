import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { AmReportDetail, AmReportList } from '../../../shared/domain/ActionMonth';
import { createChildAs } from '../children/children.test-helpers';
import {
  AM,
  YEAR,
  errorOf,
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
let agency: TestClient;
let provinceA: TestClient;
let provinceB: TestClient;
let national: TestClient;
let inspectorA: TestClient;
/** Commune A's, commune B's, the agency's and province A's and B's reports of the year. */
let reports: {
  a: AmReportDetail;
  b: AmReportDetail;
  agency: AmReportDetail;
  pa: AmReportDetail;
  pb: AmReportDetail;
};

beforeAll(async () => {
  t = await createTestContext();
  await insertTheme(t);
  [communeA, communeB, communeC, agency, provinceA, provinceB, national, inspectorA] = await Promise.all([
    t.as('communeOfficerA'),
    t.as('communeOfficerB'),
    t.as('communeOfficerC'),
    t.as('partnerPoliceA'),
    t.as('provinceOfficerA'),
    t.as('provinceOfficerB'),
    t.as('nationalOfficer'),
    t.as('inspectorA'),
  ]);
  reports = {
    a: await openReport(communeA),
    b: await openReport(communeB),
    agency: await openReport(agency),
    pa: await openReport(provinceA),
    pb: await openReport(provinceB),
  };
});
afterAll(async () => t.close());

const ids = (list: AmReportList) => list.items.map((r) => r.id).sort();
async function listAs(client: TestClient, query = ''): Promise<AmReportList> {
  const res = await client.get(`${AM}/reports?year=${YEAR}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('jurisdiction', () => {
  it('answers 404 on a report outside the caller’s reach, for reading and for every step', async () => {
    const a = reports.a;
    const calls: [TestClient, Promise<{ statusCode: number }>][] = [
      [communeB, communeB.get(`${AM}/reports/${a.id}`)],
      [communeB, communeB.put(`${AM}/reports/${a.id}`, updateBody(a, []))],
      [communeB, communeB.post(`${AM}/reports/${a.id}/submit`, { expectedVersion: a.version })],
      [communeC, communeC.get(`${AM}/reports/${a.id}`)],
      [provinceB, provinceB.get(`${AM}/reports/${a.id}`)],
      [provinceB, provinceB.post(`${AM}/reports/${a.id}/return`, { expectedVersion: 1, reason: 'Sai' })],
      [agency, agency.get(`${AM}/reports/${a.id}`)],
      [communeA, communeA.get(`${AM}/reports/${reports.agency.id}`)],
      [communeA, communeA.get(`${AM}/reports/${crypto.randomUUID()}`)],
    ];
    for (const [, call] of calls) expect((await call).statusCode).toBe(404);
  });

  it('lets the province, the nation and an inspector of the province read a commune report, never edit it', async () => {
    for (const reader of [provinceA, national, inspectorA]) {
      const res = await reader.get(`${AM}/reports/${reports.a.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json<AmReportDetail>()).toMatchObject({
        id: reports.a.id,
        canEdit: false,
        canReview: false,
      });
    }
    const byProvince = await provinceA.put(`${AM}/reports/${reports.a.id}`, updateBody(reports.a, []));
    expect(byProvince.statusCode).toBe(403);
    expect(errorOf(byProvince.body).messageId).toBe('amReport.notOwner');
    // The national officer and the inspector have no action_month.report at all.
    expect((await national.put(`${AM}/reports/${reports.a.id}`, updateBody(reports.a, []))).statusCode).toBe(
      403,
    );
    expect(
      (await inspectorA.put(`${AM}/reports/${reports.a.id}`, updateBody(reports.a, []))).statusCode,
    ).toBe(403);
    const submitByProvince = await provinceA.post(`${AM}/reports/${reports.a.id}/submit`, {
      expectedVersion: 1,
    });
    expect(submitByProvince.statusCode).toBe(403);
  });

  it('lists a unit its own report, a province its reports and those below, the nation the province reports', async () => {
    expect(ids(await listAs(communeA))).toEqual([reports.a.id]);
    expect(ids(await listAs(agency))).toEqual([reports.agency.id]);
    expect(ids(await listAs(provinceA))).toEqual(
      [reports.a.id, reports.b.id, reports.agency.id, reports.pa.id].sort(),
    );
    expect(ids(await listAs(provinceA, '&level=commune'))).toEqual([reports.a.id, reports.b.id].sort());
    expect(ids(await listAs(provinceB, `&provinceCode=${PLACES.provinceA}`))).toEqual([]);
    expect(ids(await listAs(national))).toEqual([reports.pa.id, reports.pb.id].sort());
    expect(ids(await listAs(national, '&level=commune'))).toEqual([]);
    expect(ids(await listAs(national, `&provinceCode=${PLACES.provinceA}&level=commune`))).toEqual(
      [reports.a.id, reports.b.id].sort(),
    );
    expect(ids(await listAs(inspectorA))).toEqual(ids(await listAs(provinceA)));
    const first = (await listAs(provinceA)).items[0];
    expect(first).toMatchObject({ level: 'province', unitName: expect.stringContaining('Khánh Ho') });
  });

  it('filters by status', async () => {
    const sent = await step(communeB, reports.b, 'submit');
    reports.b = sent;
    expect(ids(await listAs(provinceA, '&status=submitted'))).toEqual([sent.id]);
  });
});

describe('concurrent open', () => {
  it('makes one report when the unit opens it twice at once', async () => {
    const [first, second] = await Promise.all([
      communeC.post(`${AM}/reports`, { year: YEAR }),
      communeC.post(`${AM}/reports`, { year: YEAR }),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json<AmReportDetail>().id).toBe(second.json<AmReportDetail>().id);
    const rows = await t.db
      .selectFrom('am_reports')
      .select('id')
      .where('commune_code', '=', PLACES.communeC)
      .where('year', '=', YEAR)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe('beneficiaries', () => {
  it('links register children in reach, shows only their count, and audits their ids', async () => {
    const mine = await createChildAs(communeA);
    const saved = await saveReport(communeA, reports.a, [
      resultBody({ childrenGifted: 2, beneficiaryChildIds: [mine.id, mine.id] }),
    ]);
    reports.a = saved;
    expect(saved.results[0]?.beneficiaryCount).toBe(1);
    expect(JSON.stringify(saved)).not.toContain(mine.id);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['target_ids', 'counts'])
      .where('operation', '=', 'action_month.report.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.target_ids).toEqual([saved.id, mine.id]);
    // A save that does not carry the links (the web form) keeps them; an empty list unlinks them.
    const again = await saveReport(communeA, reports.a, [resultBody({ childrenGifted: 3 })]);
    reports.a = again;
    expect(again.results[0]?.beneficiaryCount).toBe(1);
    const cleared = await saveReport(communeA, reports.a, [resultBody({ beneficiaryChildIds: [] })]);
    reports.a = cleared;
    expect(cleared.results[0]?.beneficiaryCount).toBe(0);
  });

  it('answers an out-of-reach child exactly like an unknown one (400 on that id)', async () => {
    const elsewhere = await createChildAs(communeB, { communeCode: PLACES.communeB });
    for (const childId of [elsewhere.id, crypto.randomUUID()]) {
      const res = await communeA.put(
        `${AM}/reports/${reports.a.id}`,
        updateBody(reports.a, [resultBody(), resultBody({ beneficiaryChildIds: [childId] })]),
      );
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body).fields).toEqual([
        {
          path: 'body.results.1.beneficiaryChildIds.0',
          messageId: 'amReport.childNotFound',
          message: expect.any(String),
        },
      ]);
    }
    // A partner agency reaches no register child.
    const byAgency = await agency.put(
      `${AM}/reports/${reports.agency.id}`,
      updateBody(reports.agency, [resultBody({ beneficiaryChildIds: [elsewhere.id] })]),
    );
    expect(byAgency.statusCode).toBe(400);
  });
});

describe('malformed input', () => {
  it('answers 400 with the field', async () => {
    const cases: [Promise<{ statusCode: number; body: string }>, string][] = [
      [
        communeA.put(`${AM}/reports/${reports.a.id}`, updateBody(reports.a, [resultBody({ events: -1 })])),
        'body.results.0.events',
      ],
      [
        communeA.put(
          `${AM}/reports/${reports.a.id}`,
          updateBody(reports.a, [resultBody({ giftsValue: 1.5 })]),
        ),
        'body.results.0.giftsValue',
      ],
      [
        communeA.put(
          `${AM}/reports/${reports.a.id}`,
          updateBody(reports.a, [resultBody({ activityType: 'party' })]),
        ),
        'body.results.0.activityType',
      ],
      [
        communeA.put(`${AM}/reports/${reports.a.id}`, updateBody(reports.a, [resultBody({ title: ' ' })])),
        'body.results.0.title',
      ],
      [
        communeA.put(
          `${AM}/reports/${reports.a.id}`,
          updateBody(reports.a, [], { expectedVersion: undefined }),
        ),
        'body.expectedVersion',
      ],
      [communeA.put(`${AM}/reports/not-a-uuid`, updateBody(reports.a, [])), 'params.id'],
      [communeA.post(`${AM}/reports`, { year: 1999 }), 'body.year'],
      [communeA.get(`${AM}/reports?year=abc`), 'querystring.year'],
    ];
    for (const [call, path] of cases) {
      const res = await call;
      expect(res.statusCode, path).toBe(400);
      expect(errorOf(res.body).fields?.map((f) => f.path)).toContain(path);
    }
  });

  it('answers 409 on a stale version', async () => {
    const res = await communeA.put(
      `${AM}/reports/${reports.a.id}`,
      updateBody({ version: reports.a.version - 1 }, []),
    );
    expect(res.statusCode).toBe(409);
    expect(errorOf(res.body).messageId).toBe('amReport.staleVersion');
  });
});

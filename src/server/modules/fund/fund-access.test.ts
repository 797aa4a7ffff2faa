import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES, type FixtureUserKey } from '../../../test/fixtures';
import type { Disbursement, Fund } from '../../../shared/domain/Fund';
import { createChildAs } from '../children/children.test-helpers';
import {
  addDonor,
  createFund,
  disburse,
  disbursementBody,
  donate,
  donationBody,
  donorBody,
  fieldPaths,
  uuid,
  type DisbursementListBody,
  type FundListBody,
} from './fund.test-helpers';

let t: TestContext;
let national: TestClient;
let officerA: TestClient;
let officerB: TestClient;
let fundA: Fund;
let fundB: Fund;
let fundN: Fund;
beforeAll(async () => {
  t = await createTestContext();
  national = await t.as('fundOfficerNational');
  officerA = await t.as('fundOfficerA');
  officerB = await t.as('fundOfficerB');
  fundN = await createFund(national, { name: 'Quỹ Bảo trợ trẻ em Việt Nam', level: 'national' });
  fundA = await createFund(national, {
    name: 'Quỹ Bảo trợ trẻ em tỉnh Khánh Hoà',
    level: 'province',
    provinceCode: PLACES.provinceA,
  });
  fundB = await createFund(national, {
    name: 'Quỹ Bảo trợ trẻ em thành phố Hà Nội',
    level: 'province',
    provinceCode: PLACES.provinceB,
  });
});
afterAll(async () => t.close());

const names = async (client: TestClient) =>
  (await client.get('/api/funds')).json<FundListBody>().items.map((f) => f.name);

describe('which funds a user reaches', () => {
  it('gives a national fund officer and a national officer every fund, a province fund officer its own', async () => {
    expect(await names(national)).toHaveLength(3);
    expect(await names(await t.as('nationalOfficer'))).toHaveLength(3);
    expect(await names(officerA)).toEqual([fundA.name]);
    expect(await names(officerB)).toEqual([fundB.name]);
    expect(await names(await t.as('inspectorA'))).toEqual([fundA.name]);
    expect(fundA).toMatchObject({
      level: 'province',
      provinceCode: '56',
      provinceName: expect.stringContaining('Khánh'),
    });
    expect(fundN).toMatchObject({ level: 'national', provinceCode: null, provinceName: null });
  });

  it('answers 401 without a session', async () => {
    expect((await t.anonymous().get('/api/funds')).statusCode).toBe(401);
    expect((await t.anonymous().get(`/api/funds/${fundA.id}`)).statusCode).toBe(401);
  });

  const fundRoutes = (c: TestClient, fundId: string) => [
    c.get(`/api/funds/${fundId}`),
    c.get(`/api/funds/${fundId}/campaigns`),
    c.get(`/api/funds/${fundId}/campaigns/${uuid()}`),
    c.get(`/api/funds/${fundId}/donors`),
    c.get(`/api/funds/${fundId}/donations`),
    c.get(`/api/funds/${fundId}/disbursements`),
    c.get(`/api/funds/${fundId}/balances`),
    c.get(`/api/funds/${fundId}/disclosures`),
    c.post(`/api/funds/${fundId}/campaigns`, {
      transactionId: uuid(),
      name: 'Chiến dịch',
      startDate: '2025-12-01',
      endDate: '2026-02-28',
    }),
    c.post(`/api/funds/${fundId}/donors`, donorBody()),
    c.post(`/api/funds/${fundId}/donations`, donationBody(uuid())),
    c.post(`/api/funds/${fundId}/disbursements`, disbursementBody()),
    c.post(`/api/funds/${fundId}/disclosures`, {
      transactionId: uuid(),
      title: 'Công khai',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    }),
  ];

  it('answers 404 to a province fund officer on every route of another province’s fund (as for a missing one)', async () => {
    const answers = await Promise.all(fundRoutes(officerB, fundA.id));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 404));
    const missing = await Promise.all(fundRoutes(officerB, uuid()));
    expect(missing.map((a) => a.statusCode)).toEqual(answers.map(() => 404));
    // and to the national fund, which is not the province's either
    expect((await officerA.get(`/api/funds/${fundN.id}`)).statusCode).toBe(404);
  });

  const noFundRole: FixtureUserKey[] = [
    'communeOfficerA',
    'communeChairmanA',
    'provinceOfficerA',
    'partnerPoliceA',
    'hotlineCounsellor',
    'adminNational',
  ];
  it.each(noFundRole)('answers 403 to %s on every fund route', async (who) => {
    const client = await t.as(who);
    const answers = await Promise.all([client.get('/api/funds'), ...fundRoutes(client, fundA.id)]);
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 403));
  });

  it('lets an inspector and a national officer read but not write (403)', async () => {
    for (const who of ['inspectorA', 'nationalOfficer'] as const) {
      const client = await t.as(who);
      expect((await client.get(`/api/funds/${fundA.id}`)).statusCode).toBe(200);
      const writes = (await Promise.all(fundRoutes(client, fundA.id))).slice(8);
      expect(writes.map((a) => a.statusCode)).toEqual(writes.map(() => 403));
    }
  });
});

describe('creating a fund', () => {
  it('is for a national fund officer only', async () => {
    const body = { name: 'Quỹ mới', level: 'province', provinceCode: PLACES.provinceA };
    const a = await officerA.post('/api/funds', body);
    expect(a.statusCode).toBe(403);
    expect(a.json()).toMatchObject({ error: { messageId: 'fund.nationalOnly' } });
    expect((await (await t.as('nationalOfficer')).post('/api/funds', body)).statusCode).toBe(403);
  });

  it('allows one fund per level and province (409), a real province (400), a province only for a province fund', async () => {
    const again = await national.post('/api/funds', {
      name: 'Quỹ khác',
      level: 'province',
      provinceCode: '56',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { messageId: 'fund.alreadyExists' } });
    expect((await national.post('/api/funds', { name: 'Quỹ', level: 'national' })).statusCode).toBe(409);
    const unknown = await national.post('/api/funds', { name: 'Quỹ', level: 'province', provinceCode: '99' });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown.body)).toEqual(['body.provinceCode']);
    const missing = await national.post('/api/funds', { name: 'Quỹ', level: 'province' });
    expect(fieldPaths(missing.body)).toEqual(['body.provinceCode']);
    const extra = await national.post('/api/funds', { name: 'Quỹ', level: 'national', provinceCode: '01' });
    expect(fieldPaths(extra.body)).toEqual(['body.provinceCode']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('operation', '=', 'fund.create' as never)
      .execute();
    expect(audit).toHaveLength(3);
  });
});

describe('malformed input', () => {
  it('answers 400 with the field', async () => {
    expect((await officerA.get('/api/funds/not-a-uuid')).statusCode).toBe(400);
    const donor = await addDonor(officerA, fundA.id);
    const noAmount = await officerA.post(`/api/funds/${fundA.id}/donations`, {
      ...donationBody(donor.id),
      amount: 0,
    });
    expect(fieldPaths(noAmount.body)).toEqual(['body.amount']);
    const goods = await officerA.post(
      `/api/funds/${fundA.id}/donations`,
      donationBody(donor.id, { kind: 'in_kind' }),
    );
    expect(fieldPaths(goods.body)).toEqual(['body.goodsDescription']);
    const noChild = await officerA.post(
      `/api/funds/${fundA.id}/disbursements`,
      disbursementBody({ beneficiaryKind: 'child' }),
    );
    expect(fieldPaths(noChild.body)).toEqual(['body.childId']);
    const general = await officerA.post(
      `/api/funds/${fundA.id}/disbursements`,
      disbursementBody({ purpose: 'general' }),
    );
    expect(fieldPaths(general.body)).toEqual(['body.purpose']);
    const period = await officerA.post(`/api/funds/${fundA.id}/campaigns`, {
      transactionId: uuid(),
      name: 'Ngược',
      startDate: '2026-01-01',
      endDate: '2025-01-01',
    });
    expect(fieldPaths(period.body)).toEqual(['body.endDate']);
  });
});

describe('what belongs to another fund or jurisdiction', () => {
  it('refuses a donor, campaign or donation of another fund with 400 on the field', async () => {
    const donorB = await addDonor(national, fundB.id);
    const campaignB = (
      await national.post(`/api/funds/${fundB.id}/campaigns`, {
        transactionId: uuid(),
        name: 'Xuân Hà Nội',
        startDate: '2025-12-01',
        endDate: '2026-02-28',
      })
    ).json<{ id: string }>();
    const donationB = await donate(national, fundB.id, donorB.id, { purpose: 'scholarship' });
    const donorA = await addDonor(national, fundA.id);
    const d1 = await national.post(`/api/funds/${fundA.id}/donations`, donationBody(donorB.id));
    expect(fieldPaths(d1.body)).toEqual(['body.donorId']);
    const d2 = await national.post(
      `/api/funds/${fundA.id}/donations`,
      donationBody(donorA.id, { campaignId: campaignB.id }),
    );
    expect(fieldPaths(d2.body)).toEqual(['body.campaignId']);
    const b1 = await national.post(
      `/api/funds/${fundA.id}/disbursements`,
      disbursementBody({ donationIds: [donationB.id] }),
    );
    expect(fieldPaths(b1.body)).toEqual(['body.donationIds.0']);
  });

  it('disburses only to a register child the officer may see, in the fund’s province (400 on childId otherwise)', async () => {
    const donor = await addDonor(officerA, fundA.id);
    await donate(officerA, fundA.id, donor.id, { amount: 5_000_000 });
    const hanoiChild = await createChildAs(await t.as('communeOfficerC'), { communeCode: PLACES.communeC });
    for (const childId of [hanoiChild.id, uuid()]) {
      const res = await officerA.post(
        `/api/funds/${fundA.id}/disbursements`,
        disbursementBody({ beneficiaryKind: 'child', childId, projectName: null }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { fields: [{ path: 'body.childId', messageId: 'fund.childUnknown' }] },
      });
    }
    // The national fund officer sees every child, but a provincial fund pays only children of its province.
    const fromNational = await national.post(
      `/api/funds/${fundA.id}/disbursements`,
      disbursementBody({ beneficiaryKind: 'child', childId: hanoiChild.id, projectName: null }),
    );
    expect(fieldPaths(fromNational.body)).toEqual(['body.childId']);
  });

  it('names the child only to users whose children.read reaches it, and audits that read', async () => {
    const child = await createChildAs(await t.as('communeOfficerA'));
    const donor = await addDonor(officerA, fundA.id);
    await donate(officerA, fundA.id, donor.id, { purpose: 'gifts', amount: 300_000 });
    const made = await disburse(officerA, fundA.id, {
      purpose: 'gifts',
      beneficiaryKind: 'child',
      childId: child.id,
      projectName: null,
      amount: 200_000,
    });
    expect(made).toMatchObject({ childId: child.id, childName: child.fullName, projectName: null });
    const row = await t.db
      .selectFrom('fund_disbursements')
      .select(['unit_code', 'province_code'])
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ unit_code: PLACES.communeA, province_code: PLACES.provinceA });

    const audits = async () =>
      (
        await t.db
          .selectFrom('audit_log')
          .select('actor_username')
          .where('operation', '=', 'fund.disbursement.list' as never)
          .where(sql<boolean>`${child.id} = ANY(target_ids)`)
          .execute()
      ).map((r) => r.actor_username);
    const seen = (list: DisbursementListBody) => list.items.find((d) => d.id === made.id) as Disbursement;
    const asA = (await officerA.get(`/api/funds/${fundA.id}/disbursements`)).json<DisbursementListBody>();
    expect(seen(asA)).toMatchObject({ childId: child.id, childName: child.fullName });
    expect(await audits()).toEqual(['fundofficera']);

    const officer = await t.as('nationalOfficer');
    const asNational = (
      await officer.get(`/api/funds/${fundA.id}/disbursements`)
    ).json<DisbursementListBody>();
    expect(seen(asNational)).toMatchObject({ beneficiaryKind: 'child', childId: null, childName: null });
    expect(await audits()).toEqual(['fundofficera']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Campaign, Fund, FundBalances, FundDetail } from '../../../shared/domain/Fund';
import type { CampaignDetail } from '../../../shared/domain/Fund';
import {
  addDonor,
  createFund,
  disburse,
  disbursementBody,
  donate,
  donationBody,
  fieldPaths,
  uuid,
  type DisbursementListBody,
  type DonationListBody,
  type DonorListBody,
} from './fund.test-helpers';

let t: TestContext;
let officer: TestClient;
let national: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  officer = await t.as('fundOfficerA');
  national = await t.as('fundOfficerNational');
});
afterAll(async () => t.close());

/** A fresh fund per scenario: the national one has no province, so any number of them may not exist; use provinces. */
let provinces = ['56', '01', '79', '48', '31', '92', '75', '66', '46', '38'];
async function freshFund(): Promise<{ fund: Fund; client: TestClient }> {
  const code = provinces[0]!;
  provinces = provinces.slice(1);
  const fund = await createFund(national, {
    name: `Quỹ Bảo trợ trẻ em ${code}`,
    level: 'province',
    provinceCode: code,
  });
  return { fund, client: code === PLACES.provinceA ? officer : national };
}

const post = (c: TestClient, fundId: string, what: string, body: Record<string, unknown>) =>
  c.post(`/api/funds/${fundId}/${what}`, body);
const count = async (table: 'fund_disbursements' | 'fund_allocations' | 'fund_donations') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('donors and donations', () => {
  it('keeps a person’s contact encrypted, finds donors without accents, and counts what they gave', async () => {
    const { fund, client } = await freshFund();
    const person = await addDonor(client, fund.id, {
      kind: 'person',
      name: 'Nguyễn Văn Hảo Tâm',
      phone: '0901 234 567',
      address: '12 Trần Phú, Nha Trang',
      showPublicly: false,
    });
    expect(person).toMatchObject({ phone: '0901234567', address: '12 Trần Phú, Nha Trang', donated: 0 });
    const row = await t.db
      .selectFrom('fund_donors')
      .select(['name', 'contact_enc'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Nguyễn Văn Hảo Tâm');
    expect(row.contact_enc).not.toContain('0901234567');
    expect(row.contact_enc).not.toContain('Trần Phú');
    await donate(client, fund.id, person.id, { amount: 250_000 });
    const found = (await client.get(`/api/funds/${fund.id}/donors?q=hao tam`)).json<DonorListBody>();
    expect(found.items.map((d) => [d.name, d.donated])).toEqual([['Nguyễn Văn Hảo Tâm', 250_000]]);
    expect((await client.get(`/api/funds/${fund.id}/donors?q=khong co`)).json<DonorListBody>().items).toEqual(
      [],
    );
  });

  it('is idempotent on transactionId and refuses a receipt number already used (409)', async () => {
    const { fund, client } = await freshFund();
    const donor = await addDonor(client, fund.id);
    const body = donationBody(donor.id, { receiptNumber: 'BL-0001', purpose: 'surgery', amount: 2_000_000 });
    const first = await post(client, fund.id, 'donations', body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      purpose: 'surgery',
      allocated: 0,
      available: 2_000_000,
      donorName: donor.name,
    });
    const before = await count('fund_donations');
    const retry = await post(client, fund.id, 'donations', body);
    expect(retry.statusCode).toBe(201);
    expect(retry.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const dup = await post(client, fund.id, 'donations', { ...body, transactionId: uuid() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ error: { messageId: 'fund.receiptTaken' } });
    expect(await count('fund_donations')).toBe(before);
    const future = await post(
      client,
      fund.id,
      'donations',
      donationBody(donor.id, { receivedOn: '2099-01-01' }),
    );
    expect(fieldPaths(future.body)).toEqual(['body.receivedOn']);
    const list = (await client.get(`/api/funds/${fund.id}/donations`)).json<DonationListBody>();
    expect(list.total).toBe(1);
  });
});

describe('disbursements respect the donor’s purpose and the money there is', () => {
  it('never spends a donation restricted to surgery on a scholarship (409, nothing written)', async () => {
    const { fund, client } = await freshFund();
    const donor = await addDonor(client, fund.id);
    const surgery = await donate(client, fund.id, donor.id, { purpose: 'surgery', amount: 5_000_000 });
    const before = [await count('fund_disbursements'), await count('fund_allocations')];
    const listed = await post(
      client,
      fund.id,
      'disbursements',
      disbursementBody({ donationIds: [surgery.id] }),
    );
    expect(listed.statusCode).toBe(409);
    expect(listed.json()).toMatchObject({
      error: { messageId: 'fund.donationRestricted', donationId: surgery.id },
    });
    const auto = await post(client, fund.id, 'disbursements', disbursementBody({ amount: 100_000 }));
    expect(auto.statusCode).toBe(409);
    expect(auto.json()).toMatchObject({ error: { messageId: 'fund.insufficient', available: 0 } });
    expect([await count('fund_disbursements'), await count('fund_allocations')]).toEqual(before);
    const donations = (await client.get(`/api/funds/${fund.id}/donations`)).json<DonationListBody>();
    expect(donations.items[0]).toMatchObject({ allocated: 0, available: 5_000_000 });
    // The same money may pay for surgery.
    const ok = await disburse(client, fund.id, { purpose: 'surgery', amount: 3_000_000 });
    expect(ok.allocations).toEqual([
      { donationId: surgery.id, receiptNumber: surgery.receiptNumber, amount: 3_000_000 },
    ]);
  });

  it('does not mix cash and goods, nor spend money before it came in', async () => {
    const { fund, client } = await freshFund();
    const donor = await addDonor(client, fund.id);
    const goods = await donate(client, fund.id, donor.id, {
      kind: 'in_kind',
      goodsDescription: '200 bộ sách giáo khoa',
      purpose: 'gifts',
      amount: 4_000_000,
    });
    const cashGifts = await post(
      client,
      fund.id,
      'disbursements',
      disbursementBody({ purpose: 'gifts', donationIds: [goods.id] }),
    );
    expect(cashGifts.statusCode).toBe(409);
    expect(cashGifts.json()).toMatchObject({ error: { messageId: 'fund.donationMismatch' } });
    const autoCash = await post(client, fund.id, 'disbursements', disbursementBody({ purpose: 'gifts' }));
    expect(autoCash.json()).toMatchObject({ error: { messageId: 'fund.insufficient', available: 0 } });
    const inKind = await disburse(client, fund.id, {
      purpose: 'gifts',
      kind: 'in_kind',
      goodsDescription: '100 bộ sách',
      amount: 2_000_000,
    });
    expect(inKind.allocations.map((a) => a.donationId)).toEqual([goods.id]);

    const later = await donate(client, fund.id, donor.id, { receivedOn: '2025-12-25', amount: 1_000_000 });
    const early = { disbursedOn: '2025-12-20', decisionDate: '2025-12-19' };
    const listed = await post(
      client,
      fund.id,
      'disbursements',
      disbursementBody({ ...early, donationIds: [later.id] }),
    );
    expect(listed.json()).toMatchObject({ error: { messageId: 'fund.donationLater' } });
    const auto = await post(client, fund.id, 'disbursements', disbursementBody(early));
    expect(auto.json()).toMatchObject({ error: { messageId: 'fund.insufficient', available: 0 } });
    const decision = await post(
      client,
      fund.id,
      'disbursements',
      disbursementBody({ decisionDate: '2025-12-30', disbursedOn: '2025-12-28' }),
    );
    expect(fieldPaths(decision.body)).toEqual(['body.decisionDate']);
  });

  it('draws restricted money of the purpose first (oldest first), then general money', async () => {
    const { fund, client } = await freshFund();
    const donor = await addDonor(client, fund.id);
    const general = await donate(client, fund.id, donor.id, { receivedOn: '2025-11-01', amount: 1_000_000 });
    const newer = await donate(client, fund.id, donor.id, {
      receivedOn: '2025-11-20',
      purpose: 'scholarship',
      amount: 200_000,
    });
    const older = await donate(client, fund.id, donor.id, {
      receivedOn: '2025-11-10',
      purpose: 'scholarship',
      amount: 300_000,
    });
    const made = await disburse(client, fund.id, { amount: 700_000 });
    // What each donation gave shows the order: all of both scholarship gifts, general money for the rest only.
    expect(new Map(made.allocations.map((a) => [a.donationId, a.amount]))).toEqual(
      new Map([
        [older.id, 300_000],
        [newer.id, 200_000],
        [general.id, 200_000],
      ]),
    );
    const next = await disburse(client, fund.id, { amount: 100_000 });
    expect(next.allocations.map((a) => [a.donationId, a.amount])).toEqual([[general.id, 100_000]]);
  });

  it('refuses an overspend with what is available, and a retry gives the same disbursement without spending twice', async () => {
    const { fund, client } = await freshFund();
    const donor = await addDonor(client, fund.id);
    await donate(client, fund.id, donor.id, { purpose: 'scholarship', amount: 600_000 });
    await donate(client, fund.id, donor.id, { amount: 150_000 });
    await donate(client, fund.id, donor.id, { purpose: 'surgery', amount: 900_000 });
    const over = await post(client, fund.id, 'disbursements', disbursementBody({ amount: 750_001 }));
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      error: { code: 'CONFLICT', messageId: 'fund.insufficient', available: 750_000 },
    });
    const body = disbursementBody({ amount: 700_000 });
    const first = await post(client, fund.id, 'disbursements', body);
    expect(first.statusCode).toBe(201);
    const retry = await post(client, fund.id, 'disbursements', body);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const balances = (await client.get(`/api/funds/${fund.id}/balances`)).json<FundBalances>();
    expect(balances.total).toEqual({ income: 1_650_000, spent: 700_000, available: 950_000 });
    const list = (await client.get(`/api/funds/${fund.id}/disbursements`)).json<DisbursementListBody>();
    expect(list.total).toBe(1);
  });
});

describe('campaigns', () => {
  it('are idempotent, unique by name in the fund, and keep their money apart', async () => {
    const { fund, client } = await freshFund();
    const body = {
      transactionId: uuid(),
      name: 'Mùa xuân cho em',
      description: 'Tặng quà Tết cho trẻ em có hoàn cảnh khó khăn',
      targetAmount: 50_000_000,
      startDate: '2025-12-01',
      endDate: '2026-02-28',
      actionMonthYear: null,
    };
    const res = await post(client, fund.id, 'campaigns', body);
    expect(res.statusCode).toBe(201);
    const campaign = res.json<Campaign>();
    expect(campaign).toMatchObject({
      name: 'Mùa xuân cho em',
      raised: 0,
      spent: 0,
      targetAmount: 50_000_000,
    });
    expect((await post(client, fund.id, 'campaigns', body)).json<Campaign>().id).toBe(campaign.id);
    const dup = await post(client, fund.id, 'campaigns', { ...body, transactionId: uuid() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ error: { messageId: 'fund.campaignNameTaken' } });

    const donor = await addDonor(client, fund.id);
    await donate(client, fund.id, donor.id, { campaignId: campaign.id, purpose: 'gifts', amount: 800_000 });
    await donate(client, fund.id, donor.id, { purpose: 'gifts', amount: 5_000_000 });
    const over = await post(
      client,
      fund.id,
      'disbursements',
      disbursementBody({ campaignId: campaign.id, purpose: 'gifts', amount: 900_000 }),
    );
    expect(over.json()).toMatchObject({ error: { messageId: 'fund.insufficient', available: 800_000 } });
    await disburse(client, fund.id, { campaignId: campaign.id, purpose: 'gifts', amount: 500_000 });

    const detail = (
      await client.get(`/api/funds/${fund.id}/campaigns/${campaign.id}`)
    ).json<CampaignDetail>();
    expect(detail).toMatchObject({ raised: 800_000, spent: 500_000 });
    expect(detail.balances.total).toEqual({ income: 800_000, spent: 500_000, available: 300_000 });
    expect(detail.balances.byPurpose).toEqual([
      { purpose: 'gifts', kind: 'cash', income: 800_000, spent: 500_000, available: 300_000 },
    ]);
    expect(detail.donations).toHaveLength(1);
    expect(detail.disbursements).toHaveLength(1);
    const fundDetail = (await client.get(`/api/funds/${fund.id}`)).json<FundDetail>();
    expect(fundDetail.balances.campaigns.map((c) => [c.campaignName, c.total.available])).toEqual([
      ['Mùa xuân cho em', 300_000],
      [null, 5_000_000],
    ]);
    const list = (await client.get(`/api/funds/${fund.id}/campaigns`)).json<{ items: Campaign[] }>();
    expect(list.items.map((c) => [c.name, c.raised, c.spent])).toEqual([
      ['Mùa xuân cho em', 800_000, 500_000],
    ]);
  });
});

/** A small deterministic generator (mulberry32): the sequence is random-ish but the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the ledger invariants over a random-ish sequence', () => {
  it('keeps every balance = income − spent, no donation overspent, each disbursement fully covered', async () => {
    const { fund, client } = await freshFund();
    const rnd = prng(20251219);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const donor = await addDonor(client, fund.id);
    const campaign = (
      await post(client, fund.id, 'campaigns', {
        transactionId: uuid(),
        name: 'Chiến dịch thử',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
      })
    ).json<Campaign>();
    const purposes = ['general', 'scholarship', 'surgery', 'gifts'] as const;
    let income = 0;
    let spent = 0;
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const kind = pick(['cash', 'cash', 'in_kind'] as const);
      const goods = kind === 'in_kind' ? { goodsDescription: 'Hiện vật' } : {};
      const campaignId = pick([null, campaign.id]);
      if (rnd() < 0.5) {
        const amount = 100_000 * (1 + Math.floor(rnd() * 20));
        await donate(client, fund.id, donor.id, {
          kind,
          ...goods,
          campaignId,
          purpose: pick(purposes),
          amount,
        });
        income += amount;
      } else {
        const amount = 50_000 * (1 + Math.floor(rnd() * 30));
        const purpose = pick(purposes.slice(1));
        // What the rules leave for it, computed here independently of the service.
        let usable = t.db
          .selectFrom('fund_donations')
          .select((eb) =>
            eb.fn.coalesce(eb.fn.sum<number>(eb('amount', '-', eb.ref('allocated'))), eb.lit(0)).as('n'),
          )
          .where('fund_id', '=', fund.id)
          .where('kind', '=', kind)
          .where('purpose', 'in', [purpose, 'general']);
        if (campaignId) usable = usable.where('campaign_id', '=', campaignId);
        const expected = Number((await usable.executeTakeFirstOrThrow()).n);
        const res = await post(
          client,
          fund.id,
          'disbursements',
          disbursementBody({ kind, ...goods, campaignId, purpose, amount }),
        );
        if (expected >= amount) {
          expect(res.statusCode, res.body).toBe(201);
          spent += amount;
        } else {
          expect(res.statusCode).toBe(409);
          expect(res.json()).toMatchObject({
            error: { messageId: 'fund.insufficient', available: expected },
          });
          refused += 1;
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(spent).toBeGreaterThan(0);

    const b = (await client.get(`/api/funds/${fund.id}/balances`)).json<FundBalances>();
    expect(b.total).toEqual({ income, spent, available: income - spent });
    const cells = b.campaigns.flatMap((c) => c.byPurpose);
    expect(cells.reduce((s, c) => s + c.income, 0)).toBe(income);
    expect(cells.reduce((s, c) => s + c.spent, 0)).toBe(spent);
    for (const c of cells) expect(c.available).toBe(c.income - c.spent);
    for (const c of b.campaigns) expect(c.total.income - c.total.spent).toBe(c.total.available);
    expect(b.campaigns.reduce((s, c) => s + c.total.available, 0)).toBe(b.total.available);

    const donations = await t.db
      .selectFrom('fund_donations')
      .selectAll()
      .where('fund_id', '=', fund.id)
      .execute();
    for (const d of donations) expect(d.allocated).toBeLessThanOrEqual(d.amount);
    const allocations = await t.db
      .selectFrom('fund_allocations as a')
      .innerJoin('fund_disbursements as x', 'x.id', 'a.disbursement_id')
      .innerJoin('fund_donations as d', 'd.id', 'a.donation_id')
      .select([
        'a.amount',
        'a.donation_id',
        'x.id as disbursement_id',
        'x.amount as total',
        'x.purpose',
        'd.purpose as donation_purpose',
      ])
      .where('x.fund_id', '=', fund.id)
      .execute();
    for (const d of donations)
      expect(allocations.filter((a) => a.donation_id === d.id).reduce((s, a) => s + a.amount, 0)).toBe(
        d.allocated,
      );
    for (const id of new Set(allocations.map((a) => a.disbursement_id))) {
      const rows = allocations.filter((a) => a.disbursement_id === id);
      expect(rows.reduce((s, a) => s + a.amount, 0)).toBe(rows[0]!.total);
    }
    for (const a of allocations) expect(['general', a.purpose]).toContain(a.donation_purpose);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Child } from '../../../shared/domain/Child';
import type { Campaign, Disclosure, Fund } from '../../../shared/domain/Fund';
import { readPdf } from '../../pdf/pdf-text.test-helpers';
import { createChildAs } from '../children/children.test-helpers';
import { addDonor, createFund, disburse, donate, uuid, type DisclosureListBody } from './fund.test-helpers';

let t: TestContext;
let officer: TestClient;
let fund: Fund;
let campaign: Campaign;
let children: Child[];
let published: Disclosure;
const period = { periodStart: '2025-12-01', periodEnd: '2025-12-31' };
const hidden = 'Lê Thị Ẩn Danh';

beforeAll(async () => {
  t = await createTestContext();
  officer = await t.as('fundOfficerA');
  fund = await createFund(await t.as('fundOfficerNational'), {
    name: 'Quỹ Bảo trợ trẻ em tỉnh Khánh Hoà',
    level: 'province',
    provinceCode: PLACES.provinceA,
  });
  campaign = (
    await officer.post(`/api/funds/${fund.id}/campaigns`, {
      transactionId: uuid(),
      name: 'Mùa xuân cho em',
      startDate: '2025-12-01',
      endDate: '2026-02-28',
    })
  ).json<Campaign>();
  const commune = await t.as('communeOfficerA');
  children = [];
  for (let i = 0; i < 8; i++) children.push(await createChildAs(commune));

  const company = await addDonor(officer, fund.id, {
    name: 'Công ty TNHH Ánh Dương (mẫu)',
    showPublicly: true,
  });
  const person = await addDonor(officer, fund.id, { kind: 'person', name: hidden, showPublicly: false });
  const other = await addDonor(officer, fund.id, {
    kind: 'person',
    name: 'Phạm Văn Kín',
    showPublicly: false,
  });
  await donate(officer, fund.id, company.id, {
    purpose: 'scholarship',
    amount: 3_000_000,
    receivedOn: '2025-12-02',
  });
  await donate(officer, fund.id, company.id, {
    campaignId: campaign.id,
    amount: 10_000_000,
    receivedOn: '2025-12-03',
  });
  await donate(officer, fund.id, person.id, { amount: 2_000_000, receivedOn: '2025-12-04' });
  await donate(officer, fund.id, other.id, {
    kind: 'in_kind',
    goodsDescription: '50 chăn ấm',
    purpose: 'gifts',
    amount: 1_500_000,
    receivedOn: '2025-12-05',
  });
  // Before the period: in the balance, not in the period's income.
  await donate(officer, fund.id, company.id, { amount: 4_000_000, receivedOn: '2025-11-15' });

  const toChild = (child: Child, body: Record<string, unknown>) =>
    disburse(officer, fund.id, { beneficiaryKind: 'child', childId: child.id, projectName: null, ...body });
  for (const c of children.slice(0, 3)) await toChild(c, { purpose: 'scholarship', amount: 1_000_000 });
  for (const c of children.slice(3, 8))
    await toChild(c, {
      purpose: 'gifts',
      kind: 'in_kind',
      goodsDescription: `Chăn cho ${c.fullName}`,
      amount: 300_000,
    });
  await disburse(officer, fund.id, {
    campaignId: campaign.id,
    purpose: 'clean_water',
    projectName: 'Giếng nước trường Tiểu học Mẫu',
    amount: 6_000_000,
  });
  // After the period: not in the report.
  await disburse(officer, fund.id, {
    purpose: 'health',
    amount: 500_000,
    decisionDate: '2026-01-05',
    disbursedOn: '2026-01-05',
  });

  const res = await officer.post(`/api/funds/${fund.id}/disclosures`, {
    transactionId: uuid(),
    title: 'Công khai thu, chi tháng 12 năm 2025',
    ...period,
  });
  expect(res.statusCode, res.body).toBe(201);
  published = res.json();
});
afterAll(async () => t.close());

/** Nothing that identifies a child: names, ids, and what the officer typed about them. */
function expectNoChildIdentity(text: string) {
  for (const c of children) {
    expect(text).not.toContain(c.fullName);
    expect(text).not.toContain(c.id);
  }
  expect(text).not.toContain('Chăn cho');
}

describe('publishing a disclosure', () => {
  it('freezes income by donor (anonymous ones summed), expenditure by purpose with counts, and the balance', () => {
    expect(published.snapshot).toEqual({
      fundName: fund.name,
      campaignName: null,
      ...period,
      income: {
        total: 16_500_000,
        cash: 15_000_000,
        inKind: 1_500_000,
        donors: [{ name: 'Công ty TNHH Ánh Dương (mẫu)', amount: 13_000_000 }],
        anonymousTotal: 3_500_000,
        anonymousCount: 2,
      },
      expenditure: {
        total: 10_500_000,
        byPurpose: [
          {
            purpose: 'clean_water',
            amount: 6_000_000,
            childrenSupported: 0,
            projects: [{ name: 'Giếng nước trường Tiểu học Mẫu', amount: 6_000_000 }],
          },
          // five children: shown; three: withheld (small-count suppression)
          { purpose: 'gifts', amount: 1_500_000, childrenSupported: 5, projects: [] },
          { purpose: 'scholarship', amount: 3_000_000, childrenSupported: null, projects: [] },
        ],
      },
      balance: 16_500_000 + 4_000_000 - 10_500_000,
    });
  });

  it('is idempotent and stays frozen as the ledger grows', async () => {
    const body = { transactionId: uuid(), title: 'Lần hai', ...period };
    const first = await officer.post(`/api/funds/${fund.id}/disclosures`, body);
    const donor = await addDonor(officer, fund.id);
    await donate(officer, fund.id, donor.id, { amount: 999_000, receivedOn: '2025-12-20' });
    const again = await officer.post(`/api/funds/${fund.id}/disclosures`, body);
    expect(again.json()).toEqual(first.json());
    const stored = (
      await t.anonymous().get(`/api/public/fund-disclosures/${published.id}`)
    ).json<Disclosure>();
    expect(stored.snapshot.income.total).toBe(16_500_000);
  });

  it('scopes a campaign’s disclosure to the campaign’s money', async () => {
    const res = await officer.post(`/api/funds/${fund.id}/disclosures`, {
      transactionId: uuid(),
      campaignId: campaign.id,
      title: 'Công khai chiến dịch Mùa xuân cho em',
      ...period,
    });
    expect(res.statusCode).toBe(201);
    const s = res.json<Disclosure>().snapshot;
    expect(s).toMatchObject({ campaignName: 'Mùa xuân cho em', balance: 4_000_000 });
    expect(s.income.total).toBe(10_000_000);
    expect(s.expenditure.byPurpose.map((p) => [p.purpose, p.amount])).toEqual([['clean_water', 6_000_000]]);
    const unknown = await officer.post(`/api/funds/${fund.id}/disclosures`, {
      transactionId: uuid(),
      campaignId: uuid(),
      title: 'x',
      ...period,
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('is refused to another province’s fund officer (404) and to a reader (403)', async () => {
    const body = { transactionId: uuid(), title: 'x', ...period };
    expect(
      (await (await t.as('fundOfficerB')).post(`/api/funds/${fund.id}/disclosures`, body)).statusCode,
    ).toBe(404);
    expect(
      (await (await t.as('inspectorA')).post(`/api/funds/${fund.id}/disclosures`, body)).statusCode,
    ).toBe(403);
  });
});

describe('the public disclosure', () => {
  it('is listed and read without login, with no child’s identity and no anonymous donor’s name', async () => {
    const anyone = t.anonymous();
    const list = await anyone.get('/api/public/fund-disclosures');
    expect(list.statusCode).toBe(200);
    const item = list.json<DisclosureListBody>().items.find((d) => d.id === published.id);
    expect(item).toMatchObject({
      fundName: fund.name,
      incomeTotal: 16_500_000,
      expenditureTotal: 10_500_000,
    });
    const one = await anyone.get(`/api/public/fund-disclosures/${published.id}`);
    expect(one.statusCode).toBe(200);
    for (const body of [list.body, one.body]) {
      expectNoChildIdentity(body);
      expect(body).not.toContain(hidden);
    }
    const internal = await officer.get(`/api/funds/${fund.id}/disclosures`);
    expect(internal.json<DisclosureListBody>().items.map((d) => d.id)).toContain(published.id);
  });

  it('prints as an official report (PDF) with the same figures and no child’s identity', async () => {
    const res = await t.anonymous().get(`/api/public/fund-disclosures/${published.id}/export.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(res.rawPayload);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('QUỸ BẢO TRỢ TRẺ EM TỈNH KHÁNH HOÀ');
    expect(flat).toContain('16.500.000 đồng');
    expect(flat).toContain('Nhà hảo tâm (2 nhà tài trợ)');
    expect(flat).toContain('Giếng nước trường Tiểu học Mẫu');
    expect(flat).toContain('Dưới 5');
    expectNoChildIdentity(flat);
    expect(flat).not.toContain(hidden);
  });

  it('answers 404 for an unknown disclosure and 400 for a malformed id', async () => {
    expect((await t.anonymous().get(`/api/public/fund-disclosures/${uuid()}`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/public/fund-disclosures/${uuid()}/export.pdf`)).statusCode).toBe(
      404,
    );
    expect((await t.anonymous().get('/api/public/fund-disclosures/1')).statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Fund } from '../../../shared/domain/Fund';
import { addDonor, createFund, disbursementBody, donate } from './fund.test-helpers';

/**
 * Issue #5 item 6, "Done when": two concurrent disbursements against the same restricted donation, each fitting
 * alone but not together: one wins, nothing is overspent. On PostgreSQL the requests truly race on a pool of
 * connections (the donation row lock serialises them); on PGlite they interleave on its single backend.
 */
let t: TestContext;
let officer: TestClient;
let fund: Fund;
let donorId: string;
beforeAll(async () => {
  t = await createTestContext();
  officer = await t.as('fundOfficerA');
  fund = await createFund(await t.as('fundOfficerNational'), {
    name: 'Quỹ Bảo trợ trẻ em tỉnh Khánh Hoà',
    level: 'province',
    provinceCode: PLACES.provinceA,
  });
  donorId = (await addDonor(officer, fund.id)).id;
});
afterAll(async () => t.close());

const allocated = async (donationId: string) =>
  await t.db
    .selectFrom('fund_donations')
    .select(['allocated', 'amount'])
    .where('id', '=', donationId)
    .executeTakeFirstOrThrow();

describe('concurrent disbursements', () => {
  it.each([1, 2, 3])(
    'against one restricted donation: exactly one 201 and one 409, never overspent (round %i)',
    async () => {
      const surgery = await donate(officer, fund.id, donorId, { purpose: 'surgery', amount: 1_000_000 });
      const body = () => disbursementBody({ purpose: 'surgery', amount: 600_000, donationIds: [surgery.id] });
      const answers = await Promise.all([
        officer.post(`/api/funds/${fund.id}/disbursements`, body()),
        officer.post(`/api/funds/${fund.id}/disbursements`, body()),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
      const refused = answers.find((a) => a.statusCode === 409)!;
      expect(refused.json()).toMatchObject({ error: { messageId: 'fund.insufficient', available: 400_000 } });
      expect(await allocated(surgery.id)).toEqual({ allocated: 600_000, amount: 1_000_000 });
    },
  );

  it('chosen automatically, many at once: as many as the money covers succeed, the rest get 409', async () => {
    const scholarships = await donate(officer, fund.id, donorId, {
      purpose: 'scholarship',
      amount: 1_000_000,
    });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        officer.post(
          `/api/funds/${fund.id}/disbursements`,
          disbursementBody({ purpose: 'scholarship', amount: 300_000 }),
        ),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 201, 201, 409, 409]);
    expect(await allocated(scholarships.id)).toEqual({ allocated: 900_000, amount: 1_000_000 });
  });

  it('the same disbursement sent twice at once is written once and both get it', async () => {
    const gifts = await donate(officer, fund.id, donorId, { purpose: 'gifts', amount: 500_000 });
    const body = disbursementBody({ purpose: 'gifts', amount: 400_000 });
    const answers = await Promise.all([
      officer.post(`/api/funds/${fund.id}/disbursements`, body),
      officer.post(`/api/funds/${fund.id}/disbursements`, body),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    expect(answers[0]?.json()).toEqual(answers[1]?.json());
    expect(await allocated(gifts.id)).toEqual({ allocated: 400_000, amount: 500_000 });
    const rows = await t.db
      .selectFrom('fund_disbursements')
      .select('id')
      .where('transaction_id', '=', body.transactionId as string)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

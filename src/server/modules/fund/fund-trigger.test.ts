import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app';
import { PLACES } from '../../../test/fixtures';
import type { Fund } from '../../../shared/domain/Fund';
import { AppError } from '../../http/app-error';
import { addDonor, createFund, disburse, donate } from './fund.test-helpers';
import { insufficient, ledgerConflict } from './fund-errors';

/**
 * The ledger guard of migrations/0016_fund.sql, at SQL level: whatever the application does, the database refuses
 * an allocation from a donation of another purpose, fund, campaign or kind, an overspend, and any rewrite of the
 * ledger.
 */
let t: TestContext;
let fundA: Fund;
let fundB: Fund;
let userId: string;
let surgery: { id: string };
let otherFund: { id: string };
let goods: { id: string };
let campaignGift: { id: string };
let campaignId: string;
beforeAll(async () => {
  t = await createTestContext();
  const national = await t.as('fundOfficerNational');
  userId = national.userId;
  fundA = await createFund(national, { name: 'Quỹ A', level: 'province', provinceCode: PLACES.provinceA });
  fundB = await createFund(national, { name: 'Quỹ B', level: 'province', provinceCode: PLACES.provinceB });
  const donorA = await addDonor(national, fundA.id);
  const donorB = await addDonor(national, fundB.id);
  campaignId = (
    await national.post(`/api/funds/${fundA.id}/campaigns`, {
      transactionId: crypto.randomUUID(),
      name: 'Chiến dịch',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    })
  ).json<{ id: string }>().id;
  surgery = await donate(national, fundA.id, donorA.id, { purpose: 'surgery', amount: 1_000_000 });
  goods = await donate(national, fundA.id, donorA.id, {
    kind: 'in_kind',
    goodsDescription: 'Sách',
    amount: 1_000_000,
  });
  campaignGift = await donate(national, fundA.id, donorA.id, { campaignId, amount: 1_000_000 });
  otherFund = await donate(national, fundB.id, donorB.id, { amount: 1_000_000 });
});
afterAll(async () => t.close());

/** A disbursement row written directly, without allocations (the API never leaves one like that). */
async function rawDisbursement(purpose: string, opts: { kind?: string; campaignId?: string | null } = {}) {
  const id = crypto.randomUUID();
  await t.db
    .insertInto('fund_disbursements')
    .values({
      id,
      transaction_id: crypto.randomUUID(),
      fund_id: fundA.id,
      campaign_id: opts.campaignId ?? null,
      purpose,
      beneficiary_kind: 'project',
      project_name: 'Dự án',
      decision_number: '1/QĐ',
      decision_date: '2025-12-01',
      disbursed_on: '2025-12-01',
      kind: (opts.kind ?? 'cash') as 'cash',
      amount: 1,
      recorded_by: userId,
    })
    .execute();
  return id;
}
const allocate = (disbursementId: string, donationId: string, amount: number) =>
  sql`INSERT INTO fund_allocations (disbursement_id, donation_id, amount) VALUES (${disbursementId}, ${donationId}, ${amount})`.execute(
    t.db,
  );
const allocatedOf = async (id: string) =>
  (await t.db.selectFrom('fund_donations').select('allocated').where('id', '=', id).executeTakeFirstOrThrow())
    .allocated;

describe('the ledger guard trigger', () => {
  it('refuses a donation restricted to surgery for a scholarship', async () => {
    const b = await rawDisbursement('scholarship');
    await expect(allocate(b, surgery.id, 100)).rejects.toMatchObject({
      code: '23514',
      message: expect.stringContaining('restricted to surgery'),
    });
    expect(await allocatedOf(surgery.id)).toBe(0);
  });

  it('refuses a donation of another fund, of another kind, or outside the disbursement’s campaign', async () => {
    const cash = await rawDisbursement('scholarship');
    await expect(allocate(cash, otherFund.id, 100)).rejects.toMatchObject({ code: '23514' });
    await expect(allocate(cash, goods.id, 100)).rejects.toMatchObject({ code: '23514' });
    const inCampaign = await rawDisbursement('scholarship', { campaignId });
    await expect(allocate(inCampaign, goods.id, 100)).rejects.toMatchObject({ code: '23514' });
    const general = await donate(
      await t.as('fundOfficerNational'),
      fundA.id,
      (await addDonor(await t.as('fundOfficerNational'), fundA.id)).id,
      {
        amount: 500,
      },
    );
    await expect(allocate(inCampaign, general.id, 100)).rejects.toMatchObject({
      message: expect.stringContaining('another campaign'),
    });
    // The campaign's own general money is fine, and the trigger moves `allocated`.
    await allocate(inCampaign, campaignGift.id, 100);
    expect(await allocatedOf(campaignGift.id)).toBe(100);
    expect([
      await allocatedOf(otherFund.id),
      await allocatedOf(goods.id),
      await allocatedOf(general.id),
    ]).toEqual([0, 0, 0]);
  });

  it('refuses an overspend through the donation’s CHECK', async () => {
    const b1 = await rawDisbursement('surgery');
    await allocate(b1, surgery.id, 700_000);
    const b2 = await rawDisbursement('surgery');
    await expect(allocate(b2, surgery.id, 300_001)).rejects.toMatchObject({ code: '23514' });
    expect(await allocatedOf(surgery.id)).toBe(700_000);
    await allocate(b2, surgery.id, 300_000);
    expect(await allocatedOf(surgery.id)).toBe(1_000_000);
  });

  it('keeps the ledger append-only: no UPDATE or DELETE of allocations or disbursements, no DELETE of donations', async () => {
    const made = await disburse(await t.as('fundOfficerNational'), fundA.id, {
      purpose: 'gifts',
      kind: 'in_kind',
      goodsDescription: 'Sách',
      amount: 1000,
    });
    const refused = { code: '42501' };
    await expect(
      sql`UPDATE fund_allocations SET amount = 1 WHERE disbursement_id = ${made.id}`.execute(t.db),
    ).rejects.toMatchObject(refused);
    await expect(
      sql`DELETE FROM fund_allocations WHERE disbursement_id = ${made.id}`.execute(t.db),
    ).rejects.toMatchObject(refused);
    await expect(
      sql`UPDATE fund_disbursements SET amount = 1 WHERE id = ${made.id}`.execute(t.db),
    ).rejects.toMatchObject(refused);
    await expect(
      sql`DELETE FROM fund_disbursements WHERE id = ${made.id}`.execute(t.db),
    ).rejects.toMatchObject(refused);
    await expect(sql`DELETE FROM fund_donations WHERE id = ${goods.id}`.execute(t.db)).rejects.toMatchObject(
      refused,
    );
    expect(await allocatedOf(goods.id)).toBe(1000);
  });

  it('gives the application a clean 409 for each refusal (never a 500)', async () => {
    const caught = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (err) {
        return ledgerConflict(err, () => Promise.resolve(insufficient(0)));
      }
      throw new Error('expected the database to refuse');
    };
    const restricted = await caught(allocate(await rawDisbursement('scholarship'), surgery.id, 1));
    const kind = await caught(allocate(await rawDisbursement('scholarship'), goods.id, 1));
    const over = await caught(allocate(await rawDisbursement('scholarship'), campaignGift.id, 5_000_000));
    for (const e of [restricted, kind, over]) {
      expect(e).toBeInstanceOf(AppError);
      expect(e?.status).toBe(409);
    }
    expect([restricted?.messageId, kind?.messageId, over?.messageId]).toEqual([
      'fund.donationRestricted',
      'fund.donationMismatch',
      'fund.insufficient',
    ]);
    expect(
      await ledgerConflict(new Error('something else'), () => Promise.resolve(insufficient(0))),
    ).toBeUndefined();
  });
});

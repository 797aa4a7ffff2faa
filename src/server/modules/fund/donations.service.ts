import crypto from 'node:crypto';
import { recordAudit } from '../../audit/audit.repo';
import { vietnamDate } from '../../pdf/vn-date';
import type { Donation, DonationInput, LedgerListQuery } from '../../../shared/domain/Fund';
import { campaignOfFund } from './campaigns.repo';
import { fundOperation } from './fund-audit';
import { fieldError, fundConflict, isUniqueViolation } from './fund-errors';
import { fundInReach, type FundCaller } from './fund-reach';
import type { FundDeps } from './funds.service';
import { donationQuery, donationView, listDonations } from './ledger.repo';

export async function listFundDonations(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  query: LedgerListQuery,
): Promise<{ items: Donation[]; total: number }> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  return listDonations(deps.db, { fundId: fund.id, ...query });
}

/**
 * Records a donation (cash, or goods at their value), possibly restricted to a purpose the fund must respect
 * (Quyết định 135/2003/QĐ-TTg; domain.md §9). The receipt number is unique in the fund: the same number under
 * another transactionId is 409. Idempotent on transactionId.
 */
export async function createDonation(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  input: DonationInput,
): Promise<Donation> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const byTransaction = () => donationQuery(deps.db).where('d.transaction_id', '=', input.transactionId);
  const done = await byTransaction().executeTakeFirst();
  if (done) return sameFund(done, fund.id);
  await checkDonation(deps, caller, fund.id, input);
  const id = crypto.randomUUID();
  try {
    await deps.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('fund_donations')
        .values({
          id,
          transaction_id: input.transactionId,
          fund_id: fund.id,
          campaign_id: input.campaignId,
          donor_id: input.donorId,
          received_on: input.receivedOn,
          kind: input.kind,
          amount: input.amount,
          goods_description: input.goodsDescription,
          purpose: input.purpose,
          receipt_number: input.receiptNumber,
          notes: input.notes,
          recorded_by: caller.user.id,
        })
        .execute();
      await recordAudit(tx, caller.actor, {
        operation: fundOperation('fund.donation.create'),
        provinceCode: fund.province_code,
        targetType: 'fund_donation',
        targetIds: [id, input.donorId],
        counts: { amount: input.amount },
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await byTransaction().executeTakeFirst();
    if (raced) return sameFund(raced, fund.id);
    throw fundConflict('fund.receiptTaken');
  }
  return donationView(await donationQuery(deps.db).where('d.id', '=', id).executeTakeFirstOrThrow());
}

function sameFund(row: Parameters<typeof donationView>[0], fundId: string): Donation {
  if (row.fund_id !== fundId) throw fundConflict('fund.transactionReused');
  return donationView(row);
}

async function checkDonation(deps: FundDeps, caller: FundCaller, fundId: string, input: DonationInput) {
  const { locale } = caller;
  if (input.receivedOn > vietnamDate(deps.now())) throw fieldError('receivedOn', 'fund.dateInFuture', locale);
  const donor = await deps.db
    .selectFrom('fund_donors')
    .select('id')
    .where('fund_id', '=', fundId)
    .where('id', '=', input.donorId)
    .executeTakeFirst();
  if (!donor) throw fieldError('donorId', 'fund.donorUnknown', locale);
  if (input.campaignId && !(await campaignOfFund(deps.db, fundId, input.campaignId)))
    throw fieldError('campaignId', 'fund.campaignUnknown', locale);
  const receipt = await deps.db
    .selectFrom('fund_donations')
    .select('id')
    .where('fund_id', '=', fundId)
    .where('receipt_number', '=', input.receiptNumber)
    .executeTakeFirst();
  if (receipt) throw fundConflict('fund.receiptTaken');
}

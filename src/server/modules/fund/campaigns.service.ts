import crypto from 'node:crypto';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Campaign, CampaignDetail, CampaignInput } from '../../../shared/domain/Fund';
import { balanceCells, purposeBalances, sumBalance } from './balances';
import { campaignByTransaction, campaignOfFund, campaignsOfFund, campaignView } from './campaigns.repo';
import { fundOperation } from './fund-audit';
import { fundConflict, isUniqueViolation } from './fund-errors';
import { fundInReach, type FundCaller } from './fund-reach';
import type { FundDeps } from './funds.service';
import { CAMPAIGN_DETAIL_ROWS } from './fund-schemas';
import { listDonations } from './ledger.repo';
import { listDisbursements } from './disbursement-views';

export async function listCampaigns(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
): Promise<{ items: Campaign[] }> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const [rows, cells] = await Promise.all([
    campaignsOfFund(deps.db, fund.id),
    balanceCells(deps.db, fund.id),
  ]);
  return { items: rows.map((r) => campaignView(r, cells)) };
}

/** A fund drive such as "Mùa xuân cho em" (domain.md §9). Idempotent on transactionId; a name once per fund. */
export async function createCampaign(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  input: CampaignInput,
): Promise<Campaign> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const done = await campaignByTransaction(deps.db, input.transactionId);
  if (done) return retried(deps, fund.id, done);
  const id = crypto.randomUUID();
  try {
    await deps.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('fund_campaigns')
        .values({
          id,
          transaction_id: input.transactionId,
          fund_id: fund.id,
          name: input.name,
          description: input.description,
          target_amount: input.targetAmount,
          start_date: input.startDate,
          end_date: input.endDate,
          action_month_year: input.actionMonthYear,
          created_by: caller.user.id,
        })
        .execute();
      await recordAudit(tx, caller.actor, {
        operation: fundOperation('fund.campaign.create'),
        provinceCode: fund.province_code,
        targetType: 'fund_campaign',
        targetIds: [id],
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await campaignByTransaction(deps.db, input.transactionId);
    if (raced) return retried(deps, fund.id, raced);
    throw fundConflict('fund.campaignNameTaken');
  }
  const row = await campaignOfFund(deps.db, fund.id, id);
  if (!row) throw new AppError('NOT_FOUND');
  return campaignView(row, []);
}

async function retried(
  deps: FundDeps,
  fundId: string,
  row: NonNullable<Awaited<ReturnType<typeof campaignByTransaction>>>,
): Promise<Campaign> {
  if (row.fund_id !== fundId) throw fundConflict('fund.transactionReused');
  return campaignView(row, await balanceCells(deps.db, fundId, row.id));
}

/**
 * A campaign with its balances by purpose and its latest donations and disbursements. The disbursements name the
 * children the caller may see: that read is audited in the same transaction.
 */
export async function getCampaignDetail(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  campaignId: string,
): Promise<CampaignDetail> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  const row = await campaignOfFund(deps.db, fund.id, campaignId);
  if (!row) throw new AppError('NOT_FOUND');
  return deps.db.transaction().execute(async (tx) => {
    const cells = await balanceCells(tx, fund.id, row.id);
    const page = { fundId: fund.id, campaignId: row.id, limit: CAMPAIGN_DETAIL_ROWS, offset: 0 };
    const donations = await listDonations(tx, page);
    const disbursements = await listDisbursements(tx, caller, fund, page);
    return {
      ...campaignView(row, cells),
      balances: { total: sumBalance(cells), byPurpose: purposeBalances(cells) },
      donations: donations.items,
      disbursements: disbursements.items,
    };
  });
}

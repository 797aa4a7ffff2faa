import type { DbOrTx } from '../../db/transaction';
import type { Campaign } from '../../../shared/domain/Fund';
import type { BalanceCell } from './balances';

/** Queries of fund campaigns. Services own the transactions. */

function campaignQuery(db: DbOrTx) {
  return db
    .selectFrom('fund_campaigns')
    .select([
      'id',
      'fund_id',
      'transaction_id',
      'name',
      'description',
      'target_amount',
      'start_date',
      'end_date',
      'action_month_year',
    ]);
}
export type CampaignRow = Awaited<ReturnType<ReturnType<typeof campaignQuery>['executeTakeFirstOrThrow']>>;

export function campaignOfFund(db: DbOrTx, fundId: string, campaignId: string) {
  return campaignQuery(db).where('fund_id', '=', fundId).where('id', '=', campaignId).executeTakeFirst();
}

export function campaignByTransaction(db: DbOrTx, transactionId: string) {
  return campaignQuery(db).where('transaction_id', '=', transactionId).executeTakeFirst();
}

export function campaignsOfFund(db: DbOrTx, fundId: string) {
  return campaignQuery(db)
    .where('fund_id', '=', fundId)
    .orderBy('start_date', 'desc')
    .orderBy('name')
    .execute();
}

/** raised and spent come from the campaign's donations (balances.ts), so they agree with the balance tables. */
export function campaignView(r: CampaignRow, cells: readonly BalanceCell[]): Campaign {
  const own = cells.filter((c) => c.campaign_id === r.id);
  return {
    id: r.id,
    fundId: r.fund_id,
    name: r.name,
    description: r.description,
    targetAmount: r.target_amount,
    startDate: r.start_date,
    endDate: r.end_date,
    actionMonthYear: r.action_month_year,
    raised: own.reduce((s, c) => s + c.income, 0),
    spent: own.reduce((s, c) => s + c.spent, 0),
  };
}

import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { Balance, FundBalances, FundPurpose, PurposeBalance } from '../../../shared/domain/Fund';

/**
 * Balances of a fund's ledger (domain.md §9). Income is what the donations bring in, spent what the allocations have
 * drawn on them (fund_donations.allocated, kept by the ledger trigger), available the difference. Every figure is a
 * sum over the same donation rows, so the cells add up to the campaign totals and those to the fund total.
 */
export type BalanceCell = {
  campaign_id: string | null;
  purpose: FundPurpose;
  kind: 'cash' | 'in_kind';
  income: number;
  spent: number;
};

export async function balanceCells(db: DbOrTx, fundId: string, campaignId?: string): Promise<BalanceCell[]> {
  let q = db
    .selectFrom('fund_donations')
    .select([
      'campaign_id',
      sql<FundPurpose>`purpose`.as('purpose'),
      'kind',
      sql<number>`sum(amount)::bigint`.as('income'),
      sql<number>`sum(allocated)::bigint`.as('spent'),
    ])
    .where('fund_id', '=', fundId)
    .groupBy(['campaign_id', 'purpose', 'kind'])
    .orderBy('purpose')
    .orderBy('kind');
  if (campaignId) q = q.where('campaign_id', '=', campaignId);
  return q.execute();
}

export function sumBalance(cells: readonly { income: number; spent: number }[]): Balance {
  const income = cells.reduce((s, c) => s + c.income, 0);
  const spent = cells.reduce((s, c) => s + c.spent, 0);
  return { income, spent, available: income - spent };
}

export function purposeBalances(cells: readonly BalanceCell[]): PurposeBalance[] {
  return cells.map((c) => ({
    purpose: c.purpose,
    kind: c.kind,
    income: c.income,
    spent: c.spent,
    available: c.income - c.spent,
  }));
}

/** By campaign (every campaign of the fund, newest first, then the money outside any campaign) × purpose × kind. */
export async function fundBalances(db: DbOrTx, fundId: string): Promise<FundBalances> {
  const [cells, campaigns] = await Promise.all([
    balanceCells(db, fundId),
    db
      .selectFrom('fund_campaigns')
      .select(['id', 'name'])
      .where('fund_id', '=', fundId)
      .orderBy('start_date', 'desc')
      .orderBy('name')
      .execute(),
  ]);
  const groups: { id: string | null; name: string | null }[] = campaigns.map((c) => ({
    id: c.id,
    name: c.name,
  }));
  if (cells.some((c) => c.campaign_id === null)) groups.push({ id: null, name: null });
  return {
    fundId,
    total: sumBalance(cells),
    campaigns: groups.map((g) => {
      const own = cells.filter((c) => c.campaign_id === g.id);
      return {
        campaignId: g.id,
        campaignName: g.name,
        total: sumBalance(own),
        byPurpose: purposeBalances(own),
      };
    }),
  };
}

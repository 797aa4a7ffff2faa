import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { DisbursementPurpose, DisclosureSnapshot } from '../../../shared/domain/Fund';

/**
 * The public income and expenditure report of a fund or one of its campaigns for a period (công khai thu chi:
 * Quyết định 135/2003/QĐ-TTg and Thông tư 87/2008/TT-BTC ask the fund to disclose what it receives and spends;
 * domain.md §9). Privacy (domain.md §10; Luật Trẻ em Điều 6 and 21): a donor is named only when they agreed
 * (show_publicly), the others are summed as "Nhà hảo tâm"; beneficiaries appear only as a number of children per
 * purpose, and a number under SMALL_COUNT is withheld (null) so that no child can be singled out. Projects are
 * named. Nothing else of a disbursement (no child, commune, note or goods description) enters the snapshot.
 */
export const SMALL_COUNT = 5;

export type DisclosureScope = {
  fundId: string;
  fundName: string;
  campaignId: string | null;
  campaignName: string | null;
  periodStart: string;
  periodEnd: string;
};

/** Counts of children from 1 to SMALL_COUNT − 1 are withheld; none (projects only) is shown as 0. */
export function suppressSmall(children: number): number | null {
  return children > 0 && children < SMALL_COUNT ? null : children;
}

export async function computeSnapshot(db: DbOrTx, s: DisclosureScope): Promise<DisclosureSnapshot> {
  let donations = db
    .selectFrom('fund_donations as d')
    .innerJoin('fund_donors as dn', 'dn.id', 'd.donor_id')
    .select(['d.amount', 'd.kind', 'dn.id as donor_id', 'dn.name as donor_name', 'dn.show_publicly'])
    .where('d.fund_id', '=', s.fundId)
    .where('d.received_on', '>=', s.periodStart)
    .where('d.received_on', '<=', s.periodEnd);
  // Spent = the allocations drawn on the scope's donations by disbursements made in the period.
  let spending = db
    .selectFrom('fund_allocations as a')
    .innerJoin('fund_disbursements as b', 'b.id', 'a.disbursement_id')
    .innerJoin('fund_donations as d', 'd.id', 'a.donation_id')
    .select([
      'b.id',
      'b.purpose',
      'b.child_id',
      'b.project_name',
      sql<number>`sum(a.amount)::bigint`.as('amount'),
    ])
    .where('b.fund_id', '=', s.fundId)
    .where('b.disbursed_on', '>=', s.periodStart)
    .where('b.disbursed_on', '<=', s.periodEnd)
    .groupBy(['b.id', 'b.purpose', 'b.child_id', 'b.project_name']);
  if (s.campaignId) {
    donations = donations.where('d.campaign_id', '=', s.campaignId);
    spending = spending.where('d.campaign_id', '=', s.campaignId);
  }
  const [incomeRows, spendingRows, balance] = await Promise.all([
    donations.execute(),
    spending.execute(),
    balanceAtEnd(db, s),
  ]);
  return {
    fundName: s.fundName,
    campaignName: s.campaignName,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    income: incomeOf(incomeRows),
    expenditure: expenditureOf(spendingRows),
    balance,
  };
}

type IncomeRow = {
  amount: number;
  kind: 'cash' | 'in_kind';
  donor_id: string;
  donor_name: string;
  show_publicly: boolean;
};

function incomeOf(rows: readonly IncomeRow[]): DisclosureSnapshot['income'] {
  const named = new Map<string, { name: string; amount: number }>();
  const anonymous = new Set<string>();
  let anonymousTotal = 0;
  for (const r of rows) {
    if (!r.show_publicly) {
      anonymous.add(r.donor_id);
      anonymousTotal += r.amount;
      continue;
    }
    const donor = named.get(r.donor_id) ?? { name: r.donor_name, amount: 0 };
    donor.amount += r.amount;
    named.set(r.donor_id, donor);
  }
  const sum = (kind?: 'cash' | 'in_kind') =>
    rows.filter((r) => !kind || r.kind === kind).reduce((s, r) => s + r.amount, 0);
  return {
    total: sum(),
    cash: sum('cash'),
    inKind: sum('in_kind'),
    donors: [...named.values()].sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name, 'vi')),
    anonymousTotal,
    anonymousCount: anonymous.size,
  };
}

type SpendingRow = { purpose: string; child_id: string | null; project_name: string | null; amount: number };

function expenditureOf(rows: readonly SpendingRow[]): DisclosureSnapshot['expenditure'] {
  const byPurpose = new Map<
    string,
    { amount: number; children: Set<string>; projects: Map<string, number> }
  >();
  for (const r of rows) {
    const p = byPurpose.get(r.purpose) ?? { amount: 0, children: new Set<string>(), projects: new Map() };
    p.amount += r.amount;
    if (r.child_id) p.children.add(r.child_id);
    if (r.project_name) p.projects.set(r.project_name, (p.projects.get(r.project_name) ?? 0) + r.amount);
    byPurpose.set(r.purpose, p);
  }
  return {
    total: rows.reduce((s, r) => s + r.amount, 0),
    byPurpose: [...byPurpose.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([purpose, p]) => ({
        purpose: purpose as DisbursementPurpose,
        amount: p.amount,
        childrenSupported: suppressSmall(p.children.size),
        projects: [...p.projects.entries()].map(([name, amount]) => ({ name, amount })),
      })),
  };
}

/** What the scope holds at the end of the period: all income received by then minus all spent by then. */
async function balanceAtEnd(db: DbOrTx, s: DisclosureScope): Promise<number> {
  let income = db
    .selectFrom('fund_donations as d')
    .select(sql<number>`coalesce(sum(d.amount), 0)::bigint`.as('n'))
    .where('d.fund_id', '=', s.fundId)
    .where('d.received_on', '<=', s.periodEnd);
  let spent = db
    .selectFrom('fund_allocations as a')
    .innerJoin('fund_disbursements as b', 'b.id', 'a.disbursement_id')
    .innerJoin('fund_donations as d', 'd.id', 'a.donation_id')
    .select(sql<number>`coalesce(sum(a.amount), 0)::bigint`.as('n'))
    .where('b.fund_id', '=', s.fundId)
    .where('b.disbursed_on', '<=', s.periodEnd);
  if (s.campaignId) {
    income = income.where('d.campaign_id', '=', s.campaignId);
    spent = spent.where('d.campaign_id', '=', s.campaignId);
  }
  const [i, o] = await Promise.all([income.executeTakeFirstOrThrow(), spent.executeTakeFirstOrThrow()]);
  return i.n - o.n;
}

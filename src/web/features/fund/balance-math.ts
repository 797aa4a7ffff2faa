import type { Balance, FundBalances, FundPurpose, GoodsKind } from '../../../shared/domain/Fund';

/** Pure sums over FundBalances for the balance tables: every table ends with a total row that adds up. */

export const ZERO: Balance = { income: 0, spent: 0, available: 0 };

export function addBalance(a: Balance, b: Balance): Balance {
  return { income: a.income + b.income, spent: a.spent + b.spent, available: a.available + b.available };
}

export function sumBalances(rows: readonly Balance[]): Balance {
  return rows.reduce(addBalance, ZERO);
}

export type PurposeRow = { purpose: FundPurpose; kind: GoodsKind; balance: Balance };

/** Purpose × kind over the given campaigns (all of them: the fund), in the order purposes first appear. */
export function byPurpose(campaigns: FundBalances['campaigns']): PurposeRow[] {
  const rows = new Map<string, PurposeRow>();
  for (const c of campaigns)
    for (const p of c.byPurpose) {
      const key = `${p.purpose}:${p.kind}`;
      const row = rows.get(key) ?? { purpose: p.purpose, kind: p.kind, balance: ZERO };
      rows.set(key, { ...row, balance: addBalance(row.balance, p) });
    }
  return [...rows.values()];
}

import { AmRollupTotals } from '../../../shared/domain/ActionMonth';
import type { DbOrTx } from '../../db/transaction';
import { emptyTotals, totalsOf } from './result-figures';
import { acceptedBelowCount, provinceTypeSums } from './rollup.repo';

/**
 * What a province report carries up to the ministry: the totals of the commune and agency reports the province has
 * accepted, by activity type. Computed live while the province report is a draft (or returned), frozen on
 * am_reports.rollup when it is submitted, so the figures the ministry accepts never change under it.
 */
export async function acceptedBelowTotals(
  db: DbOrTx,
  year: number,
  provinceCode: string,
): Promise<AmRollupTotals> {
  const [rows, count] = await Promise.all([
    provinceTypeSums(db, year, provinceCode, false),
    acceptedBelowCount(db, year, provinceCode),
  ]);
  return totalsOf(rows, count);
}

/** The frozen JSON of am_reports.rollup (written by this module only); empty when absent. */
export function frozenTotals(json: unknown): AmRollupTotals {
  const parsed = AmRollupTotals.safeParse(json);
  return parsed.success ? parsed.data : emptyTotals();
}

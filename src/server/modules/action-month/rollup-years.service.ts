import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import type { AuthUser } from '../../http/request-context';
import type { AmResultFigures, AmYearComparison } from '../../../shared/domain/ActionMonth';
import { apiMessages } from '../../../shared/i18n/messages';
import type { Locale } from '../../../shared/i18n/locale';
import { addFigures, figuresOfRow, zeroFigures } from './result-figures';
import { frozenTotals } from './rollup-frozen';
import {
  acceptedCountsByYear,
  frozenRollupsByYear,
  nationalOwnYearSums,
  provinceYearSums,
} from './rollup.repo';
import { rollupTargetOf } from './rollup.service';

/** At most this many years in one comparison. */
export const MAX_COMPARED_YEARS = 30;

/**
 * GET /rollup/years: the same totals as GET /rollup, year by year (every year of the range, zeros where nothing was
 * accepted), to compare the Action Month with earlier years. A handful of grouped statements, whatever the range.
 */
export async function getAmYearComparison(
  deps: AppDeps,
  user: AuthUser,
  locale: Locale,
  query: { from: number; to: number; provinceCode?: string | undefined },
): Promise<AmYearComparison> {
  const { from, to } = query;
  if (to < from || to - from >= MAX_COMPARED_YEARS)
    throw new AppError('VALIDATION', {
      fields: [
        {
          path: 'querystring.to',
          messageId: 'amReport.yearRange',
          message: apiMessages['amReport.yearRange'][locale],
        },
      ],
    });
  const target = rollupTargetOf(user, query.provinceCode);
  const provinceCode = target.kind === 'province' ? target.provinceCode : null;
  const totals = new Map<number, AmResultFigures>();
  const add = (year: number, f: AmResultFigures) =>
    totals.set(year, addFigures(totals.get(year) ?? zeroFigures(), f));
  if (provinceCode) {
    for (const row of await provinceYearSums(deps.db, provinceCode, from, to))
      add(row.year, figuresOfRow(row));
  } else {
    const [own, frozen] = await Promise.all([
      nationalOwnYearSums(deps.db, from, to),
      frozenRollupsByYear(deps.db, from, to),
    ]);
    for (const row of own) add(row.year, figuresOfRow(row));
    for (const row of frozen) add(row.year, frozenTotals(row.rollup).total);
  }
  const counts = new Map(
    (await acceptedCountsByYear(deps.db, provinceCode, from, to)).map((r) => [r.year, r.n]),
  );
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i).map((year) => ({
    year,
    total: totals.get(year) ?? zeroFigures(),
    reportCount: counts.get(year) ?? 0,
  }));
  return { provinceCode, years };
}

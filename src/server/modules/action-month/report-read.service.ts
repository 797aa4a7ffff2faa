import type { AppDeps } from '../../app-deps';
import type { Db } from '../../db/open-db';
import { AppError } from '../../http/app-error';
import type { AuthUser } from '../../http/request-context';
import type {
  AmReportDetail,
  AmReportList,
  AmReportListQuery,
  AmRollupTotals,
} from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor } from '../../../shared/permissions/scope';
import { callerAmUnit } from './am-unit';
import { amToday } from './deadline';
import { findReport, listReports, resultsOf, type ReportRow } from './report.repo';
import { mayReadReport, ownsReport, reviewsReport } from './report-reach';
import { resultOf, summaryOf } from './report-view';
import { addFigures, zeroFigures } from './result-figures';
import { acceptedBelowTotals, frozenTotals } from './rollup-frozen';

/**
 * One result report as its reader sees it (404 outside the caller's action_month.read reach, exactly like a
 * missing one), with what the caller may do with it. Used by GET /reports/:id and by the exports.
 */
export async function getAmReport(deps: AppDeps, user: AuthUser, reportId: string): Promise<AmReportDetail> {
  return readAmReport(deps.db, deps.now(), user, reportId);
}

export async function readAmReport(
  db: Db,
  now: Date,
  user: AuthUser,
  reportId: string,
): Promise<AmReportDetail> {
  const row = await findReport(db, reportId);
  if (!row || !mayReadReport(scopeFor(user, Permission.actionMonthRead), row))
    throw new AppError('NOT_FOUND');
  const [resultRows, rollup, unit] = await Promise.all([
    resultsOf(db, reportId),
    rollupOf(db, row),
    callerAmUnit(db, user, Permission.actionMonthReport),
  ]);
  const results = resultRows.map(resultOf);
  const own = results.reduce((sum, r) => addFigures(sum, r), zeroFigures());
  const editable = row.status === 'draft' || row.status === 'returned';
  return {
    ...summaryOf(row, amToday(now)),
    summary: row.summary,
    difficulties: row.difficulties,
    recommendations: row.recommendations,
    results,
    rollup,
    totals: rollup ? addFigures(own, rollup.total) : own,
    canEdit: editable && ownsReport(unit, row),
    canReview: row.status === 'submitted' && reviewsReport(scopeFor(user, Permission.actionMonthReview), row),
  };
}

/** A province report's roll-up: frozen once submitted, live (the accepted reports so far) while being drafted. */
async function rollupOf(db: Db, row: ReportRow): Promise<AmRollupTotals | null> {
  if (row.level !== 'province') return null;
  if (row.status === 'submitted' || row.status === 'accepted') return frozenTotals(row.rollup);
  return acceptedBelowTotals(db, row.year, row.province_code);
}

/**
 * The reports a reader reaches: a commune or agency its own, a province its own and its communes' and agencies',
 * the nation every province's report (and, filtering one province, that province's communes and agencies).
 */
export async function listAmReports(
  deps: AppDeps,
  user: AuthUser,
  query: AmReportListQuery,
): Promise<AmReportList> {
  const scope = scopeFor(user, Permission.actionMonthRead);
  if (!scope) throw new AppError('FORBIDDEN');
  const nationWide = scope.kind === 'national' && !query.provinceCode;
  if (nationWide && query.level && query.level !== 'province') return { items: [] };
  const rows = await listReports(deps.db, scope, {
    year: query.year,
    provinceCode: query.provinceCode,
    levels: nationWide ? ['province'] : query.level ? [query.level] : undefined,
    status: query.status,
  });
  const today = amToday(deps.now());
  return { items: rows.map((r) => summaryOf(r, today)) };
}

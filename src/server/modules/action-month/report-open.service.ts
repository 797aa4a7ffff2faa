import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AmReportDetail } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { callerAmUnit } from './am-unit';
import { dueDateOf } from './deadline';
import { amReportOperation } from './report-audit';
import { reportableActivities } from './report-assignments';
import type { AmReportCaller } from './report-caller';
import { findThemeDeadlines, findUnitReportId, insertReportIfAbsent, insertResults } from './report.repo';
import { getAmReport } from './report-read.service';
import { orderedResultIds } from './result-ids';
import { rowOfFigures, zeroFigures } from './result-figures';

/**
 * POST /reports: opens the caller's unit's result report of the year, or answers the one already open (a retry or
 * a second click, even concurrent, never makes two: one report per unit and year by unique index). A new report is
 * due on the year's deadline of its level and starts with one zero result row per plan activity assigned to the
 * unit, so the unit only types its figures.
 */
export async function openAmReport(
  deps: AppDeps,
  caller: AmReportCaller,
  year: number,
): Promise<AmReportDetail> {
  const unit = await callerAmUnit(deps.db, caller.user, Permission.actionMonthReport);
  if (!unit || unit.level === 'national')
    throw new AppError('FORBIDDEN', {
      messageId: 'amReport.noReportingUnit',
      message: 'the nation sends no result report; communes, agencies and provinces do',
    });
  const existing = await findUnitReportId(deps.db, unit, year);
  if (existing) return getAmReport(deps, caller.user, existing);
  const theme = await findThemeDeadlines(deps.db, year);
  if (!theme)
    throw new AppError('CONFLICT', {
      messageId: 'amReport.noTheme',
      message: `no Action Month theme for ${year}: its deadlines are not set`,
    });

  const created = await inTransaction(deps.db, async (tx) => {
    const id = await insertReportIfAbsent(tx, {
      id: crypto.randomUUID(),
      year,
      level: unit.level,
      provinceCode: unit.provinceCode,
      communeCode: unit.communeCode,
      agencyId: unit.agencyId,
      dueDate: dueDateOf(theme, unit.level),
    });
    if (!id) return undefined;
    const activities = await reportableActivities(tx, unit, year);
    const ids = orderedResultIds(activities.length, deps.now());
    await insertResults(
      tx,
      activities.map((a, i) => ({
        id: ids[i] ?? crypto.randomUUID(),
        report_id: id,
        activity_id: a.id,
        activity_type: a.type,
        title: a.title,
        ...rowOfFigures(zeroFigures()),
      })),
    );
    await recordAudit(tx, caller.actor, {
      operation: amReportOperation('open'),
      targetType: 'am_report',
      targetIds: [id],
      unitCode: unit.communeCode ?? unit.provinceCode,
      provinceCode: unit.provinceCode,
      counts: { year, results: activities.length },
    });
    return id;
  });
  // A concurrent open committed first: answer with its report.
  const reportId = created ?? (await findUnitReportId(deps.db, unit, year));
  if (!reportId) throw new AppError('CONFLICT', { message: 'the report could not be opened' });
  return getAmReport(deps, caller.user, reportId);
}

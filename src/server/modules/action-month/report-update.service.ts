import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import { inTransaction, type Tx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { ApiFieldError } from '../../../shared/errors';
import type { AmReportDetail, AmReportUpdate } from '../../../shared/domain/ActionMonth';
import { apiMessages, type ApiMessageId } from '../../../shared/i18n/messages';
import type { Locale } from '../../../shared/i18n/locale';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor } from '../../../shared/permissions/scope';
import { childInScope } from '../children/children-scope';
import { callerAmUnit, type AmUnit } from './am-unit';
import { amReportOperation } from './report-audit';
import type { AmReportCaller } from './report-caller';
import {
  childrenInReach,
  lockReport,
  replaceResults,
  type LockedReport,
  type NewResult,
} from './report.repo';
import { getAmReport } from './report-read.service';
import { mayReadReport, notOwner, ownsReport } from './report-reach';
import { reportableActivities } from './report-assignments';
import { assertStep } from './report-rules';
import { orderedResultIds } from './result-ids';
import { rowOfFigures } from './result-figures';

/**
 * PUT /reports/:id: the owner unit replaces the narrative and every result row of its draft (or returned) report.
 * A row's activity must be one assigned to the unit; linked children must be register children the caller may see
 * (children.read), and an id out of reach is answered like an unknown one. Audited with the linked child ids.
 */
export async function updateAmReport(
  deps: AppDeps,
  caller: AmReportCaller,
  reportId: string,
  input: AmReportUpdate,
): Promise<AmReportDetail> {
  const unit = await callerAmUnit(deps.db, caller.user, Permission.actionMonthReport);
  await inTransaction(deps.db, async (tx) => {
    const report = await lockReport(tx, reportId);
    if (!report || !mayReadReport(scopeFor(caller.user, Permission.actionMonthRead), report))
      throw new AppError('NOT_FOUND');
    if (!unit || !ownsReport(unit, report)) throw notOwner();
    assertStep(report, 'update', input.expectedVersion);
    const activityTypes = await checkActivities(tx, unit, report, input, caller.locale);
    const childIds = await checkChildren(tx, caller, input, caller.locale);
    const kept = await linksByRowKey(tx, reportId);
    const ids = orderedResultIds(input.results.length, deps.now());
    const rows: NewResult[] = input.results.map((r, i) => ({
      id: ids[i] ?? crypto.randomUUID(),
      report_id: reportId,
      activity_id: r.activityId,
      // A plan activity keeps the plan's type, so the roll-up by type follows the plans.
      activity_type: (r.activityId && activityTypes.get(r.activityId)) || r.activityType,
      title: r.title,
      notes: r.notes,
      ...rowOfFigures(r),
    }));
    const links = input.results.flatMap((r, i) =>
      [...new Set(r.beneficiaryChildIds ?? kept.get(rowKey(r)) ?? [])].map((childId) => ({
        result_id: rows[i]?.id ?? '',
        child_id: childId,
      })),
    );
    await replaceResults(tx, reportId, rows, links);
    await tx
      .updateTable('am_reports')
      .set({
        summary: input.summary,
        difficulties: input.difficulties,
        recommendations: input.recommendations,
        version: report.version + 1,
        updated_at: deps.now(),
      })
      .where('id', '=', reportId)
      .execute();
    await recordAudit(tx, caller.actor, {
      operation: amReportOperation('update'),
      targetType: 'am_report',
      targetIds: [reportId, ...childIds],
      unitCode: report.commune_code ?? report.province_code,
      provinceCode: report.province_code,
      counts: { results: rows.length, beneficiaries: links.length },
    });
  });
  return getAmReport(deps, caller.user, reportId);
}

function fieldError(fields: ApiFieldError[]): AppError {
  return new AppError('VALIDATION', { fields });
}
function field(path: string, messageId: ApiMessageId, locale: Locale): ApiFieldError {
  return { path: `body.${path}`, messageId, message: apiMessages[messageId][locale] };
}

/** Every activityId must be an activity assigned to the unit, at most once. Returns the activities' types. */
async function checkActivities(
  tx: Tx,
  unit: AmUnit,
  report: LockedReport,
  input: AmReportUpdate,
  locale: Locale,
): Promise<Map<string, string>> {
  const assigned = new Map((await reportableActivities(tx, unit, report.year)).map((a) => [a.id, a.type]));
  const seen = new Set<string>();
  const errors: ApiFieldError[] = [];
  input.results.forEach((r, i) => {
    if (!r.activityId) return;
    if (!assigned.has(r.activityId))
      errors.push(field(`results.${i}.activityId`, 'amReport.activityNotAssigned', locale));
    else if (seen.has(r.activityId))
      errors.push(field(`results.${i}.activityId`, 'amReport.activityRepeated', locale));
    seen.add(r.activityId);
  });
  if (errors.length > 0) throw fieldError(errors);
  return assigned;
}

/** Linked children must be active register children in the caller's children.read reach. Returns their ids. */
async function checkChildren(
  tx: Tx,
  caller: AmReportCaller,
  input: AmReportUpdate,
  locale: Locale,
): Promise<string[]> {
  const all = [...new Set(input.results.flatMap((r) => r.beneficiaryChildIds ?? []))];
  if (all.length === 0) return [];
  const scope = scopeFor(caller.user, Permission.childrenRead);
  const reached = scope ? await childrenInReach(tx, childInScope(scope, 'c'), all) : new Set<string>();
  const errors: ApiFieldError[] = [];
  input.results.forEach((r, i) =>
    r.beneficiaryChildIds?.forEach((id, j) => {
      if (!reached.has(id))
        errors.push(field(`results.${i}.beneficiaryChildIds.${j}`, 'amReport.childNotFound', locale));
    }),
  );
  if (errors.length > 0) throw fieldError(errors);
  return all;
}

/** What identifies a result row across saves: its plan activity, or its type and title outside the plans. */
function rowKey(r: { activityId: string | null; activityType: string; title: string }): string {
  return r.activityId ?? `${r.activityType}\u0000${r.title}`;
}

/** The children linked to each row of the report before this save, by rowKey. */
async function linksByRowKey(tx: Tx, reportId: string): Promise<Map<string, string[]>> {
  const rows = await tx
    .selectFrom('am_results as r')
    .innerJoin('am_result_beneficiaries as b', 'b.result_id', 'r.id')
    .select(['r.activity_id', 'r.activity_type', 'r.title', 'b.child_id'])
    .where('r.report_id', '=', reportId)
    .execute();
  const links = new Map<string, string[]>();
  for (const row of rows) {
    const key = rowKey({ activityId: row.activity_id, activityType: row.activity_type, title: row.title });
    links.set(key, [...(links.get(key) ?? []), row.child_id]);
  }
  return links;
}

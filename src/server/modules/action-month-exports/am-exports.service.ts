import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import type { AuditOperation } from '../../audit/operations';
import type { AuthUser } from '../../http/request-context';
import { vietnamDate } from '../../pdf/vn-date';
import { getAmPlan } from '../action-month/plan-read.service';
import { getAmReport } from '../action-month/report-read.service';
import { renderPlan, renderReport, type ExportFormat } from './am-renderers';
import { findTheme, loadExportUnit, type UnitRef } from './am-exports.repo';
import { CONTENT_TYPES, attachmentHeader } from './export-file-name';

export type ExportCaller = { user: AuthUser; actor: AuditActor };
export type ExportFile = { body: Buffer; contentType: string; contentDisposition: string };

/**
 * The audit operation of every Action Month download. The shared list (src/server/audit/operations.ts) does not
 * name it yet; the widening goes once it does (the column is free text, so nothing breaks meanwhile).
 */
const EXPORT_OPERATION: AuditOperation = 'action_month.export';

async function auditExport(
  deps: Pick<AppDeps, 'db'>,
  caller: ExportCaller,
  target: { type: 'am_plan' | 'am_report'; id: string; ref: UnitRef },
  format: ExportFormat,
): Promise<void> {
  await recordAudit(deps.db, caller.actor, {
    operation: EXPORT_OPERATION,
    targetType: target.type,
    targetIds: [target.id],
    unitCode: target.ref.communeCode ?? target.ref.provinceCode,
    provinceCode: target.ref.provinceCode,
    counts: { [format]: 1 },
  });
}

/**
 * A plan as a PDF, DOCX or XLSX file (issue #5 item 5). getAmPlan answers 404 outside the caller's reach; the
 * file is rendered first and the download audited once it exists (a plan holds no personal data of children).
 */
export async function exportAmPlan(
  deps: AppDeps,
  caller: ExportCaller,
  planId: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const plan = await getAmPlan(deps, caller.user, planId);
  const [theme, unit] = await Promise.all([findTheme(deps.db, plan.year), loadExportUnit(deps.db, plan)]);
  const body = await renderPlan(plan, { theme, unit, today: vietnamDate(deps.now()) }, format);
  await auditExport(deps, caller, { type: 'am_plan', id: plan.id, ref: plan }, format);
  const number = plan.documentNumber ? ` ${plan.documentNumber}` : ' (dự thảo)';
  return {
    body,
    contentType: CONTENT_TYPES[format],
    contentDisposition: attachmentHeader(
      `Kế hoạch${number} - Tháng hành động vì trẻ em ${plan.year}`,
      format,
    ),
  };
}

/** A result report as a PDF, DOCX or XLSX file; 404 outside the caller's reach (getAmReport). */
export async function exportAmReport(
  deps: AppDeps,
  caller: ExportCaller,
  reportId: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const report = await getAmReport(deps, caller.user, reportId);
  const [theme, unit] = await Promise.all([findTheme(deps.db, report.year), loadExportUnit(deps.db, report)]);
  const body = await renderReport(report, { theme, unit, today: vietnamDate(deps.now()) }, format);
  await auditExport(deps, caller, { type: 'am_report', id: report.id, ref: report }, format);
  return {
    body,
    contentType: CONTENT_TYPES[format],
    contentDisposition: attachmentHeader(
      `Báo cáo kết quả Tháng hành động vì trẻ em ${report.year} - ${report.unitName}`,
      format,
    ),
  };
}

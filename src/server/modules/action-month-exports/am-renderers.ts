import type { AmPlanDetail, AmReportDetail } from '../../../shared/domain/ActionMonth';
import { renderExportDocx } from './export-docx';
import { renderExportPdf } from './export-pdf';
import { planDocument, type PlanExportContext } from './plan-document';
import { renderPlanXlsx } from './plan-xlsx';
import { reportDocument, type ReportExportContext } from './report-document';
import { renderReportXlsx } from './report-xlsx';

/**
 * The Action Month exports (issue #5 item 5): the plan and the result report as PDF in the official layout, as an
 * editable DOCX with the same content, and as XLSX tables. Pure: no database, no clock (the context carries today).
 */
export type ExportFormat = 'pdf' | 'docx' | 'xlsx';
export { renderPlanXlsx, renderReportXlsx };

export function renderPlanPdf(plan: AmPlanDetail, ctx: PlanExportContext): Promise<Buffer> {
  return renderExportPdf(planDocument(plan, ctx));
}

export function renderPlanDocx(plan: AmPlanDetail, ctx: PlanExportContext): Promise<Buffer> {
  return renderExportDocx(planDocument(plan, ctx));
}

export function renderReportPdf(report: AmReportDetail, ctx: ReportExportContext): Promise<Buffer> {
  return renderExportPdf(reportDocument(report, ctx));
}

export function renderReportDocx(report: AmReportDetail, ctx: ReportExportContext): Promise<Buffer> {
  return renderExportDocx(reportDocument(report, ctx));
}

export function renderPlan(
  plan: AmPlanDetail,
  ctx: PlanExportContext,
  format: ExportFormat,
): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderPlanPdf(plan, ctx);
    case 'docx':
      return renderPlanDocx(plan, ctx);
    case 'xlsx':
      return renderPlanXlsx(plan, ctx);
  }
}

export function renderReport(
  report: AmReportDetail,
  ctx: ReportExportContext,
  format: ExportFormat,
): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderReportPdf(report, ctx);
    case 'docx':
      return renderReportDocx(report, ctx);
    case 'xlsx':
      return renderReportXlsx(report, ctx);
  }
}

import ExcelJS from 'exceljs';
import type { AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { ACTIVITY_TYPE_LABELS, excelDate, vnDay } from './am-export-labels';
import { assigneeOf, budgetTotals, type PlanExportContext } from './plan-document';
import { addTotalsRow, titledTable, workbookBuffer, type SheetColumn } from './xlsx-parts';

export const PLAN_SHEET = 'Hoạt động';

const COLUMNS: readonly SheetColumn[] = [
  { header: 'TT', width: 5 },
  { header: 'Loại hoạt động', width: 24 },
  { header: 'Tên hoạt động', width: 40 },
  { header: 'Mô tả', width: 40 },
  { header: 'Đơn vị thực hiện', width: 32 },
  { header: 'Từ ngày', width: 12, date: true },
  { header: 'Đến ngày', width: 12, date: true },
  { header: 'Kinh phí ngân sách (đồng)', width: 18, numeric: true },
  { header: 'Kinh phí xã hội hóa (đồng)', width: 18, numeric: true },
  { header: 'Chỉ tiêu', width: 36 },
];

/** The plan's activities as one sheet: a row per activity (money and dates as real values) and the totals. */
export async function renderPlanXlsx(plan: AmPlanDetail, ctx: PlanExportContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Treem';
  const ws = wb.addWorksheet(PLAN_SHEET);
  const number = plan.documentNumber ? `Số ${plan.documentNumber}` : 'Dự thảo';
  const dated = plan.documentDate ? ` ngày ${vnDay(plan.documentDate)}` : '';
  titledTable(
    ws,
    `Kế hoạch ${plan.title}`,
    [
      `${number}${dated} của ${plan.issuingBody}`,
      `Chủ đề năm ${plan.year}: ${ctx.theme?.theme ?? '(chưa công bố)'}`,
      `Thời gian: ${vnDay(plan.periodStart)} - ${vnDay(plan.periodEnd)}`,
    ],
    COLUMNS,
  );
  plan.activities.forEach((a, i) => {
    ws.addRow([
      i + 1,
      ACTIVITY_TYPE_LABELS[a.type],
      a.title,
      a.description ?? '',
      assigneeOf(a),
      a.startDate ? excelDate(a.startDate) : null,
      a.endDate ? excelDate(a.endDate) : null,
      a.budgetState,
      a.budgetMobilised,
      a.targets ?? '',
    ]).alignment = { wrapText: true, vertical: 'top' };
  });
  const totals = budgetTotals(plan);
  addTotalsRow(ws, [null, 'Tổng cộng', null, null, null, null, null, totals.state, totals.mobilised, null]);
  return workbookBuffer(wb);
}

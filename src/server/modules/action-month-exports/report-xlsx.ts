import ExcelJS from 'exceljs';
import { AM_FIGURES, type AmReportDetail } from '../../../shared/domain/ActionMonth';
import { ACTIVITY_TYPE_LABELS, FIGURE_LABELS } from './am-export-labels';
import { ownTotals, type ReportExportContext } from './report-document';
import { addTotalsRow, titledTable, workbookBuffer, type SheetColumn } from './xlsx-parts';

export const RESULTS_SHEET = 'Kết quả';
export const ROLLUP_SHEET = 'Tổng hợp theo loại';

const figureColumns: SheetColumn[] = AM_FIGURES.map((k) => ({
  header: `${FIGURE_LABELS[k].label}${FIGURE_LABELS[k].money ? ' (đồng)' : ''}`,
  width: FIGURE_LABELS[k].money ? 16 : 13,
  numeric: true,
}));

function about(report: AmReportDetail, ctx: ReportExportContext): string[] {
  return [`${ctx.unit.issuerInText}, năm ${report.year}`, `Chủ đề: ${ctx.theme?.theme ?? '(chưa công bố)'}`];
}

/**
 * The result report as a workbook: a sheet of results per activity (figures as numbers) with the totals of the
 * unit's own rows; for a province, a second sheet of its communes' and agencies' roll-up by activity type, with the
 * province's own results and the grand total (the report's `totals`).
 */
export async function renderReportXlsx(report: AmReportDetail, ctx: ReportExportContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Treem';
  const ws = wb.addWorksheet(RESULTS_SHEET);
  titledTable(ws, `Kết quả tổ chức Tháng hành động vì trẻ em năm ${report.year}`, about(report, ctx), [
    { header: 'TT', width: 5 },
    { header: 'Loại hoạt động', width: 24 },
    { header: 'Hoạt động', width: 40 },
    ...figureColumns,
    { header: 'Ghi chú', width: 30 },
  ]);
  report.results.forEach((r, i) => {
    ws.addRow([
      i + 1,
      ACTIVITY_TYPE_LABELS[r.activityType],
      r.title,
      ...AM_FIGURES.map((k) => r[k]),
      r.notes ?? '',
    ]).alignment = { wrapText: true, vertical: 'top' };
  });
  const own = ownTotals(report.results);
  addTotalsRow(ws, [null, 'Tổng cộng', null, ...AM_FIGURES.map((k) => own[k]), null]);

  if (report.level === 'province') {
    const rs = wb.addWorksheet(ROLLUP_SHEET);
    const count = report.rollup?.reportCount ?? 0;
    titledTable(
      rs,
      `Tổng hợp kết quả của các xã, phường và cơ quan, đơn vị năm ${report.year}`,
      [...about(report, ctx), `Số báo cáo đã tiếp nhận: ${count}`],
      [{ header: 'TT', width: 5 }, { header: 'Loại hoạt động', width: 34 }, ...figureColumns],
    );
    (report.rollup?.byType ?? []).forEach((t, i) => {
      rs.addRow([i + 1, ACTIVITY_TYPE_LABELS[t.type], ...AM_FIGURES.map((k) => t.figures[k])]);
    });
    const below = report.rollup?.total;
    addTotalsRow(rs, [null, 'Cộng các xã, phường, cơ quan', ...AM_FIGURES.map((k) => below?.[k] ?? 0)]);
    rs.addRow([null, 'Kết quả của cấp tỉnh', ...AM_FIGURES.map((k) => own[k])]);
    addTotalsRow(rs, [null, 'Tổng cộng toàn tỉnh', ...AM_FIGURES.map((k) => report.totals[k])]);
  }
  return workbookBuffer(wb);
}

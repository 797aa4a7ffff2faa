import type ExcelJS from 'exceljs';

/** Number formats: whole numbers grouped (Excel shows the grouping of the reader's locale), dates d/m/yyyy. */
export const NUMBER_FORMAT = '#,##0';
export const DATE_FORMAT = 'dd/mm/yyyy';

export type SheetColumn = { header: string; width: number; numeric?: boolean; date?: boolean };

/**
 * Lays out a sheet as a titled table: a bold title and a few lines about the document above, then the column
 * headers (bold, frozen, filterable). Returns the row number of the headers, so callers know where data starts.
 */
export function titledTable(
  ws: ExcelJS.Worksheet,
  title: string,
  about: readonly string[],
  columns: readonly SheetColumn[],
): number {
  ws.columns = columns.map((c) => ({
    width: c.width,
    ...(c.numeric ? { style: { numFmt: NUMBER_FORMAT } } : c.date ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  const titleRow = ws.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  for (const line of about) ws.addRow([line]);
  ws.addRow([]);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  ws.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number, column: columns.length },
  };
  return header.number;
}

/** A bold totals row with a top rule. */
export function addTotalsRow(
  ws: ExcelJS.Worksheet,
  values: readonly (string | number | null)[],
): ExcelJS.Row {
  const row = ws.addRow([...values]);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.border = { top: { style: 'thin' } };
  });
  return row;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

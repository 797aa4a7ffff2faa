import ExcelJS from 'exceljs';

/**
 * Synthetic children for the register journey (never a real child). The demo already holds a few thousand
 * synthetic children of Khánh Hoà, and a server given with --base-url may hold earlier runs: every name carries
 * given names drawn for this run, so the journey finds exactly its own children.
 */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = [
  'Khuê',
  'Diệp',
  'Thư',
  'Uyên',
  'Quỳnh',
  'Ngân',
  'Trâm',
  'Yến',
  'Hạ',
  'Nhiên',
  'Miên',
  'Đan',
  'Khanh',
  'Tường',
  'Phong',
  'Vỹ',
  'Lâm',
  'Triều',
  'Nguyên',
  'Thuận',
  'Khiêm',
  'Sơn',
  'Duy',
  'Hiển',
  'Tín',
  'Nhân',
  'Trực',
  'Viễn',
];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/** "Phạm Khuê Diệp Thư": a family name and three given names drawn for this run (about 250,000 combinations). */
export function runName(): string {
  const given = new Set<string>();
  while (given.size < 3) given.add(pick(GIVEN));
  return [pick(FAMILY), ...given].join(' ');
}

/** Lower case, without diacritics, words reversed: how the journey types a name into the search. */
export function unaccentedReversed(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .split(' ')
    .reverse()
    .join(' ');
}

/** A mobile number no earlier run used (0 + 3, 5, 7, 8 or 9 + 8 digits). */
export function runPhone(): string {
  return `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

export type TemplateRow = {
  fullName: string;
  birth: string;
  sex: string;
  personalId?: string;
  commune?: string;
  village?: string;
  caregiverRelation?: string;
  caregiverName?: string;
  caregiverPhone?: string;
};

const DATA_SHEET = 'Danh sách trẻ em';

/** Header text of a template column, by the template's own header row (found without diacritics or case). */
function columnIndex(sheet: ExcelJS.Worksheet, startsWith: string): number {
  const want = startsWith.toLowerCase();
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (!found && cell.text.toLowerCase().startsWith(want)) found = col;
  });
  if (!found) throw new Error(`the template has no column "${startsWith}"`);
  return found;
}

/** Writes the rows into the downloaded template's data sheet (row 2 on), as an officer fills it in Excel. */
export async function fillTemplate(template: Buffer, rows: TemplateRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(DATA_SHEET);
  if (!sheet) throw new Error(`the template has no sheet "${DATA_SHEET}"`);
  const columns: Record<keyof TemplateRow, number> = {
    fullName: columnIndex(sheet, 'Họ và tên'),
    birth: columnIndex(sheet, 'Ngày sinh'),
    sex: columnIndex(sheet, 'Giới tính'),
    personalId: columnIndex(sheet, 'Số định danh'),
    commune: columnIndex(sheet, 'Mã xã'),
    village: columnIndex(sheet, 'Thôn'),
    caregiverRelation: columnIndex(sheet, 'Người chăm sóc (quan hệ)'),
    caregiverName: columnIndex(sheet, 'Người chăm sóc (họ tên)'),
    caregiverPhone: columnIndex(sheet, 'Người chăm sóc (điện thoại)'),
  };
  rows.forEach((row, i) => {
    const line = sheet.getRow(i + 2);
    for (const [key, col] of Object.entries(columns) as Array<[keyof TemplateRow, number]>) {
      const value = row[key];
      if (value !== undefined) line.getCell(col).value = value;
    }
    line.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type ReportLine = { row: number; column: string; message: string };

/** The "Lỗi" sheet of an error report: one line per problem (row, column header, message). */
export async function readErrorReport(report: Buffer): Promise<ReportLine[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(report as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('the error report has no sheet');
  const lines: ReportLine[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    lines.push({
      row: Number(r.getCell(1).value),
      column: r.getCell(2).text,
      message: r.getCell(3).text,
    });
  });
  return lines;
}

import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../../../../shared/domain/ChildImport';
import {
  CARE_RELATION_LABELS,
  DISABILITY_LEVEL_LABELS,
  POVERTY_LABELS,
  SCHOOLING_LABELS,
  SEX_LABELS,
  YES_NO_LABELS,
} from './import-values';

/**
 * The import template (issue #3 item 5): the data sheet with Vietnamese headers, an instructions sheet, and
 * drop-down lists whose values sit on a hidden sheet referenced by range (Excel refuses a literal list longer than
 * 255 characters, and the communes of a province are many more).
 */
export type TemplateLists = {
  /** Communes of the user's jurisdiction, shown as "Phường Bắc Nha Trang (22333)". */
  communes: ReadonlyArray<{ code: string; name: string }>;
  ethnicGroups: ReadonlyArray<{ code: string; name: string }>;
  groups: ReadonlyArray<{ code: string; name: string }>;
};

export const DATA_SHEET = 'Danh sách trẻ em';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const LIST_SHEET = 'DanhMuc';
/** Rows of the data sheet that carry the drop-downs (header excluded). */
export const TEMPLATE_ROWS = 5000;

/** Columns typed as text so Excel keeps leading zeros (personal id, phone, codes) and does not guess dates. */
const TEXT_COLUMNS: ReadonlySet<ImportColumnKey> = new Set([
  'personalId',
  'commune',
  'caregiverPhone',
  'birth',
  'groups',
]);

const WIDTHS: Partial<Record<ImportColumnKey, number>> = {
  fullName: 28,
  birth: 18,
  personalId: 18,
  commune: 34,
  addressLine: 30,
  caregiverName: 26,
  groups: 30,
};

export function communeLabel(c: { code: string; name: string }): string {
  return `${c.name} (${c.code})`;
}

type ListDef = { key: ImportColumnKey; title: string; values: string[]; strict: boolean };

function listDefs(lists: TemplateLists): ListDef[] {
  return [
    { key: 'sex', title: 'Giới tính', values: Object.values(SEX_LABELS), strict: true },
    { key: 'commune', title: 'Xã/phường', values: lists.communes.map(communeLabel), strict: true },
    { key: 'ethnicity', title: 'Dân tộc', values: lists.ethnicGroups.map((e) => e.name), strict: true },
    { key: 'poverty', title: 'Hộ nghèo/cận nghèo', values: Object.values(POVERTY_LABELS), strict: true },
    { key: 'schooling', title: 'Tình trạng đi học', values: Object.values(SCHOOLING_LABELS), strict: true },
    {
      key: 'disabilityLevel',
      title: 'Mức độ khuyết tật',
      values: Object.values(DISABILITY_LEVEL_LABELS),
      strict: true,
    },
    { key: 'healthInsurance', title: 'Có/Không', values: Object.values(YES_NO_LABELS), strict: true },
    { key: 'birthRegistered', title: 'Có/Không', values: Object.values(YES_NO_LABELS), strict: true },
    {
      key: 'caregiverRelation',
      title: 'Quan hệ',
      values: Object.values(CARE_RELATION_LABELS),
      strict: true,
    },
    // Several groups may be written "a, d": the list only suggests, it does not refuse other input.
    { key: 'groups', title: 'Nhóm (mã)', values: lists.groups.map((g) => g.code), strict: false },
  ];
}

/** exceljs supports range validations on a worksheet but its typings omit the collection. */
function validations(ws: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export async function buildTemplateWorkbook(lists: TemplateLists): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Treem';
  wb.created = new Date(0);
  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  const listSheet = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });

  data.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: WIDTHS[c.key] ?? 16,
    ...(TEXT_COLUMNS.has(c.key) ? { style: { numFmt: '@' } } : {}),
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 45;
  IMPORT_COLUMNS.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });

  // The hidden list sheet: one column per list, its title in row 1, values from row 2.
  listDefs(lists).forEach((def, i) => {
    const col = i + 1;
    listSheet.getCell(1, col).value = def.title;
    def.values.forEach((v, r) => {
      listSheet.getCell(r + 2, col).value = v;
    });
    const letter = columnLetter(col);
    const last = Math.max(2, def.values.length + 1);
    const target = IMPORT_COLUMNS.findIndex((c) => c.key === def.key) + 1;
    const targetLetter = columnLetter(target);
    validations(data).add(`${targetLetter}2:${targetLetter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LIST_SHEET}'!$${letter}$2:$${letter}$${last}`],
      showErrorMessage: def.strict,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: 'Hãy chọn một giá trị trong danh sách.',
    });
  });

  help.columns = [{ width: 34 }, { width: 100 }];
  help.addRow(['Hướng dẫn nhập danh sách trẻ em']).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const [title, text] of INSTRUCTIONS) help.addRow([title, text]).alignment = { wrapText: true };
  help.addRow([]);
  help.addRow(['Nhóm hoàn cảnh đặc biệt', 'Luật Trẻ em 2016 Điều 10 khoản 1']).font = { bold: true };
  for (const g of lists.groups) help.addRow([g.code, g.name]);

  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf);
}

const INSTRUCTIONS: ReadonlyArray<[string, string]> = [
  ['Cột bắt buộc', 'Họ và tên, Ngày sinh, Giới tính (tiêu đề màu đỏ). Các cột khác có thể để trống.'],
  [
    'Ngày sinh',
    'Ghi dd/mm/yyyy (ví dụ 05/09/2016); nếu chỉ biết tháng và năm ghi mm/yyyy; nếu chỉ biết năm ghi yyyy (năm ước tính).',
  ],
  [
    'Số định danh cá nhân',
    '12 chữ số, giữ nguyên số 0 ở đầu. Để trống nếu chưa có. Không được trùng với trẻ khác trong tệp hoặc trong cơ sở dữ liệu.',
  ],
  [
    'Mã xã/phường',
    'Chọn trong danh sách (tên và mã 5 chữ số, theo đơn vị hành chính từ 01/07/2025). Chỉ được nhập trẻ em thuộc địa bàn bạn quản lý. Cán bộ cấp xã có thể để trống: mặc định là xã của mình.',
  ],
  ['Giới tính, Dân tộc, …', 'Chọn trong danh sách thả xuống.'],
  ['Người chăm sóc', 'Quan hệ, họ tên và điện thoại (10 chữ số, bắt đầu bằng 0) của người chăm sóc chính.'],
  [
    'Nhóm hoàn cảnh đặc biệt',
    'Mã nhóm a–o theo Luật Trẻ em Điều 10 (a, b, c, d, đ, e, g, h, i, k, l, m, n, o), nhiều nhóm cách nhau bởi dấu phẩy, ví dụ "a, d". Ngày bắt đầu là ngày nhập.',
  ],
  [
    'Nhập tệp',
    'Tệp được kiểm tra toàn bộ trước khi nhập. Nếu có lỗi, không dòng nào được nhập: tải báo cáo lỗi (dòng, cột, nội dung lỗi), sửa rồi nhập lại. Trẻ có thể trùng với trẻ đã có sẽ được nhập và đưa vào danh sách rà soát trùng lặp.',
  ],
  ['Tệp CSV', 'Lưu với mã hoá UTF-8 (Excel: Lưu thành → "CSV UTF-8"), dòng đầu là tiêu đề cột như mẫu.'],
];

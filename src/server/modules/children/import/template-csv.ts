import { IMPORT_COLUMNS } from '../../../../shared/domain/ChildImport';

/**
 * The CSV template: the header line of the XLSX template, in UTF-8 with a byte order mark so that Excel opens the
 * Vietnamese headers correctly (without it, Excel reads a CSV in the Windows code page and garbles "Họ và tên").
 */
export const UTF8_BOM = '\uFEFF';

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function buildTemplateCsv(): Buffer {
  return Buffer.from(UTF8_BOM + csvLine(IMPORT_COLUMNS.map((c) => c.header)), 'utf8');
}

import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportColumnKey } from '../../../../shared/domain/ChildImport';
import { apiMessages, type ApiMessageId } from '../../../../shared/i18n/messages';
import type { Locale } from '../../../../shared/i18n/locale';
import { headerText } from './import-header';

/**
 * The downloadable report of an import (GET /api/children/import/:jobId/errors.xlsx): one line per problem with
 * the row number as Excel shows it, the column header and the message, plus a sheet of possible duplicates. It
 * holds no cell values, so the report stored with the job carries no personal data. Entries beyond
 * MAX_ENTRIES are counted, not listed.
 */
export const MAX_REPORT_ENTRIES = 20_000;

export type ReportError = { row: number; column: ImportColumnKey | null; messageId: ApiMessageId };
export type ReportDuplicate = {
  row: number;
  messageId: ApiMessageId;
  /** The other row of the file, or the register child's id. */
  otherRow?: number;
  otherChildId?: string;
};

export class ReportCollector {
  readonly errors: ReportError[] = [];
  readonly duplicates: ReportDuplicate[] = [];
  errorCount = 0;
  duplicateCount = 0;
  private readonly errorRows = new Set<number>();

  addError(e: ReportError): void {
    this.errorCount++;
    this.errorRows.add(e.row);
    if (this.errors.length < MAX_REPORT_ENTRIES) this.errors.push(e);
  }

  addDuplicate(d: ReportDuplicate): void {
    this.duplicateCount++;
    if (this.duplicates.length < MAX_REPORT_ENTRIES) this.duplicates.push(d);
  }

  get errorRowCount(): number {
    return this.errorRows.size;
  }

  get isEmpty(): boolean {
    return this.errorCount === 0 && this.duplicateCount === 0;
  }
}

const LABELS = {
  vi: {
    errors: 'Lỗi',
    duplicates: 'Có thể trùng',
    row: 'Dòng',
    column: 'Cột',
    message: 'Lỗi',
    reason: 'Lý do',
    other: 'Trùng với',
    otherRow: (n: number) => `Dòng ${n} trong tệp`,
    otherChild: (id: string) => `Trẻ em đã có (mã hồ sơ ${id})`,
    wholeRow: '(cả dòng)',
  },
  en: {
    errors: 'Errors',
    duplicates: 'Possible duplicates',
    row: 'Row',
    column: 'Column',
    message: 'Error',
    reason: 'Reason',
    other: 'Same as',
    otherRow: (n: number) => `Row ${n} of the file`,
    otherChild: (id: string) => `Child in the register (record ${id})`,
    wholeRow: '(whole row)',
  },
} as const;

export async function buildErrorReport(report: ReportCollector, locale: Locale): Promise<Buffer> {
  const t = LABELS[locale];
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });

  const errors = wb.addWorksheet(t.errors, { views: [{ state: 'frozen', ySplit: 1 }] });
  errors.columns = [
    { header: t.row, width: 8 },
    { header: t.column, width: 36 },
    { header: t.message, width: 90 },
  ];
  errors.getRow(1).font = { bold: true };
  errors.getRow(1).commit();
  // By row (a register check of one batch may finish after the next batch's own errors); stable within a row.
  const byRow = <T extends { row: number }>(list: readonly T[]) => [...list].sort((a, b) => a.row - b.row);
  for (const e of byRow(report.errors))
    errors
      .addRow([e.row, e.column ? headerText(e.column) : t.wholeRow, apiMessages[e.messageId][locale]])
      .commit();
  if (report.errorCount > report.errors.length)
    errors.addRow(['', '', `${apiMessages['import.tooManyErrors'][locale]} (${report.errorCount})`]).commit();
  errors.commit();

  const dups = wb.addWorksheet(t.duplicates, { views: [{ state: 'frozen', ySplit: 1 }] });
  dups.columns = [
    { header: t.row, width: 8 },
    { header: t.reason, width: 80 },
    { header: t.other, width: 60 },
  ];
  dups.getRow(1).font = { bold: true };
  dups.getRow(1).commit();
  for (const d of byRow(report.duplicates)) {
    const other =
      d.otherRow !== undefined ? t.otherRow(d.otherRow) : d.otherChildId ? t.otherChild(d.otherChildId) : '';
    dups.addRow([d.row, apiMessages[d.messageId][locale], other]).commit();
  }
  dups.commit();

  await wb.commit();
  return Buffer.concat(chunks);
}

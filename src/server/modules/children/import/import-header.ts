import { IMPORT_COLUMNS, type ImportColumnKey } from '../../../../shared/domain/ChildImport';
import { AppError } from '../../../http/app-error';
import { fold } from './import-values';
import type { Cell } from './xlsx-stream';

/**
 * Matches the header row of an uploaded file to the template's columns: without case, diacritics or spacing, in
 * any order, by the full header, by its short form ("Ngày sinh" for "Ngày sinh (dd/mm/yyyy hoặc năm)") where that
 * is unambiguous, or by the column key. Columns we do not know (a "Ghi chú" the commune added) are ignored.
 */
export type HeaderMap = ReadonlyMap<ImportColumnKey, number>;

/** Hostile-file bounds, checked before any row is validated. */
export const IMPORT_LIMITS = {
  maxColumns: 100,
  maxCellChars: 2000,
  maxRows: 200_000,
  maxFileBytes: 50 * 1024 * 1024,
  /** The XLSX may inflate to at most this much (a "ZIP bomb" is refused unread). */
  maxUnzippedBytes: 1024 * 1024 * 1024,
} as const;

const NAMES: ReadonlyMap<string, ImportColumnKey> = (() => {
  const m = new Map<string, ImportColumnKey>();
  const shortCount = new Map<string, number>();
  const shortOf = (h: string) => fold(h.replace(/\s*\(.*$/, ''));
  for (const c of IMPORT_COLUMNS)
    shortCount.set(shortOf(c.header), (shortCount.get(shortOf(c.header)) ?? 0) + 1);
  for (const c of IMPORT_COLUMNS) {
    m.set(fold(c.header), c.key);
    m.set(fold(c.key), c.key);
    const short = shortOf(c.header);
    if (shortCount.get(short) === 1) m.set(short, c.key);
  }
  return m;
})();

export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  return c.toISOString().slice(0, 10);
}

export function columnOfHeader(text: string): ImportColumnKey | undefined {
  return NAMES.get(fold(text));
}

/** Whether a row looks like our header (used to find the data sheet of a workbook). */
export function looksLikeHeader(cells: readonly Cell[]): boolean {
  return cells.some((c) => columnOfHeader(cellText(c)) === 'fullName');
}

const REQUIRED = IMPORT_COLUMNS.filter((c) => c.required);

function invalid(
  messageId: 'import.missingColumns' | 'import.duplicateColumn' | 'import.tooManyColumns',
): AppError {
  return new AppError('VALIDATION', { messageId, message: messageId });
}

/** The column index of each known header; 400 when a required column is missing or a column is doubled. */
export function mapHeader(cells: readonly Cell[]): HeaderMap {
  if (cells.length > IMPORT_LIMITS.maxColumns) throw invalid('import.tooManyColumns');
  const map = new Map<ImportColumnKey, number>();
  cells.forEach((c, i) => {
    const key = columnOfHeader(cellText(c));
    if (!key) return;
    if (map.has(key)) throw invalid('import.duplicateColumn');
    map.set(key, i);
  });
  if (REQUIRED.some((c) => !map.has(c.key))) throw invalid('import.missingColumns');
  return map;
}

export function headerText(key: ImportColumnKey): string {
  return IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

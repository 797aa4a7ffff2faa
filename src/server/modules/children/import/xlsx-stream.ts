import ExcelJS from 'exceljs';

/**
 * Streams the rows of an XLSX file with exceljs' WorkbookReader: one row in memory at a time (shared strings are
 * cached, which the ZIP check in zip-inspect.ts bounds). The data sheet is the first worksheet whose first
 * non-empty row holds a recognised header (`isHeader`); the template's instructions and hidden list sheets, or any
 * other sheet, are skipped.
 */
export type Cell = string | number | boolean | Date | null;

export type SheetRow = {
  /** The row number shown by Excel (1-based). */
  index: number;
  cells: Cell[];
  overflow?: Map<number, number>;
};

function textOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as Array<{ text?: unknown }>)
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join('');
    if ('result' in o) return textOf(o.result);
    if ('text' in o) return textOf(o.text);
    if ('error' in o) return null;
  }
  return null;
}

function toCells(values: unknown, maxColumns: number, maxCellChars: number): Omit<SheetRow, 'index'> {
  const cells: Cell[] = [];
  let overflow: Map<number, number> | undefined;
  if (Array.isArray(values)) {
    // exceljs row.values is 1-based and sparse.
    const n = Math.min(values.length - 1, maxColumns);
    for (let c = 0; c < n; c++) {
      let v = textOf(values[c + 1]);
      if (typeof v === 'string' && v.length > maxCellChars) {
        (overflow ??= new Map()).set(c, v.length);
        v = v.slice(0, maxCellChars);
      }
      cells.push(v);
    }
  }
  return overflow ? { cells, overflow } : { cells };
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

export async function* readXlsxRows(
  file: string,
  opts: { maxColumns: number; maxCellChars: number; isHeader: (cells: Cell[]) => boolean },
): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers (a date typed in a date-formatted cell arrives as a Date).
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let found = false;
  for await (const sheet of reader) {
    let decided = false;
    let isData = false;
    for await (const row of sheet) {
      if (found && !isData) continue;
      const r = row as unknown as { number: number; values: unknown };
      const { cells, overflow } = toCells(r.values, opts.maxColumns, opts.maxCellChars);
      if (!decided) {
        if (isBlankRow(cells)) continue;
        decided = true;
        isData = !found && opts.isHeader(cells);
        if (isData) found = true;
      }
      if (!isData) continue;
      yield overflow ? { index: r.number, cells, overflow } : { index: r.number, cells };
    }
  }
}

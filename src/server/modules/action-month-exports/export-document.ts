import type { BodyBlock, OfficialDocument } from '../../pdf/official-document';

/** One line of a table cell, with its own emphasis. */
export type CellLine = { text: string; bold?: boolean; italics?: boolean };
/** A cell: plain text ("\n" breaks lines) or lines with emphasis. */
export type GridCell = string | readonly CellLine[];

export type GridColumn = {
  header: string;
  /** Points in the PDF (A4 portrait has about 467 pt between the margins); '*' shares the rest. */
  width: number | '*';
  align?: 'left' | 'center' | 'right';
};

/** A data table with aligned columns and optional bold rows (totals): the official layout's table, richer. */
export type GridBlock = {
  kind: 'grid';
  columns: readonly GridColumn[];
  rows: readonly { cells: readonly GridCell[]; bold?: boolean }[];
};

export type ExportBlock = Exclude<BodyBlock, { kind: 'table' }> | GridBlock;

/**
 * An Action Month document (plan or result report) as content: the header, title, signature and recipients of an
 * official document (src/server/pdf/official-document.ts), and a body that the PDF and the DOCX renderers both
 * draw. Built once per export, so the two files always say the same thing.
 */
export type ExportDocument = Omit<OfficialDocument, 'body'> & { body: readonly ExportBlock[] };

export function cellLines(cell: GridCell): readonly CellLine[] {
  return typeof cell === 'string' ? cell.split('\n').map((text) => ({ text })) : cell;
}

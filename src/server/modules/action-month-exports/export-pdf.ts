import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BodyBlock } from '../../pdf/official-document';
import { officialDocumentDefinition } from '../../pdf/official-layout';
import { configuredPdfmake } from '../../pdf/pdfmake-setup';
import { cellLines, type ExportDocument, type GridBlock, type GridCell } from './export-document';

const GRID_FONT_SIZE = 11;

function cellContent(cell: GridCell, align: 'left' | 'center' | 'right', bold: boolean): TableCell {
  return {
    stack: cellLines(cell).map((l) => ({
      text: l.text.normalize('NFC'),
      ...(bold || l.bold ? { bold: true } : {}),
      ...(l.italics ? { italics: true } : {}),
    })),
    alignment: align,
  };
}

/** A grid as a pdfmake table: header repeated on every page, rows never split, numbers aligned right. */
function gridContent(grid: GridBlock): Content {
  const align = (i: number) => grid.columns[i]?.align ?? 'left';
  return {
    table: {
      headerRows: 1,
      // The header row never stands alone at the foot of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: grid.columns.map((c) => c.width),
      body: [
        grid.columns.map((c) => ({
          text: c.header.normalize('NFC'),
          bold: true,
          alignment: 'center' as const,
        })),
        ...grid.rows.map((row) =>
          grid.columns.map((_, i) => cellContent(row.cells[i] ?? '', align(i), row.bold === true)),
        ),
      ],
    },
    fontSize: GRID_FONT_SIZE,
    lineHeight: 1.05,
    margin: [0, 2, 0, 8],
  };
}

/**
 * Renders an export document in the official layout (src/server/pdf/official-layout.ts). Grids go in as plain
 * tables and are then swapped, in the finished definition, for tables with aligned numbers and bold totals in a
 * size that fits seven columns on A4 portrait. The layout's content is [header, title, ...body, closing].
 */
export async function renderExportPdf(doc: ExportDocument): Promise<Buffer> {
  const grids = new Map<number, GridBlock>();
  const body: BodyBlock[] = doc.body.map((block, i) => {
    if (block.kind !== 'grid') return block;
    grids.set(i, block);
    return { kind: 'table', header: block.columns.map((c) => c.header), rows: [] };
  });
  const definition = officialDocumentDefinition({ ...doc, body });
  const content = definition.content;
  if (!Array.isArray(content) || content.length !== body.length + 3)
    throw new Error('the official layout no longer puts the body between the title and the closing');
  for (const [i, grid] of grids) content[i + 2] = gridContent(grid);
  return configuredPdfmake().createPdf(definition).getBuffer();
}

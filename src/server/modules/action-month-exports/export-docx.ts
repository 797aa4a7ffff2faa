import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { RichText } from '../../pdf/official-document';
import { officialDateLine } from '../../pdf/vn-date';
import { cellLines, type ExportBlock, type ExportDocument, type GridBlock } from './export-document';

/*
 * The same document as the PDF, as an editable Word file, after Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins
 * top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt (the font the decree names: Word has it, unlike
 * the PDF, which embeds Roboto); header as two columns (issuer | national title and motto), the title centred, the
 * body justified with a 1.27 cm first-line indent, "Nơi nhận" and the signature side by side, page numbers centred
 * at the top from page 2. Sizes in docx are half-points; lengths in twips (1/20 pt).
 */
const FONT = 'Times New Roman';
/** Millimetres to twips, rounded (docx's own helper truncates: 20 mm would be 19.99). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
};
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const HEADER_LEFT = 3800;
const INDENT = mm(12.7);
const pt = (size: number) => size * 2;

const nfc = (s: string) => s.normalize('NFC');
const upper = (s: string) => nfc(s).toLocaleUpperCase('vi');

type Run = { text: string; bold?: boolean; italics?: boolean; size?: number };
function run(r: Run): TextRun {
  return new TextRun({
    text: nfc(r.text),
    ...(r.bold ? { bold: true } : {}),
    ...(r.italics ? { italics: true } : {}),
    ...(r.size ? { size: pt(r.size) } : {}),
  });
}

function line(text: string, opts: Omit<Run, 'text'> & Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const { bold, italics, size, ...paragraph } = opts;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...paragraph,
    children: text.split('\n').map(
      (t, i) =>
        new TextRun({
          text: nfc(t),
          bold,
          italics,
          size: size ? pt(size) : undefined,
          break: i > 0 ? 1 : 0,
        }),
    ),
  });
}

/** A centred horizontal rule of about `length` twips inside a column of `width` twips. */
function rule(length: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 0, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function plainTable(widths: readonly number[], rows: readonly (readonly Paragraph[])[][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, i) =>
              new TableCell({
                children: [...children],
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
              }),
          ),
        }),
    ),
  });
}

function headerTable(doc: ExportDocument): Table {
  const right = CONTENT_WIDTH - HEADER_LEFT;
  const left = [
    ...(doc.issuer.parent ? [line(upper(doc.issuer.parent))] : []),
    line(upper(doc.issuer.name), { bold: true }),
    rule(HEADER_LEFT / 3, HEADER_LEFT),
  ];
  const rightCol = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 }),
    line('Độc lập - Tự do - Hạnh phúc', { bold: true }),
    rule(3600, right),
  ];
  const second = [
    [line(`Số: ${nfc(doc.number)}`, { spacing: { before: 120 } })],
    [line(officialDateLine(nfc(doc.place), doc.date), { italics: true, spacing: { before: 120 } })],
  ];
  return plainTable([HEADER_LEFT, right], [[left, rightCol], second]);
}

function richRuns(t: RichText, prefix = ''): TextRun[] {
  if (typeof t === 'string') return [run({ text: prefix + t })];
  return [...(prefix ? [run({ text: prefix })] : []), ...t.map((r) => run(r))];
}

function gridTable(grid: GridBlock): Table {
  const fixed = grid.columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width * 20), 0);
  const stars = grid.columns.filter((c) => c.width === '*').length;
  const widths = grid.columns.map((c) =>
    c.width === '*' ? Math.max(600, Math.floor((CONTENT_WIDTH - fixed) / stars)) : c.width * 20,
  );
  const align = (i: number) => {
    const a = grid.columns[i]?.align ?? 'left';
    return a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  };
  const cell = (children: Paragraph[], i: number) =>
    new TableCell({
      children,
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: grid.columns.map((c, i) => cell([line(c.header, { bold: true, size: 11 })], i)),
      }),
      ...grid.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: grid.columns.map((_, i) =>
              cell(
                cellLines(row.cells[i] ?? '').map(
                  (l) =>
                    new Paragraph({
                      alignment: align(i),
                      children: [run({ ...l, bold: row.bold || l.bold, size: 11 })],
                    }),
                ),
                i,
              ),
            ),
          }),
      ),
    ],
  });
}

const BODY_SPACING = { after: 120 };

function bodyBlock(block: ExportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return [
        new Paragraph({
          alignment:
            align === 'justify'
              ? AlignmentType.JUSTIFIED
              : align === 'center'
                ? AlignmentType.CENTER
                : align === 'right'
                  ? AlignmentType.RIGHT
                  : AlignmentType.LEFT,
          ...(block.indent === false ? {} : { indent: { firstLine: INDENT } }),
          spacing: BODY_SPACING,
          children: richRuns(block.text),
        }),
      ];
    }
    case 'heading':
      return [
        new Paragraph({
          indent: { firstLine: INDENT },
          spacing: { before: 80, after: 120 },
          keepNext: true,
          children: [run({ text: block.text, bold: true, italics: block.level === 2 })],
        }),
      ];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: INDENT },
            spacing: { after: 80 },
            children: richRuns(
              item,
              block.marker === 'number' ? `${i + 1}. ` : block.marker === 'bullet' ? '• ' : '- ',
            ),
          }),
      );
    case 'grid':
      return [gridTable(block), new Paragraph({ spacing: { after: 80 }, children: [] })];
  }
}

function closingTable(doc: ExportDocument): Table {
  const left = Math.round(CONTENT_WIDTH * 0.42);
  const recipients =
    doc.recipients.length === 0
      ? [new Paragraph({ children: [] })]
      : [
          new Paragraph({ children: [run({ text: 'Nơi nhận:', bold: true, italics: true, size: 12 })] }),
          ...doc.recipients.map((r) => {
            const text = nfc(r).trim();
            return new Paragraph({
              children: [run({ text: text.startsWith('-') ? text : `- ${text}`, size: 11 })],
            });
          }),
        ];
  const sig = doc.signature;
  const signature = [
    ...(sig.authority ? [line(upper(sig.authority), { bold: true })] : []),
    line(upper(sig.position), { bold: true }),
    line(nfc(sig.signerName), { bold: true, spacing: { before: 1400 } }),
  ];
  return plainTable([left, CONTENT_WIDTH - left], [[recipients, signature]]);
}

/** Renders an export document as a DOCX (Word 2007+) file. */
export async function renderExportDocx(doc: ExportDocument): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  const document = new Document({
    creator: 'Treem',
    title: `${upper(doc.title)}${doc.subtitle ? ` - ${nfc(doc.subtitle)}` : ''}`,
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: mm(10) } },
          titlePage: true,
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          headerTable(doc),
          line(upper(doc.title), { bold: true, size: 14, spacing: { before: 360 } }),
          ...(doc.subtitle ? [line(doc.subtitle, { bold: true, size: 14 })] : []),
          rule(CONTENT_WIDTH / 5, CONTENT_WIDTH),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...doc.body.flatMap(bodyBlock),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          closingTable(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

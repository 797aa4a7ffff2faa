import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BodyBlock, OfficialDocument, RichText } from './official-document';
import { FONT_FAMILY } from './pdfmake-setup';
import { officialDateLine } from './vn-date';

/*
 * The layout of an administrative document (thể thức và kỹ thuật trình bày văn bản hành chính), after
 * Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * - A4; margins top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm; text 13–14 pt.
 * - Header, left: the parent body (capitals, regular), the issuing body (capitals, bold) with a short rule under it
 *   (1/3 to 1/2 of the line), then "Số: .../...". Right: the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 *   (capitals, bold, 12–13 pt), the motto "Độc lập - Tự do - Hạnh phúc" (bold, 13–14 pt) with a rule as long as the
 *   line under it, then "<Địa danh>, ngày ... tháng ... năm ..." in italics.
 * - The document type (capitals, bold, centred), the summary (trích yếu, bold, centred) with a short rule under it.
 * - Body justified, first lines indented 1–1.27 cm, at least 6 pt between paragraphs.
 * - Signature block on the right (authority and position in capitals, bold; the name bold); "Nơi nhận:" on the
 *   left (12 pt, bold italics) with the recipients in 11 pt.
 * - Page numbers centred in the top margin, from page 2.
 * The decree asks for Times New Roman; we use Roboto, the full-coverage Vietnamese font the stack ships
 * (architecture.md, "Documents").
 */
const MM = 72 / 25.4;
const A4_WIDTH = 595.28;
const MARGIN = { left: 30 * MM, top: 20 * MM, right: 15 * MM, bottom: 20 * MM };
const CONTENT_WIDTH = A4_WIDTH - MARGIN.left - MARGIN.right;
const HEADER_LEFT_WIDTH = 190;
const BODY_SIZE = 13;
const FIRST_LINE_INDENT = 1.27 * 10 * MM;
const SIGNATURE_SPACE = 60;

const nfc = (s: string) => s.normalize('NFC');
const upper = (s: string) => nfc(s).toLocaleUpperCase('vi');

/** A table used only to place things: no lines, no padding. */
const PLAIN: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** A rule of a given length, centred in whatever column holds it. */
function centredRule(length: number, margin: [number, number, number, number] = [0, 5, 0, 0]): Content {
  return {
    columns: [
      { width: '*', text: '' },
      { width: length, canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.6 }] },
      { width: '*', text: '' },
    ],
    margin,
  };
}

/** A line of text with a rule exactly as long as the text under it (the motto): an auto-width table's border. */
function underRuled(text: string, fontSize: number): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: { widths: ['auto'], body: [[{ text, bold: true, fontSize }]] },
        layout: { ...PLAIN, hLineWidth: (i) => (i === 1 ? 0.6 : 0), paddingBottom: () => 2 },
      },
      { width: '*', text: '' },
    ],
  };
}

/** Rough width of a bold capitals line (Roboto Medium averages about 0.66 em there), to size the short rules. */
function estimateCapsWidth(line: string, fontSize: number): number {
  return line.length * 0.66 * fontSize;
}

function headerBlock(doc: OfficialDocument): Content {
  const nameLines = upper(doc.issuer.name).split('\n');
  const longest = Math.max(...nameLines.map((l) => estimateCapsWidth(l, 13)));
  const ruleLength = Math.min(Math.max(longest * 0.4, 40), HEADER_LEFT_WIDTH * 0.5);
  const left: Content[] = [
    ...(doc.issuer.parent ? [{ text: upper(doc.issuer.parent), fontSize: 13 }] : []),
    { text: nameLines.join('\n'), bold: true, fontSize: 13 },
    centredRule(ruleLength),
  ];
  const right: Content[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 12 },
    underRuled('Độc lập - Tự do - Hạnh phúc', 13),
  ];
  const row2: TableCell[] = [
    { text: `Số: ${nfc(doc.number)}`, fontSize: 13, margin: [0, 6, 0, 0] },
    { text: officialDateLine(nfc(doc.place), doc.date), italics: true, fontSize: 13, margin: [0, 6, 0, 0] },
  ];
  return {
    table: {
      widths: [HEADER_LEFT_WIDTH, '*'],
      body: [[{ stack: left }, { stack: right }], row2],
    },
    layout: PLAIN,
    alignment: 'center',
  };
}

function titleBlock(doc: OfficialDocument): Content {
  return {
    stack: [
      { text: upper(doc.title), bold: true, fontSize: 14 },
      ...(doc.subtitle ? [{ text: nfc(doc.subtitle), bold: true, fontSize: 14 }] : []),
      centredRule(CONTENT_WIDTH / 5, [0, 6, 0, 0]),
    ],
    alignment: 'center',
    margin: [0, 22, 0, 14],
  };
}

function richText(t: RichText): string | Content[] {
  if (typeof t === 'string') return nfc(t);
  return t.map((r) => ({
    text: nfc(r.text),
    ...(r.bold ? { bold: true } : {}),
    ...(r.italics ? { italics: true } : {}),
  }));
}

function listMarker(marker: 'dash' | 'bullet' | 'number', i: number): string {
  switch (marker) {
    case 'dash':
      return '- ';
    case 'bullet':
      return '• ';
    case 'number':
      return `${i + 1}. `;
  }
}

function bodyBlock(block: BodyBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return {
        text: richText(block.text),
        alignment: block.align ?? 'justify',
        ...(block.indent === false ? {} : { leadingIndent: FIRST_LINE_INDENT }),
        margin: [0, 0, 0, 6],
      };
    case 'heading':
      return {
        text: nfc(block.text),
        bold: true,
        ...(block.level === 2 ? { italics: true } : {}),
        leadingIndent: FIRST_LINE_INDENT,
        margin: [0, 4, 0, 6],
      };
    case 'list':
      return {
        stack: block.items.map((item, i) => {
          const marker = listMarker(block.marker ?? 'dash', i);
          const content = richText(item);
          return {
            text: typeof content === 'string' ? marker + content : [marker, ...content],
            alignment: 'justify' as const,
            leadingIndent: FIRST_LINE_INDENT,
            margin: [0, 0, 0, 4] as [number, number, number, number],
          };
        }),
        margin: [0, 0, 0, 4],
      };
    case 'table': {
      const columns = block.header.length;
      const cell = (text: string | undefined) => ({ text: nfc(text ?? '') });
      return {
        table: {
          headerRows: 1,
          widths: block.widths ? [...block.widths] : Array.from({ length: columns }, () => '*'),
          body: [
            block.header.map((h) => ({ text: nfc(h), bold: true, alignment: 'center' as const })),
            ...block.rows.map((row) => Array.from({ length: columns }, (_, i) => cell(row[i]))),
          ],
        },
        fontSize: 12,
        margin: [0, 2, 0, 8],
      };
    }
  }
}

function closingBlock(doc: OfficialDocument): Content {
  const recipients: Content[] =
    doc.recipients.length === 0
      ? []
      : [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          ...doc.recipients.map((r) => {
            const line = nfc(r).trim();
            return { text: line.startsWith('-') ? line : `- ${line}`, fontSize: 11 };
          }),
        ];
  const sig = doc.signature;
  const signature: Content[] = [
    ...(sig.authority ? [{ text: upper(sig.authority), bold: true }] : []),
    { text: upper(sig.position), bold: true },
    // Room for the signature and the seal.
    { text: nfc(sig.signerName), bold: true, margin: [0, SIGNATURE_SPACE, 0, 0] },
  ];
  return {
    // The signature must not be split from its block by a page break.
    stack: [
      {
        columns: [
          { width: '42%', stack: recipients, margin: [0, 6, 0, 0] },
          { width: '58%', stack: signature, alignment: 'center', fontSize: BODY_SIZE },
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 14, 0, 0],
  };
}

/** The pdfmake definition of an official document (exported for tests and for forms that add to it). */
export function officialDocumentDefinition(doc: OfficialDocument): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    language: 'vi',
    info: {
      title: `${upper(doc.title)}${doc.subtitle ? ` - ${nfc(doc.subtitle)}` : ''}`,
      author: nfc(doc.issuer.name.replace(/\n/g, ' ')),
      creator: 'Treem',
      producer: 'Treem',
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: BODY_SIZE, lineHeight: 1.1 },
    header: (currentPage) =>
      currentPage > 1
        ? {
            text: String(currentPage),
            alignment: 'center',
            fontSize: BODY_SIZE,
            margin: [0, MARGIN.top / 2, 0, 0],
          }
        : null,
    content: [headerBlock(doc), titleBlock(doc), ...doc.body.map(bodyBlock), closingBlock(doc)],
  };
}

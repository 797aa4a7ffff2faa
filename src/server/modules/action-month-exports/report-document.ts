import {
  AM_FIGURES,
  type AmReportDetail,
  type AmResult,
  type AmResultFigures,
  type AmTheme,
} from '../../../shared/domain/ActionMonth';
import { vietnamDate } from '../../pdf/vn-date';
import { ACTIVITY_TYPE_LABELS, FIGURE_LABELS, formatFigure, vnDay } from './am-export-labels';
import type { CellLine, ExportBlock, ExportDocument, GridBlock } from './export-document';
import { blankNumber, signatureOf, type ExportUnit } from './export-unit';
import { draftNotice, textBlocks } from './document-parts';

/** What a report export needs besides the report: the year's theme, the reporting unit, today for a draft. */
export type ReportExportContext = { theme: AmTheme | null; unit: ExportUnit; today: string };

type Figures = Required<AmResultFigures>;

export function zeroFigures(): Figures {
  return Object.fromEntries(AM_FIGURES.map((k) => [k, 0])) as Figures;
}

/** The sum of the report's own result rows (a province adds its communes' roll-up to it in `totals`). */
export function ownTotals(results: readonly AmResult[]): Figures {
  const sum = zeroFigures();
  for (const r of results) for (const k of AM_FIGURES) sum[k] += r[k];
  return sum;
}

/** The figures that are not zero, one per line: "Số trẻ em được thăm hỏi, tặng quà: 120". */
function figureLines(f: Figures): CellLine[] {
  const lines = AM_FIGURES.filter((k) => f[k] > 0).map((k) => ({
    text: `${FIGURE_LABELS[k].label}: ${formatFigure(k, f[k])}`,
  }));
  return lines.length > 0 ? lines : [{ text: '(Chưa có số liệu)', italics: true }];
}

function resultGrid(results: readonly AmResult[]): GridBlock {
  return {
    kind: 'grid',
    columns: [
      { header: 'TT', width: 22, align: 'center' },
      { header: 'Hoạt động', width: '*' },
      { header: 'Kết quả chủ yếu', width: 230 },
    ],
    rows: results.map((r, i) => ({
      cells: [
        String(i + 1),
        [
          { text: ACTIVITY_TYPE_LABELS[r.activityType], bold: true },
          { text: r.title },
          ...(r.notes ? [{ text: `Ghi chú: ${r.notes}`, italics: true }] : []),
        ],
        figureLines(r),
      ],
    })),
  };
}

function rollupGrid(rollup: NonNullable<AmReportDetail['rollup']>): GridBlock {
  return {
    kind: 'grid',
    columns: [
      { header: 'TT', width: 22, align: 'center' },
      { header: 'Loại hoạt động', width: '*' },
      { header: 'Kết quả chủ yếu', width: 250 },
    ],
    rows: rollup.byType.map((t, i) => ({
      cells: [String(i + 1), [{ text: ACTIVITY_TYPE_LABELS[t.type], bold: true }], figureLines(t.figures)],
    })),
  };
}

/** Every figure with its value: the unit's own, for a province also its communes' and agencies', and the total. */
export function totalsGrid(report: AmReportDetail): GridBlock {
  const own = ownTotals(report.results);
  const province = report.level === 'province';
  const below = report.rollup?.total ?? zeroFigures();
  return {
    kind: 'grid',
    columns: [
      { header: 'TT', width: 22, align: 'center' },
      { header: 'Chỉ tiêu', width: '*' },
      ...(province
        ? [
            { header: 'Cấp tỉnh', width: 78, align: 'right' as const },
            { header: 'Các xã, phường, cơ quan', width: 82, align: 'right' as const },
          ]
        : []),
      { header: 'Tổng cộng', width: 84, align: 'right' },
    ],
    rows: AM_FIGURES.map((k, i) => ({
      cells: [
        String(i + 1),
        FIGURE_LABELS[k].label,
        ...(province ? [formatFigure(k, own[k]), formatFigure(k, below[k])] : []),
        formatFigure(k, report.totals[k]),
      ],
    })),
  };
}

function resultsSection(report: AmReportDetail): ExportBlock[] {
  let n = 0;
  const h = (text: string): ExportBlock => ({ kind: 'heading', level: 2, text: `${++n}. ${text}` });
  const rollup = report.rollup;
  return [
    { kind: 'heading', text: 'II. KẾT QUẢ THỰC HIỆN' },
    h('Kết quả các hoạt động'),
    ...(report.results.length > 0
      ? [resultGrid(report.results)]
      : [{ kind: 'paragraph' as const, text: 'Chưa có hoạt động nào được báo cáo.' }]),
    ...(report.level === 'province'
      ? [
          h('Tổng hợp kết quả của các xã, phường và cơ quan, đơn vị'),
          rollup
            ? {
                kind: 'paragraph' as const,
                text: `Tổng hợp từ ${rollup.reportCount} báo cáo của các xã, phường và cơ quan, đơn vị đã được tiếp nhận.`,
              }
            : {
                kind: 'paragraph' as const,
                text: 'Chưa có báo cáo của các xã, phường và cơ quan, đơn vị được tiếp nhận.',
              },
          ...(rollup && rollup.byType.length > 0 ? [rollupGrid(rollup)] : []),
        ]
      : []),
    h('Tổng hợp số liệu'),
    totalsGrid(report),
  ];
}

/** The result report as an official document (Báo cáo), the content of its PDF and DOCX. */
export function reportDocument(report: AmReportDetail, ctx: ReportExportContext): ExportDocument {
  const { unit, theme } = ctx;
  const final = report.status === 'submitted' || report.status === 'accepted';
  const committee = unit.level === 'commune' || unit.level === 'province';
  return {
    issuer: unit.issuer,
    number: blankNumber(committee ? 'BC-UBND' : 'BC'),
    place: unit.place,
    date: report.submittedAt ? vietnamDate(new Date(report.submittedAt)) : ctx.today,
    title: 'Báo cáo',
    subtitle: `Kết quả tổ chức Tháng hành động vì trẻ em năm ${report.year}`,
    body: [
      ...(final ? [] : [draftNotice()]),
      {
        kind: 'paragraph',
        text: `Thực hiện Luật Trẻ em năm 2016 và Thông tư số 28/2019/TT-BLĐTBXH ngày 26 tháng 12 năm 2019 hướng dẫn tổ chức Tháng hành động vì trẻ em, ${unit.issuerInText} báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm ${report.year} như sau:`,
      },
      { kind: 'heading', text: 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI' },
      {
        kind: 'paragraph',
        text: [
          { text: `Chủ đề Tháng hành động vì trẻ em năm ${report.year}: ` },
          { text: theme ? `“${theme.theme}”` : '(chưa công bố)', bold: true },
          {
            text: theme
              ? `, thời gian từ ngày ${vnDay(theme.periodStart)} đến ngày ${vnDay(theme.periodEnd)}.`
              : '.',
          },
        ],
      },
      ...textBlocks(report.summary, '(Chưa có nội dung.)'),
      ...resultsSection(report),
      { kind: 'heading', text: 'III. KHÓ KHĂN, VƯỚNG MẮC' },
      ...textBlocks(report.difficulties, 'Không có.'),
      { kind: 'heading', text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' },
      ...textBlocks(report.recommendations, 'Không có.'),
      {
        kind: 'paragraph',
        text: `Trên đây là báo cáo kết quả tổ chức Tháng hành động vì trẻ em năm ${report.year} của ${unit.issuerInText}./.`,
      },
    ],
    signature: { ...signatureOf(null, committee), signerName: '' },
    recipients: [...(unit.superior ? [`${unit.superior};`] : []), 'Lưu: VT.'],
  };
}

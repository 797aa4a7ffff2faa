import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import {
  ACTION_LABELS,
  ACTION_TEXT_LABELS,
  ACTOR_LABELS,
  CLOCK_LABELS,
  CLOCK_STATE_LABELS,
  CLOSE_REASON_LABELS,
  STATUS_LABELS,
  URGENCY_LABELS,
  labelOf,
  measureLabel,
} from './form-labels';
import { COMMON_TEXTS, FORM_TEXTS } from './form-texts';
import {
  childOf,
  communeIssuer,
  communeNamed,
  inSentence,
  reportsOf,
  str,
  vnDate,
  vnDateTime,
  vnDay,
  type FormContext,
} from './form-context';
import type { FormOccurrence } from './form-catalogue';

/*
 * The cover page and the action timeline of the whole case file (hồ sơ vụ việc). They are not official forms, so
 * they are drawn directly with pdfmake, in the same fonts and margins as the forms around them.
 */

const nfc = (s: string) => s.normalize('NFC');
const FORM_NAME: Record<string, string> = Object.fromEntries(
  Object.entries(FORM_TEXTS).map(([code, t]) => {
    const about = t.subtitle.replace(/ \{child\}$/, '');
    return [code, `${t.label}: ${t.title} ${about.charAt(0).toLocaleLowerCase('vi')}${about.slice(1)}`];
  }),
);

/** A ruled table; `keepRows` keeps each row on one page (only for short rows: a taller row would be cut off). */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: (number | string)[],
  keepRows = true,
): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: keepRows,
      widths,
      body: [
        header.map((h): TableCell => ({ text: nfc(h), bold: true, alignment: 'center' })),
        ...rows.map((r) => r.map((c): TableCell => ({ text: nfc(c) }))),
      ],
    },
    fontSize: 11,
    margin: [0, 2, 0, 10],
  };
}

function keyValues(rows: readonly (readonly [string, string])[]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([k, v]): TableCell[] => [
        { text: nfc(k), bold: true },
        { text: nfc(v || COMMON_TEXTS.blank) },
      ]),
    },
    layout: 'lightHorizontalLines',
    fontSize: 12,
    margin: [0, 4, 0, 12],
  };
}

const heading = (text: string): Content => ({
  text: nfc(text),
  bold: true,
  fontSize: 13,
  margin: [0, 8, 0, 4],
});

/** The cover: which case, where, its state and clocks, and the list of the documents that follow. */
export function coverPage(ctx: FormContext, forms: readonly FormOccurrence[], printedOn: string): Content[] {
  const d = ctx.detail;
  const closed = d.status === 'closed' ? d.lastActionAt : null;
  const clocks = d.clocks.map((c) => [
    labelOf(CLOCK_LABELS, c.kind),
    vnDateTime(c.startedAt),
    vnDateTime(c.dueAt),
    c.stoppedAt ? vnDateTime(c.stoppedAt) : '',
    labelOf(CLOCK_STATE_LABELS, c.state),
  ]);
  return [
    {
      text: nfc(communeIssuer(ctx.commune).name.toLocaleUpperCase('vi')),
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 30],
    },
    { text: 'HỒ SƠ VỤ VIỆC', bold: true, fontSize: 18, alignment: 'center' },
    {
      text: 'HỖ TRỢ, CAN THIỆP ĐỐI VỚI TRẺ EM',
      bold: true,
      fontSize: 14,
      alignment: 'center',
      margin: [0, 4, 0, 6],
    },
    { text: nfc(`Số hồ sơ: ${d.caseNumber}`), alignment: 'center', margin: [0, 0, 0, 18] },
    keyValues([
      [COMMON_TEXTS.childName, childOf(d).name],
      ['Xã, phường, đặc khu', ctx.commune.name],
      ['Tỉnh, thành phố', ctx.provinceName ?? ''],
      ['Trạng thái', labelOf(STATUS_LABELS, d.status)],
      ['Mức độ khẩn cấp', labelOf(URGENCY_LABELS, d.urgency)],
      ['Loại vụ việc', d.harmTypes.map((h) => ctx.harmTypeNames.get(h) ?? h).join(', ')],
      ['Ngày tiếp nhận', vnDateTime(d.receivedAt)],
      ['Số lần tiếp nhận thông tin', String(reportsOf(d).length)],
      ['Ngày kết thúc', closed ? vnDateTime(closed) : ''],
      ...(d.transferredFrom.length > 0
        ? [['Chuyển đến từ', d.transferredFrom.map((c) => communeNamed(ctx, c).name).join(', ')] as const]
        : []),
    ]),
    heading('THỜI HẠN THEO QUY ĐỊNH'),
    clocks.length > 0
      ? table(['Thời hạn', 'Bắt đầu', 'Hạn', 'Hoàn thành', 'Kết quả'], clocks, ['*', 78, 78, 78, 58])
      : { text: COMMON_TEXTS.blank },
    heading('THÀNH PHẦN HỒ SƠ'),
    table(
      ['TT', 'Văn bản', 'Ngày'],
      [
        ...forms.map((f, i) => [String(i + 1), FORM_NAME[f.form] ?? f.form, vnDay(f.date)]),
        [String(forms.length + 1), 'Nhật ký xử lý vụ việc', ''],
      ],
      [24, '*', 70],
    ),
    {
      text: nfc(`In ngày ${vnDay(printedOn)} — ${inSentence(ctx.commune.name)}`),
      italics: true,
      fontSize: 11,
      alignment: 'right',
    },
  ];
}

/** The measure of every task the plans of the case named (the task rows, and the drafts for replaced plans). */
function taskMeasures(ctx: FormContext): Map<string, string> {
  const fromDrafts = ctx.detail.actions.flatMap((a) =>
    a.type === 'DRAFT_PLAN' && Array.isArray(a.data.tasks)
      ? a.data.tasks.map((t) => {
          const o = t as { taskId?: unknown; measure?: unknown };
          return [str(o.taskId), str(o.measure)] as const;
        })
      : [],
  );
  return new Map([...fromDrafts, ...ctx.detail.tasks.map((t) => [t.taskId, t.measure] as const)]);
}

/** What an action says, for the timeline: its structured facts, then every text field (notes included). */
function actionContent(ctx: FormContext, a: CaseActionRecord): string {
  const lines: string[] = [];
  const measure = typeof a.data.taskId === 'string' ? taskMeasures(ctx).get(a.data.taskId) : undefined;
  if (measure) lines.push(`Nhiệm vụ: ${measureLabel(measure)}`);
  if (a.type === 'CLOSE') lines.push(`Lý do: ${labelOf(CLOSE_REASON_LABELS, str(a.data.reason))}`);
  if (a.type === 'VERIFY')
    lines.push(a.data.outcome === 'unfounded' ? 'Thông tin không có cơ sở' : 'Thông tin được xác nhận');
  if (a.type === 'FLAG_OVERDUE')
    lines.push(`${labelOf(CLOCK_LABELS, str(a.data.clock))}: hạn ${vnDateTime(str(a.data.dueAt))}`);
  if (a.type === 'TRANSFER') {
    const to = str(a.data.toCommuneCode);
    lines.push(`Chuyển đến: ${communeNamed(ctx, to).name}`);
  }
  for (const [key, value] of Object.entries(a.text ?? {}))
    if (typeof value === 'string' && value.trim() !== '')
      lines.push(`${ACTION_TEXT_LABELS[key] ?? key}: ${value.trim()}`);
  return lines.join('\n');
}

function actorOf(ctx: FormContext, a: CaseActionRecord): string {
  const role = labelOf(ACTOR_LABELS, a.actorKind);
  const agency = a.actorAgencyId ? ctx.agencyNames.get(a.actorAgencyId) : undefined;
  return [a.actorName, agency ?? role].filter(Boolean).join('\n');
}

/** The timeline: every action of the case, in order, with who took it and what it says. */
export function timeline(ctx: FormContext): Content[] {
  const actions = [...ctx.detail.actions].sort((a, b) => a.seq - b.seq);
  return [
    { text: 'NHẬT KÝ XỬ LÝ VỤ VIỆC', bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 4] },
    {
      text: nfc(`Vụ việc số ${ctx.detail.caseNumber} — ${ctx.commune.name}`),
      alignment: 'center',
      margin: [0, 0, 0, 12],
    },
    table(
      ['TT', 'Thời gian', 'Bước', 'Người thực hiện', 'Nội dung'],
      actions.map((a, i) => [
        String(i + 1),
        `${vnDay(vnDate(a.at))}\n${vnDateTime(a.at).split(',')[0] ?? ''}`,
        labelOf(ACTION_LABELS, a.type),
        actorOf(ctx, a),
        actionContent(ctx, a),
      ]),
      [22, 62, 90, 88, '*'],
      // A step's text may be longer than a page (meeting minutes): let its row break.
      false,
    ),
  ];
}

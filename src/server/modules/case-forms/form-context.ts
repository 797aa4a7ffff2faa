import type { CaseDetail } from '../../../shared/domain/Case';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { ReportView } from '../../../shared/domain/Report';
import type { BodyBlock, OfficialDocument, TextRun } from '../../pdf/official-document';
import { vietnamDate } from '../../pdf/vn-date';
import { SEX_LABELS, labelOf } from './form-labels';
import { COMMON_TEXTS, withChild, type FormText } from './form-texts';

export type CommuneNames = {
  /** Full name, e.g. "Phường Bắc Nha Trang". */
  name: string;
  /** The place name of the date line, e.g. "Bắc Nha Trang". */
  shortName: string;
};

/** Everything a form needs: the case as its reader may see it, and the names of the codes it holds. */
export type FormContext = {
  detail: CaseDetail;
  /** The commune that has the case now. */
  commune: CommuneNames;
  /** e.g. "Tỉnh Khánh Hoà"; null when the unit list does not have it. */
  provinceName: string | null;
  harmTypeNames: ReadonlyMap<string, string>;
  agencyNames: ReadonlyMap<string, string>;
  /** Every commune the case mentions: where it happened, and the communes it was transferred from and to. */
  communes: ReadonlyMap<string, CommuneNames>;
};

/** "Phường Bắc Nha Trang" → "phường Bắc Nha Trang", as the unit reads inside a sentence. */
export function inSentence(name: string): string {
  const first = name.split(' ')[0] ?? '';
  return /^(Xã|Phường|Đặc)$/.test(first) ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

/** The commune People's Committee, as the issuer of the commune's documents (Nghị định 56 Điều 26–30). */
export function communeIssuer(commune: CommuneNames): OfficialDocument['issuer'] {
  return { name: `Ủy ban nhân dân\n${inSentence(commune.name)}` };
}

export function communeNamed(ctx: FormContext, code: string): CommuneNames {
  if (code === ctx.detail.communeCode) return ctx.commune;
  return ctx.communes.get(code) ?? { name: code, shortName: code };
}

/**
 * The commune that had the case when the step `seq` was taken: a transferred case keeps the forms its earlier
 * communes issued, under their names.
 */
export function communeAt(ctx: FormContext, seq: number): CommuneNames {
  const transfers = actionsOfType(ctx.detail, 'TRANSFER');
  const before = transfers.filter((t) => t.seq < seq).at(-1);
  if (before) return communeNamed(ctx, str(before.data.toCommuneCode));
  const first = transfers.length > 0 ? ctx.detail.transferredFrom[0] : undefined;
  return first ? communeNamed(ctx, first) : ctx.commune;
}

export const vnDate = (instant: string): string => vietnamDate(new Date(instant));

/** "14 giờ 05, ngày 05/3/2026" in Vietnam time (UTC+7). */
export function vnDateTime(instant: string): string {
  const local = new Date(new Date(instant).getTime() + 7 * 3_600_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mi = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh} giờ ${mi}, ngày ${vnDay(vietnamDate(new Date(instant)))}`;
}

/** "2026-03-05" → "05/3/2026" (the short form used inside text and tables). */
export function vnDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** Actions of one type, in the order they were taken. */
export function actionsOfType(detail: CaseDetail, type: string): CaseActionRecord[] {
  return detail.actions.filter((a) => a.type === type).sort((a, b) => a.seq - b.seq);
}

/** The latest action of a type taken before `seq`. */
export function latestBefore(detail: CaseDetail, type: string, seq: number): CaseActionRecord | undefined {
  return actionsOfType(detail, type)
    .filter((a) => a.seq < seq)
    .at(-1);
}

/** A text field of an action, or null when absent or not readable by the viewer. */
export function textOf(a: CaseActionRecord | undefined, key: string): string | null {
  const v = a?.text?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export function dataOf(a: CaseActionRecord | undefined, key: string): unknown {
  return a?.data[key];
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Reports in the order they were received. */
export function reportsOf(detail: CaseDetail): ReportView[] {
  return [...detail.reports].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

/** The child as the reports describe it: the first report that names the child, else the first report. */
export function childOf(detail: CaseDetail): ReportView['content']['child'] & { name: string } {
  const reports = reportsOf(detail);
  const named = reports.find((r) => r.content.child.fullName) ?? reports[0];
  const child = named?.content.child ?? {
    fullName: null,
    birthDate: null,
    estimatedAge: null,
    sex: 'unknown' as const,
    whereNow: null,
    condition: null,
  };
  return { ...child, name: child.fullName ?? detail.childLabel ?? COMMON_TEXTS.unknownName };
}

/** "Label: value" on its own line, the label in bold; an empty value prints the blank of a paper form. */
export function field(label: string, value: string | null | undefined): BodyBlock {
  const runs: TextRun[] = [
    { text: `${label}: `, bold: true },
    { text: value && value.trim() !== '' ? value : COMMON_TEXTS.blank },
  ];
  return { kind: 'paragraph', text: runs };
}

/** A bold label on its own line, for free text that follows it. */
export function labelLine(label: string): BodyBlock {
  return { kind: 'paragraph', text: [{ text: `${label}:`, bold: true }] };
}

/** Free text as paragraphs, one per line the writer typed. */
export function paragraphs(text: string | null | undefined): BodyBlock[] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [{ kind: 'paragraph', text: COMMON_TEXTS.blank }];
  return lines.map((l) => ({ kind: 'paragraph', text: l }));
}

/** A labelled block of free text: the label as a level-2 heading, the text under it. */
export function textSection(label: string, text: string | null | undefined): BodyBlock[] {
  return [{ kind: 'heading', level: 2, text: label }, ...paragraphs(text)];
}

/** The child's identity lines shared by Mẫu 02–07. */
export function childFields(ctx: FormContext): BodyBlock[] {
  const c = childOf(ctx.detail);
  return [
    field(COMMON_TEXTS.childName, c.name),
    c.birthDate
      ? field(COMMON_TEXTS.birth, vnDay(c.birthDate))
      : field(COMMON_TEXTS.estimatedAge, c.estimatedAge === null ? null : String(c.estimatedAge)),
    field(COMMON_TEXTS.sex, labelOf(SEX_LABELS, c.sex)),
    field(COMMON_TEXTS.area, [ctx.commune.name, ctx.provinceName].filter(Boolean).join(', ')),
    field(COMMON_TEXTS.caseNumber, ctx.detail.caseNumber),
  ];
}

/** Signature and recipients of a form, from its row of FORM_TEXTS. */
export function signatureOf(text: FormText, signerName: string | null): OfficialDocument['signature'] {
  return {
    ...(text.signer.authority ? { authority: text.signer.authority } : {}),
    position: text.signer.position,
    signerName: signerName ?? '',
  };
}

export function subtitleOf(text: FormText, ctx: FormContext): string {
  return withChild(text.subtitle, childOf(ctx.detail).name);
}

/** "…/BC-UBND" for a number the clerk writes by hand, or the number the decision already has. */
export function numberOf(text: FormText, given?: string | null): string {
  return given && given.trim() !== '' ? given : `${COMMON_TEXTS.blank}/${text.symbol}`;
}

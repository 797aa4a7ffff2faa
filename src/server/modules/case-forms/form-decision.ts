import type { BodyBlock } from '../../pdf/official-document';
import { DECISION_BASES } from './form-texts';
import type { CommuneNames } from './form-context';

/**
 * The opening of a chairman's decision (Mẫu 05, 07) in the layout of Nghị định 30/2020/NĐ-CP: the competent person
 * in capitals, the legal bases in italics, the proposal, then "QUYẾT ĐỊNH:".
 */
export function decisionOpening(commune: CommuneNames, proposal: string, decides: string): BodyBlock[] {
  return [
    {
      kind: 'paragraph',
      text: [{ text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${commune.name.toLocaleUpperCase('vi')}`, bold: true }],
      align: 'center',
      indent: false,
    },
    ...DECISION_BASES.map((b): BodyBlock => ({ kind: 'paragraph', text: [{ text: b, italics: true }] })),
    { kind: 'paragraph', text: [{ text: proposal, italics: true }] },
    { kind: 'paragraph', text: [{ text: decides, bold: true }], align: 'center', indent: false },
  ];
}

/** "Điều 1. Text": the article number in bold, the rest regular. */
export function article(text: string): BodyBlock {
  const m = /^(Điều \d+\.)\s*(.*)$/s.exec(text);
  if (!m) return { kind: 'paragraph', text };
  return { kind: 'paragraph', text: [{ text: `${m[1]} `, bold: true }, { text: m[2] ?? '' }] };
}

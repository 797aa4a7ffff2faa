import type { ExportBlock } from './export-document';
import { paragraphsOf } from './am-export-labels';

/** The legal basis of every Action Month plan: Luật Trẻ em Điều 11 and its guidance (domain.md §4). */
export const LEGAL_BASIS: readonly string[] = [
  'Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05 tháng 4 năm 2016;',
  'Căn cứ Thông tư số 28/2019/TT-BLĐTBXH ngày 26 tháng 12 năm 2019 hướng dẫn tổ chức Tháng hành động vì trẻ em;',
];

/** A document that is not final says so under its title. */
export function draftNotice(): ExportBlock {
  return {
    kind: 'paragraph',
    text: [{ text: '(Dự thảo)', italics: true }],
    align: 'center',
    indent: false,
  };
}

/** "Tổ chức Tháng hành động…" → "tổ chức Tháng hành động…", to continue a sentence. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** Free text as body paragraphs; a line typed with a leading dash stays a dash item. */
export function textBlocks(text: string | null, whenEmpty: string): ExportBlock[] {
  const lines = paragraphsOf(text);
  if (lines.length === 0) return [{ kind: 'paragraph', text: whenEmpty }];
  return lines.map((line) => ({ kind: 'paragraph', text: line }));
}

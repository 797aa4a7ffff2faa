/**
 * API messages of the reference lists editor (issue #3 item 1: sub-groups and risk flag types), merged into
 * apiMessages (messages.ts) so the web app translates them by id too.
 */
export const referenceApiMessages = {
  'reference.nationalOnly': {
    vi: 'Chỉ quản trị viên cấp trung ương được sửa danh mục.',
    en: 'Only a national administrator may edit the reference lists.',
  },
  'reference.codeGroupMismatch': {
    vi: 'Mã phải bắt đầu bằng chữ cái của nhóm, ví dụ “a.12”.',
    en: 'The code must start with its group’s letter, e.g. “a.12”.',
  },
  'reference.codeTaken': { vi: 'Mã này đã tồn tại.', en: 'This code already exists.' },
  'reference.verifiedLocked': {
    vi: 'Mục này đã được đối chiếu với văn bản pháp luật nên không thể sửa hoặc ngừng sử dụng.',
    en: 'This entry is verified against the law: it cannot be edited or deactivated.',
  },
} as const;
export type ReferenceApiMessageId = keyof typeof referenceApiMessages;

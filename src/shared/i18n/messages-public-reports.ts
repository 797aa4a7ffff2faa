/**
 * API messages of the public online report channel (issue #4 item 2). Used as the field messages of its 400/413
 * answers; to be merged into apiMessages (messages.ts) so the web app can translate them by id too.
 */
export const publicReportApiMessages = {
  'publicReport.multipartRequired': {
    vi: 'Báo cáo phải được gửi bằng biểu mẫu (multipart/form-data).',
    en: 'The report must be sent as a form (multipart/form-data).',
  },
  'publicReport.reportMissing': {
    vi: 'Thiếu nội dung báo cáo.',
    en: 'The report content is missing.',
  },
  'publicReport.reportMalformed': {
    vi: 'Không đọc được nội dung báo cáo.',
    en: 'The report content could not be read.',
  },
  'publicReport.reportTooLarge': {
    vi: 'Nội dung báo cáo quá dài.',
    en: 'The report content is too long.',
  },
  'publicReport.unexpectedPart': {
    vi: 'Biểu mẫu có phần dữ liệu không được chấp nhận.',
    en: 'The form has a part that is not accepted.',
  },
  'publicReport.photoType': {
    vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.',
    en: 'Only JPEG, PNG or WebP photos are accepted.',
  },
  'publicReport.photoMalformed': {
    vi: 'Ảnh bị hỏng hoặc không đọc được.',
    en: 'The photo is damaged or cannot be read.',
  },
  'publicReport.photoTooLarge': {
    vi: 'Mỗi ảnh tối đa 5 MB.',
    en: 'Each photo may be at most 5 MB.',
  },
  'publicReport.photosTooLarge': {
    vi: 'Tổng dung lượng ảnh tối đa 12 MB.',
    en: 'All photos together may be at most 12 MB.',
  },
  'publicReport.tooManyPhotos': {
    vi: 'Chỉ gửi được tối đa 3 ảnh.',
    en: 'At most 3 photos can be sent.',
  },
  'publicReport.powInvalid': {
    vi: 'Mã kiểm tra chống thư rác không đúng. Vui lòng gửi lại.',
    en: 'The anti-spam check is not valid. Please send again.',
  },
  'publicReport.powExpired': {
    vi: 'Biểu mẫu đã mở quá lâu. Vui lòng gửi lại.',
    en: 'The form was open too long. Please send again.',
  },
  'publicReport.powReused': {
    vi: 'Mã kiểm tra chống thư rác đã được dùng. Vui lòng gửi lại.',
    en: 'The anti-spam check was already used. Please send again.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type PublicReportMessageId = keyof typeof publicReportApiMessages;

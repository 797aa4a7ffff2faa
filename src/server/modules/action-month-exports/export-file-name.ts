import type { ExportFormat } from './am-renderers';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** "Kế hoạch 1712/KH-UBND" → "Ke-hoach-1712-KH-UBND": letters without marks, anything else a dash. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/-+\./g, '.')
    .replace(/^-+|-+$/g, '');
}

/** RFC 5987 ext-value: UTF-8, percent-encoded, including the characters encodeURIComponent leaves alone. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Content-Disposition of a download: an ASCII file name for old clients and the Vietnamese one as filename*
 * (RFC 6266). Slashes of document numbers ("1712/KH-UBND") become dashes: they are not allowed in file names.
 */
export function attachmentHeader(baseName: string, format: ExportFormat): string {
  const name = `${baseName
    .normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(/[\p{C}"]/gu, '')
    .trim()}.${format}`;
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { ImportFileKind } from '../../../../shared/domain/ChildImport';
import type { ApiMessageId } from '../../../../shared/i18n/messages';
import { AppError } from '../../../http/app-error';
import { CsvFormatError, readCsvRecords } from './csv-stream';
import { IMPORT_LIMITS, looksLikeHeader, mapHeader } from './import-header';
import { isBlankRow, readXlsxRows } from './xlsx-stream';
import { isOle2Magic, isZipMagic, listZipEntries, ZipFormatError } from './zip-inspect';

/**
 * Receives an uploaded file into a private temporary folder and checks it before a job is created, so a hostile
 * or wrong file answers 400 at once with a clear message: the type is decided by the content (ZIP magic and the
 * workbook's central directory for XLSX, UTF-8 text for CSV), never by the name; a CSV is scanned in full (column
 * count, cell size, row count), an XLSX has its header row read and its inflated size bounded.
 */
export type ReceivedFile = {
  path: string;
  fileName: string;
  kind: ImportFileKind;
  bytes: number;
  /** Known for CSV after the scan; XLSX rows are counted by the validation. */
  rows: number | null;
};

export const IMPORT_TMP_DIR = path.join(os.tmpdir(), 'treem-import');

export function tmpPathFor(name: string): string {
  return path.join(IMPORT_TMP_DIR, name);
}

function bad(messageId: ApiMessageId, details?: Record<string, unknown>): AppError {
  return new AppError('VALIDATION', { messageId, message: messageId, ...(details ? { details } : {}) });
}

/** Control characters other than tab, line feed, form feed and carriage return: a binary file, not text. */
function looksBinary(head: Buffer): boolean {
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) return true;
  return false;
}

/** A file name safe to store and show: its last path part, no control characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 255);
  return clean || 'tep-nhap';
}

/** The file part of a multipart request; a malformed body is the client's fault (400), not ours. */
export async function filePart<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT')
      throw new AppError('PAYLOAD_TOO_LARGE', { messageId: 'import.fileTooLarge' });
    throw bad('import.uploadBroken');
  }
}

export async function receiveUpload(stream: Readable, rawName: string | undefined): Promise<ReceivedFile> {
  await fs.promises.mkdir(IMPORT_TMP_DIR, { recursive: true, mode: 0o700 });
  const file = tmpPathFor(`upload-${crypto.randomUUID()}`);
  try {
    await pipeline(stream, fs.createWriteStream(file, { mode: 0o600 }));
    const truncated = (stream as Readable & { truncated?: boolean }).truncated;
    if (truncated) throw new AppError('PAYLOAD_TOO_LARGE', { messageId: 'import.fileTooLarge' });
    const { size } = await fs.promises.stat(file);
    if (size === 0) throw bad('import.fileEmpty');
    const head = Buffer.alloc(Math.min(size, 8192));
    const fh = await fs.promises.open(file, 'r');
    try {
      await fh.read(head, 0, head.length, 0);
    } finally {
      await fh.close();
    }
    const fileName = cleanFileName(rawName);
    if (isOle2Magic(head)) throw bad('import.fileXls');
    if (isZipMagic(head)) {
      await checkXlsx(file, size);
      return { path: file, fileName, kind: 'xlsx', bytes: size, rows: null };
    }
    if (looksBinary(head)) throw bad('import.fileType');
    const rows = await scanCsv(file);
    return { path: file, fileName, kind: 'csv', bytes: size, rows };
  } catch (err) {
    await fs.promises.rm(file, { force: true });
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('PAYLOAD_TOO_LARGE', { messageId: 'import.fileTooLarge' });
    // A multipart body cut short or malformed fails the read side; a disk error (ENOSPC, EACCES…) is ours.
    if (!code?.startsWith('E')) throw bad('import.uploadBroken');
    throw err;
  }
}

async function checkXlsx(file: string, size: number): Promise<void> {
  let entries;
  try {
    entries = await listZipEntries(file);
  } catch (err) {
    if (err instanceof ZipFormatError) throw bad('import.fileCorrupt');
    throw err;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw bad('import.fileType');
  const inflated = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  // Spreadsheet XML compresses about 10:1; a far higher ratio or size is a "ZIP bomb".
  if (inflated > IMPORT_LIMITS.maxUnzippedBytes || inflated > size * 200) throw bad('import.fileCorrupt');
  try {
    for await (const row of readXlsxRows(file, {
      maxColumns: IMPORT_LIMITS.maxColumns + 1,
      maxCellChars: IMPORT_LIMITS.maxCellChars,
      isHeader: looksLikeHeader,
    })) {
      mapHeader(row.cells);
      return;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw bad('import.fileCorrupt');
  }
  throw bad('import.missingColumns');
}

/** Reads the whole CSV once: header, column count, cell size, row count. Returns the number of data rows. */
async function scanCsv(file: string): Promise<number> {
  let rows = 0;
  let header = false;
  try {
    for await (const rec of readCsvRecords(fs.createReadStream(file), {
      maxColumns: IMPORT_LIMITS.maxColumns,
      maxCellChars: IMPORT_LIMITS.maxCellChars,
    })) {
      if (rec.overflow) throw bad('import.cellTooLarge', { row: rec.index });
      if (!header) {
        if (isBlankRow(rec.fields)) continue;
        mapHeader(rec.fields);
        header = true;
        continue;
      }
      if (isBlankRow(rec.fields)) continue;
      rows++;
      if (rows > IMPORT_LIMITS.maxRows) throw bad('import.tooManyRows');
    }
  } catch (err) {
    if (err instanceof CsvFormatError) {
      switch (err.reason) {
        case 'encoding':
          throw bad('import.fileEncoding');
        case 'binary':
          throw bad('import.fileType');
        case 'too_many_columns':
          throw bad('import.tooManyColumns', { row: err.record });
      }
    }
    throw err;
  }
  if (!header) throw bad('import.missingColumns');
  if (rows === 0) throw bad('import.noRows');
  return rows;
}

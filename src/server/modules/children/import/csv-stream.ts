/**
 * A streaming RFC 4180 CSV reader for user imports (src/server/lib/csv.ts parses small shipped files whole).
 * It never holds more than one record: a record is yielded as soon as its line ends. Hostile input is bounded:
 * invalid UTF-8 stops the read (Excel's plain "CSV" saves in Windows-1258 and would lose the Vietnamese letters),
 * a record with more than `maxColumns` fields stops it, and a field longer than `maxCellChars` is cut (its full
 * length is reported in `overflow`, so the caller names it in the error report without keeping it in memory).
 * The delimiter is the comma, or the semicolon or tab when the header line uses it (Excel with Vietnamese regional
 * settings, where the decimal mark is a comma, saves CSV with semicolons).
 */
export type CsvRecord = {
  /** 1 for the header line; counts records, not physical lines (a quoted field may span lines). */
  index: number;
  fields: string[];
  /** Column index → full length of each field cut at maxCellChars. */
  overflow?: Map<number, number>;
};

export type CsvLimits = { maxColumns: number; maxCellChars: number };

export class CsvFormatError extends Error {
  readonly reason: 'encoding' | 'binary' | 'too_many_columns';
  readonly record: number;
  constructor(reason: CsvFormatError['reason'], record: number) {
    super(`CSV ${reason} at record ${record}`);
    this.name = 'CsvFormatError';
    this.reason = reason;
    this.record = record;
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function detectDelimiter(firstChunk: string): string {
  const end = firstChunk.search(/[\r\n]/);
  const line = end < 0 ? firstChunk : firstChunk.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Yields the records of a CSV byte stream. */
export async function* readCsvRecords(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  limits: CsvLimits,
): AsyncGenerator<CsvRecord> {
  // ignoreBOM false: the decoder drops a leading byte order mark (Excel's "CSV UTF-8" writes one).
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let delimiter = -1;
  let fields: string[] = [];
  let field = '';
  let fieldLen = 0;
  let overflow: Map<number, number> | undefined;
  let quoted = false;
  // After a closing quote: a second quote is an escaped quote, anything else continues unquoted.
  let afterQuote = false;
  let pendingCr = false;
  let index = 1;

  const append = (s: string) => {
    fieldLen += s.length;
    if (field.length < limits.maxCellChars) field += s.slice(0, limits.maxCellChars - field.length);
  };
  const endField = () => {
    if (fieldLen > limits.maxCellChars) (overflow ??= new Map()).set(fields.length, fieldLen);
    fields.push(field);
    field = '';
    fieldLen = 0;
    if (fields.length > limits.maxColumns) throw new CsvFormatError('too_many_columns', index);
  };
  const endRecord = (): CsvRecord => {
    endField();
    const rec: CsvRecord = overflow ? { index, fields, overflow } : { index, fields };
    fields = [];
    overflow = undefined;
    index++;
    return rec;
  };

  const decode = (chunk: Buffer | Uint8Array | string, last: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream: !last });
    } catch {
      throw new CsvFormatError('encoding', index);
    }
  };

  async function* chunks(): AsyncGenerator<string> {
    for await (const chunk of source) yield decode(chunk, false);
    yield decode(new Uint8Array(0), true);
  }

  for await (const text of chunks()) {
    if (text.length === 0) continue;
    if (text.includes('\u0000')) throw new CsvFormatError('binary', index);
    if (delimiter < 0) delimiter = detectDelimiter(text).charCodeAt(0);
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          append(text.slice(i));
          i = n;
          continue;
        }
        append(text.slice(i, q));
        quoted = false;
        afterQuote = true;
        i = q + 1;
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (c === QUOTE) {
          append('"');
          quoted = true;
          i++;
          continue;
        }
      }
      if (c === QUOTE && fieldLen === 0) {
        quoted = true;
        i++;
      } else if (c === delimiter) {
        endField();
        i++;
      } else if (c === LF || c === CR) {
        pendingCr = c === CR;
        i++;
        yield endRecord();
      } else {
        // A run of ordinary characters up to the next special one, appended at once.
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === delimiter || d === LF || d === CR || d === QUOTE) break;
          j++;
        }
        append(text.slice(i, j));
        i = j;
      }
    }
  }
  if (quoted || afterQuote || fieldLen > 0 || fields.length > 0) yield endRecord();
}

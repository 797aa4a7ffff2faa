import fs from 'node:fs';
import { once } from 'node:events';
import type { Scope } from '../../../../shared/permissions/scope';
import type { ImportColumnKey } from '../../../../shared/domain/ChildImport';
import type { ImportFileKind } from '../../../../shared/domain/ChildImport';
import type { ChildrenDeps } from '../children.service';
import { readCsvRecords } from './csv-stream';
import { IMPORT_LIMITS, looksLikeHeader, mapHeader, type HeaderMap } from './import-header';
import { fold } from './import-values';
import { parseRow, type ImportLookups, type ParsedRow } from './row-parse';
import { ReportCollector } from './error-report';
import { findRegisterDuplicates } from './import-duplicates';
import { isBlankRow, readXlsxRows, type SheetRow } from './xlsx-stream';

/**
 * The validation pass of an import: reads the file once (streaming), validates every row, finds duplicates within
 * the file (in memory: one small key per row) and against the register (set-based, one query per batch), and
 * hands each valid row to a sink: the spool file the insert pass streams from once the whole file is known to
 * be valid. The register check of one batch runs on the database while the next batch is parsed here.
 */
export class ImportAbort extends Error {
  readonly messageId: 'import.tooManyRows' | 'import.missingColumns' | 'import.noRows' | 'import.fileCorrupt';
  constructor(messageId: ImportAbort['messageId']) {
    super(messageId);
    this.name = 'ImportAbort';
    this.messageId = messageId;
  }
}

export type SpooledRow = ParsedRow & { line: number };

/**
 * Where valid rows go (the spool of the insert pass). `reject` is called once, at the first error: from then on
 * the file cannot be imported and no more rows need keeping.
 */
export type RowSink = { accept(row: SpooledRow): Promise<void>; reject(): Promise<void> };

export type ValidationResult = { report: ReportCollector; totalRows: number; validRows: number };

/** A spool file of one JSON line per valid row. */
export function spoolSink(spoolPath: string): RowSink & { close(): Promise<void> } {
  const spool = fs.createWriteStream(spoolPath, { mode: 0o600 });
  let open = true;
  return {
    async accept(row) {
      if (open && !spool.write(`${JSON.stringify(row)}\n`)) await once(spool, 'drain');
    },
    async reject() {
      open = false;
    },
    async close() {
      if (spool.closed) return;
      const closed = once(spool, 'close').catch(() => undefined);
      spool.end();
      await closed;
    },
  };
}

const DUP_BATCH = 1000;

async function* fileRows(path: string, kind: ImportFileKind): AsyncGenerator<SheetRow> {
  if (kind === 'xlsx') {
    yield* readXlsxRows(path, {
      maxColumns: IMPORT_LIMITS.maxColumns,
      maxCellChars: IMPORT_LIMITS.maxCellChars,
      isHeader: looksLikeHeader,
    });
    return;
  }
  for await (const rec of readCsvRecords(fs.createReadStream(path), IMPORT_LIMITS))
    yield rec.overflow
      ? { index: rec.index, cells: rec.fields, overflow: rec.overflow }
      : { index: rec.index, cells: rec.fields };
}

/** In-file duplicate key: commune, folded name and birth date (the register's rule applies against the register). */
function nameKey(r: ParsedRow): string {
  return `${r.child.communeCode}|${fold(r.child.fullName)}|${r.child.birthDate}`;
}

export async function validateImportFile(
  deps: ChildrenDeps,
  input: {
    path: string;
    kind: ImportFileKind;
    scope: Scope;
    lookups: ImportLookups;
    sink: RowSink;
    onProgress: (processed: number) => Promise<void>;
  },
): Promise<ValidationResult> {
  const report = new ReportCollector();
  let rejected = false;
  const checkErrors = async () => {
    if (!rejected && report.errorCount > 0) {
      rejected = true;
      await input.sink.reject();
    }
  };
  const byPersonalId = new Map<string, number>();
  const byNameKey = new Map<string, number>();
  let pending: SpooledRow[] = [];
  let header: HeaderMap | null = null;
  let columnAt: Array<ImportColumnKey | undefined> = [];
  let total = 0;
  let valid = 0;

  const check = async (batch: SpooledRow[]) => {
    const found = await findRegisterDuplicates(deps, input.scope, batch);
    for (const r of batch) {
      const d = found.get(r.line);
      if (d?.personalIdTaken) {
        report.addError({ row: r.line, column: 'personalId', messageId: 'child.personalIdTaken' });
        continue;
      }
      if (d?.candidateId)
        report.addDuplicate({
          row: r.line,
          messageId: 'import.possibleDuplicate',
          otherChildId: d.candidateId,
        });
      valid++;
    }
    await checkErrors();
    if (rejected) return;
    for (const r of batch) if (!found.get(r.line)?.personalIdTaken) await input.sink.accept(r);
  };
  // One batch checked against the register at a time, in order, while the next one is being parsed.
  let checking: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    await checking;
    checking = check(batch);
    checking.catch(() => undefined);
  };

  for await (const row of fileRows(input.path, input.kind)) {
    if (!header) {
      if (isBlankRow(row.cells)) continue;
      header = mapHeader(row.cells);
      columnAt = [];
      for (const [k, i] of header) columnAt[i] = k;
      continue;
    }
    if (isBlankRow(row.cells)) continue;
    total++;
    if (total > IMPORT_LIMITS.maxRows) throw new ImportAbort('import.tooManyRows');
    if (total % 2000 === 0) await input.onProgress(total);
    if (row.overflow) {
      for (const i of row.overflow.keys())
        report.addError({ row: row.index, column: columnAt[i] ?? null, messageId: 'import.cellTooLong' });
      continue;
    }
    const parsed = parseRow(row.cells, header, input.lookups);
    if (parsed.issues) {
      for (const issue of parsed.issues)
        report.addError({ row: row.index, column: issue.column, messageId: issue.messageId });
      continue;
    }
    const r = parsed.row;
    const pid = r.child.personalId;
    if (pid) {
      const first = byPersonalId.get(pid);
      if (first !== undefined) {
        report.addError({ row: row.index, column: 'personalId', messageId: 'import.personalIdRepeated' });
        continue;
      }
      byPersonalId.set(pid, row.index);
    }
    const key = nameKey(r);
    const same = byNameKey.get(key);
    if (same !== undefined)
      report.addDuplicate({ row: row.index, messageId: 'import.possibleDuplicateInFile', otherRow: same });
    else byNameKey.set(key, row.index);
    pending.push({ ...r, line: row.index });
    if (pending.length >= DUP_BATCH) await flush();
  }
  if (!header) throw new ImportAbort('import.missingColumns');
  if (total === 0) throw new ImportAbort('import.noRows');
  await flush();
  await checking;
  await checkErrors();
  await input.onProgress(total);
  return { report, totalRows: total, validRows: valid };
}

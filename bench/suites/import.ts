import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { DbHandle } from '../../src/server/db/open-db';
import type { Config } from '../../src/server/config';
import { createChildGenerator, type SeedChild } from '../../src/server/modules/children/seed/generate';
import {
  CHILD_COPY_COLUMNS,
  childCopyLine,
  seedChildren,
} from '../../src/server/modules/children/seed/seed-children';
import { copyValue, withCopySink } from '../../src/server/modules/children/seed/copy-sink';
import { readCsvRecords } from '../../src/server/modules/children/import/csv-stream';
import { IMPORT_COLUMNS, type ImportColumnKey, type ImportJob } from '../../src/shared/domain/ChildImport';
import {
  CARE_RELATION_LABELS,
  DISABILITY_LEVEL_LABELS,
  POVERTY_LABELS,
  SCHOOLING_LABELS,
  SEX_LABELS,
} from '../../src/server/modules/children/import/import-values';
import { CSRF_HEADER } from '../../src/server/modules/auth/session-token';
import { vietnamToday } from '../../src/shared/reference/child-age';
import { benchApp, benchSession } from '../lib/bench-app';
import type { Figure } from './foundation';

/**
 * Import figures (issue #3 item 9; target ≥ 20,000 rows/s with full validation on PostgreSQL): a commune's
 * 100,000-row file, CSV and XLSX, through the API exactly as an officer sends it (multipart upload, type check,
 * streaming parse, every row validated with the register's schemas, jurisdiction, duplicates within the file and
 * against the register, one-transaction insert with encrypted groups and history), timed from the upload to the
 * job's 'done' — beside a raw COPY of the same rows into a bare table of text columns in the same run, and beside
 * the floor the register's own table sets (the same children COPY'd into `children`, nothing else).
 * The register holds `baseChildren` seeded children first, so indexes and duplicate checks work on real data.
 *
 * Measured and dropped: inserting rows into the open import transaction while the file is still being validated
 * (rolled back at the first error). On PostgreSQL the duplicate checks of later rows then scan the uncommitted
 * rows of the same commune, and the whole import ran slower than validate-then-insert.
 */
const BENCH_ENCRYPTION_KEY: Config['encryptionKey'] = {
  kind: 'key',
  base64: Buffer.alloc(32, 9).toString('base64'),
};

const ETHNIC_NAMES: Record<string, string> = {
  '01': 'Kinh',
  '02': 'Tày',
  '03': 'Thái',
  '04': 'Hoa',
  '06': 'Mường',
};

function cellsOf(c: SeedChild, communeLabel: string): Record<ImportColumnKey, string> {
  const [y, m, d] = c.birthDate.split('-');
  const birth =
    c.birthPrecision === 'day' ? `${d}/${m}/${y}` : c.birthPrecision === 'month' ? `${m}/${y}` : `${y}`;
  const carer = c.caregivers[0];
  const yesNo = (b: boolean) => (b ? 'Có' : 'Không');
  return {
    fullName: c.fullName,
    birth,
    sex: SEX_LABELS[c.sex],
    personalId: c.personalId ?? '',
    ethnicity: c.ethnicityCode ? (ETHNIC_NAMES[c.ethnicityCode] ?? '') : '',
    commune: communeLabel,
    village: c.village,
    addressLine: c.addressLine ?? '',
    poverty: POVERTY_LABELS[c.householdPoverty],
    schooling: SCHOOLING_LABELS[c.schooling],
    schoolName: '',
    disabilityType: c.disabilityType ?? '',
    disabilityLevel: c.disabilityLevel ? DISABILITY_LEVEL_LABELS[c.disabilityLevel] : '',
    healthInsurance: yesNo(c.healthInsurance),
    birthRegistered: yesNo(c.birthRegistered),
    caregiverRelation: carer ? CARE_RELATION_LABELS[carer.relation] : '',
    caregiverName: carer?.fullName ?? '',
    caregiverPhone: carer?.phone ?? '',
    groups: c.circumstances.map((x) => x.group).join(', '),
  };
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A commune's file: `rows` synthetic children of one commune, personal ids unique to this file. */
export function generateRows(
  commune: { code: string; name: string },
  rows: number,
  seed: string,
  serial: number,
) {
  const gen = createChildGenerator({
    seed,
    communes: [{ code: commune.code, provinceCode: '56', type: 'phường' }],
    asOf: vietnamToday(),
    ethnicCodes: { kinh: '01', tay: '02', thai: '03', hoa: '04', muong: '06' },
    serialStart: serial,
  });
  const label = `${commune.name} (${commune.code})`;
  // Personal ids unique to this file (the generator's are unique within one seed only).
  return Array.from({ length: rows }, (_, i) => {
    const g = gen.next();
    const c = { ...g, personalId: g.personalId ? String(serial + i).padStart(12, '0') : null };
    return { cells: cellsOf(c, label), child: c };
  });
}

type FileRow = { cells: Record<ImportColumnKey, string>; child: SeedChild };

export async function writeCsv(file: string, rows: readonly FileRow[]): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`\uFEFF${IMPORT_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`);
  for (const r of rows)
    if (!out.write(`${IMPORT_COLUMNS.map((c) => csvField(r.cells[c.key])).join(',')}\r\n`))
      await once(out, 'drain');
  out.end();
  await once(out, 'close');
}

export async function writeXlsx(file: string, rows: readonly FileRow[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: false,
  });
  const ws = wb.addWorksheet('Danh sách trẻ em');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header)).commit();
  for (const r of rows) ws.addRow(IMPORT_COLUMNS.map((c) => r.cells[c.key])).commit();
  ws.commit();
  await wb.commit();
}

function multipart(fileName: string, content: Buffer) {
  const boundary = `----bench${crypto.randomBytes(8).toString('hex')}`;
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

type Timed = { totalMs: number; validateMs: number; insertMs: number; job: ImportJob; peakRssMb: number };

export async function importThroughApi(app: FastifyInstance, cookie: string, file: string): Promise<Timed> {
  const body = multipart(path.basename(file), fs.readFileSync(file));
  const headers = { cookie, [CSRF_HEADER]: 'x', 'content-type': body.contentType };
  const t0 = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/children/import',
    payload: body.payload,
    headers,
  });
  if (res.statusCode !== 201) throw new Error(`import upload: ${res.statusCode} ${res.body}`);
  const id = res.json<ImportJob>().id;
  let job: ImportJob;
  for (;;) {
    const poll = await app.inject({ method: 'GET', url: `/api/children/import/${id}`, headers: { cookie } });
    job = poll.json<ImportJob>();
    if (job.status === 'done' || job.status === 'failed' || job.status === 'validated') break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const totalMs = performance.now() - t0;
  if (job.status !== 'done') {
    const report = await app.inject({
      method: 'GET',
      url: `/api/children/import/${id}/errors.xlsx`,
      headers: { cookie },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const first = wb.worksheets[0]?.getRows(2, 5)?.map((r) => JSON.stringify(r.values)) ?? [];
    throw new Error(`import ended ${job.status}: ${JSON.stringify(job)}\n${first.join('\n')}`);
  }
  // The job's own clock: created → validated (every row read and checked) → finished (committed).
  const created = Date.parse(job.createdAt);
  const validated = Date.parse(job.validatedAt ?? job.createdAt);
  const finished = Date.parse(job.finishedAt ?? job.createdAt);
  return {
    totalMs,
    validateMs: validated - created,
    insertMs: finished - validated,
    job,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The baseline: the same rows, as text, COPY'd into a table with no key, no index, no check. */
async function rawCopy(handle: DbHandle, rows: readonly FileRow[]): Promise<number> {
  const cols = IMPORT_COLUMNS.map((c) => c.key.toLowerCase());
  await sql`CREATE TABLE bench_import_bare (${sql.raw(cols.map((c) => `${c} text`).join(', '))})`.execute(
    handle.db,
  );
  const lines = rows.map((r) => IMPORT_COLUMNS.map((c) => copyValue(r.cells[c.key] || null)).join('\t'));
  let ms = 0;
  await withCopySink(handle, async (sink) => {
    for (let i = 0; i < lines.length; i += 20_000) {
      const chunk = `${lines.slice(i, i + 20_000).join('\n')}\n`;
      const t = performance.now();
      await sink.copy('bench_import_bare', cols, chunk);
      ms += performance.now() - t;
    }
  });
  await sql`DROP TABLE bench_import_bare`.execute(handle.db);
  return ms;
}

/**
 * The floor the register's own table sets: the same children COPY'd straight into `children` (its indexes,
 * foreign keys and generated columns; no validation, no caregiver or history), then rolled back.
 */
async function schemaCopy(handle: DbHandle, rows: readonly FileRow[]): Promise<number> {
  const lines = rows.map((r) => childCopyLine({ ...r.child, personalId: null }, null));
  let ms = 0;
  await withCopySink(handle, async (sink) => {
    for (let i = 0; i < lines.length; i += 2000) {
      const t = performance.now();
      await sink.copy('children', CHILD_COPY_COLUMNS, `${lines.slice(i, i + 2000).join('\n')}\n`);
      ms += performance.now() - t;
    }
    throw new RolledBack();
  }).catch((err: unknown) => {
    if (!(err instanceof RolledBack)) throw err;
  });
  return ms;
}
class RolledBack extends Error {}

export async function importSuite(
  handle: DbHandle,
  opts: { rows: number; baseChildren: number; log: (line: string) => void },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  if (opts.baseChildren > 0) {
    opts.log(`  seeding a register of ${opts.baseChildren} children first`);
    await seedChildren(handle, {
      count: opts.baseChildren,
      seed: 'import-bench-base',
      asOf: vietnamToday(),
      encryptionKey: BENCH_ENCRYPTION_KEY,
    });
  }
  const app = await benchApp(handle);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treem-bench-import-'));
  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
  try {
    const files = [
      { kind: 'csv', commune: { code: '22333', name: 'Phường Bắc Nha Trang' }, serial: 10_000_000 },
      { kind: 'xlsx', commune: { code: '22366', name: 'Phường Nha Trang' }, serial: 20_000_000 },
    ] as const;
    for (const f of files) {
      const session = await benchSession(handle, {
        username: `bench.import.${f.kind}`,
        role: 'commune_officer',
        unitCode: f.commune.code,
        provinceCode: '56',
      });
      const rows = generateRows(f.commune, opts.rows, `import-${f.kind}`, f.serial);
      const file = path.join(dir, `danh-sach.${f.kind}`);
      if (f.kind === 'csv') await writeCsv(file, rows);
      else await writeXlsx(file, rows);
      const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
      opts.log(`  ${f.kind}: ${opts.rows} rows, ${mb} MB`);

      if (f.kind === 'csv') {
        const t = performance.now();
        let n = 0;
        for await (const _ of readCsvRecords(fs.createReadStream(file), {
          maxColumns: 100,
          maxCellChars: 2000,
        }))
          n++;
        figures.push({
          name: `CSV streaming parse only (${n - 1} rows, no validation)`,
          ours: rate(n - 1, performance.now() - t),
          baseline: rate(opts.rows, await rawCopy(handle, rows)),
          baselineName: 'raw COPY of the same rows into a bare table',
          unit: 'rows/s',
        });
      }
      const rssBefore = Math.round(process.resourceUsage().maxRSS / 1024);
      const timed = await importThroughApi(app, session.cookie, file);
      const copyMs = await rawCopy(handle, rows);
      opts.log(
        `  ${f.kind}: validated in ${Math.round(timed.validateMs)} ms, inserted in ${Math.round(timed.insertMs)} ms, ` +
          `${timed.job.duplicateCount} possible duplicates, peak RSS ${timed.peakRssMb} MB (before ${rssBefore} MB)`,
      );
      const floorMs = await schemaCopy(handle, rows);
      figures.push({
        name: `import ${opts.rows} rows (${f.kind.toUpperCase()}, ${mb} MB) through the API: upload → validate every row → one-transaction insert`,
        ours: rate(timed.job.importedCount, timed.totalMs),
        baseline: rate(opts.rows, copyMs),
        baselineName: 'raw COPY of the same rows into a bare table (no key, index or check)',
        unit: 'rows/s',
      });
      figures.push({
        name: `  the same import beside the register table's own floor`,
        ours: rate(timed.job.importedCount, timed.totalMs),
        baseline: rate(opts.rows, floorMs),
        baselineName:
          'COPY of the same children into `children` (its 9 indexes, 4 foreign keys), nothing else, rolled back',
        unit: 'rows/s',
      });
      figures.push({
        name: `  ${f.kind.toUpperCase()} job clock: validation pass (upload → every row checked, spooled)`,
        ours: Math.round(timed.validateMs),
        baseline: Math.round(timed.insertMs),
        baselineName: 'insert pass (one transaction: children, caregivers, groups, history, audit)',
        unit: 'ms',
      });
      if (f.kind === 'csv') {
        // A second file of the same commune straight after the first (an officer's next village, a queued job):
        // its duplicate checks run against a commune the first one just filled.
        const next = generateRows(f.commune, opts.rows, 'import-csv-next', f.serial + 5_000_000);
        const nextFile = path.join(dir, 'danh-sach-2.csv');
        await writeCsv(nextFile, next);
        const second = await importThroughApi(app, session.cookie, nextFile);
        opts.log(
          `  csv, second file: validated in ${second.validateMs} ms, inserted in ${second.insertMs} ms`,
        );
        figures.push({
          name: '  CSV job clock: validation pass of a second file of the same commune, right after the first',
          ours: Math.round(second.validateMs),
          baseline: Math.round(timed.validateMs),
          baselineName: 'validation pass of the first file',
          unit: 'ms',
        });
      }
      figures.push({
        name: `  peak RSS after the ${f.kind.toUpperCase()} import`,
        ours: timed.peakRssMb,
        baseline: rssBefore,
        baselineName: 'peak RSS before it',
        unit: 'MB',
      });
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

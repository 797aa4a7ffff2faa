import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportColumnKey, type ImportJob } from '../../../../shared/domain/ChildImport';
import type { TestClient } from '../../../../test/test-app';

/** Real files built in the test (exceljs writer, CSV text) and the multipart upload of them. */
export type ImportRow = Partial<Record<ImportColumnKey, string | number | Date>>;

export const HEADERS: string[] = IMPORT_COLUMNS.map((c) => c.header);

function cellsOf(row: ImportRow): Array<string | number | Date | null> {
  return IMPORT_COLUMNS.map((c) => row[c.key] ?? null);
}

/** An XLSX with the template's header and these rows, written with exceljs' streaming writer. */
export async function xlsxOf(rows: readonly ImportRow[], opts: { headers?: string[] } = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Danh sách trẻ em');
  ws.addRow(opts.headers ?? HEADERS).commit();
  for (const r of rows) ws.addRow(cellsOf(r)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

function csvField(v: string | number | Date | null): string {
  if (v === null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvOf(rows: readonly ImportRow[], opts: { bom?: boolean } = {}): Buffer {
  const lines = [HEADERS.map(csvField).join(','), ...rows.map((r) => cellsOf(r).map(csvField).join(','))];
  return Buffer.from(`${opts.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`, 'utf8');
}

export function multipart(fileName: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----treem${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(client: TestClient, fileName: string, content: Buffer, query = '') {
  const body = multipart(fileName, content);
  return client.request({
    method: 'POST',
    url: `/api/children/import${query}`,
    payload: body.payload,
    headers: body.headers,
  });
}

const TERMINAL = new Set(['validated', 'done', 'failed']);

/** Polls the job until it reaches a resting state (the client's way; no fixed wait). */
export async function waitForJob(client: TestClient, jobId: string): Promise<ImportJob> {
  for (let i = 0; i < 6000; i++) {
    const res = await client.get(`/api/children/import/${jobId}`);
    if (res.statusCode !== 200) throw new Error(`poll ${res.statusCode} ${res.body}`);
    const job = res.json<ImportJob>();
    if (TERMINAL.has(job.status)) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import job did not finish');
}

/** Reads every sheet of an XLSX as arrays of cell texts. */
export async function readWorkbook(buf: Buffer): Promise<Map<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out = new Map<string, string[][]>();
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v === null || v === undefined
            ? ''
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v as string),
        );
      rows.push(values);
    });
    out.set(ws.name, rows);
  });
  return out;
}

/** A minimal ZIP (stored, no compression) of these entries: a ZIP that is not a workbook. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(entries).length, 8);
  eocd.writeUInt16LE(Object.keys(entries).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** Rewrites the inflated size of every entry in the central directory: a "ZIP bomb" as the check sees it. */
export function claimHugeEntries(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++)
    if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(0x7fffffff, i + 24);
  return out;
}

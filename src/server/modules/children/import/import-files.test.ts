import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import type { ImportJob } from '../../../../shared/domain/ChildImport';
import {
  claimHugeEntries,
  csvOf,
  HEADERS,
  readWorkbook,
  upload,
  waitForJob,
  xlsxOf,
  zipOf,
} from './import.test-helpers';

/** The template, and files that are wrong or hostile: each answers 400 with a clear message, never a 5xx. */
let t: TestContext;
let officerA: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
});
afterAll(async () => {
  await t?.close();
});

const Y = new Date().getUTCFullYear();

describe('template', () => {
  it('XLSX: Vietnamese headers, instructions, and drop-downs whose lists sit on a hidden sheet', async () => {
    const res = await officerA.get('/api/children/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách trẻ em', 'Hướng dẫn', 'DanhMuc']);
    const [data, help, lists] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(lists.state).toBe('hidden');
    expect(data.state).toBe('visible');
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(HEADERS).toEqual(
      expect.arrayContaining([
        'Họ và tên',
        'Ngày sinh (dd/mm/yyyy hoặc năm)',
        'Giới tính',
        'Số định danh cá nhân',
      ]),
    );
    expect(help.getCell('A1').value).toBe('Hướng dẫn nhập danh sách trẻ em');

    // Each list: a column of the hidden sheet with its title in row 1.
    const listColumn = (title: string) => {
      for (let c = 1; c <= lists.columnCount; c++)
        if (lists.getCell(1, c).value === title) {
          const values: string[] = [];
          for (let r = 2; lists.getCell(r, c).value !== null; r++) values.push(lists.getCell(r, c).text);
          return { col: c, values };
        }
      throw new Error(`no list ${title}`);
    };
    expect(listColumn('Giới tính').values).toEqual(['Nam', 'Nữ', 'Không xác định']);
    // The communes of the officer's jurisdiction only: her own commune.
    expect(listColumn('Xã/phường').values).toEqual(['Phường Bắc Nha Trang (22333)']);
    expect(listColumn('Dân tộc').values).toHaveLength(54);
    expect(listColumn('Nhóm (mã)').values).toEqual([
      'a',
      'b',
      'c',
      'd',
      'đ',
      'e',
      'g',
      'h',
      'i',
      'k',
      'l',
      'm',
      'n',
      'o',
    ]);
    expect(listColumn('Hộ nghèo/cận nghèo').values).toContain('Hộ nghèo');

    // Data validations of the data sheet: list type, referencing the hidden sheet by range.
    const model = (data as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const sexCol = HEADERS.indexOf('Giới tính') + 1;
    const letter = String.fromCharCode(64 + sexCol);
    const sexRule = model[`${letter}2`] ?? model[`${letter}2:${letter}5001`];
    expect(sexRule).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'?DanhMuc'?!\$A\$2:\$A\$4$/)],
    });
    const communeCol = String.fromCharCode(64 + HEADERS.indexOf('Mã xã/phường') + 1);
    const communeRule = model[`${communeCol}100`] ?? model[`${communeCol}2:${communeCol}5001`];
    expect(communeRule).toMatchObject({ type: 'list', formulae: [expect.stringContaining('DanhMuc')] });
    const groupCol = String.fromCharCode(64 + HEADERS.findIndex((h) => h.startsWith('Nhóm hoàn cảnh')) + 1);
    expect(model[`${groupCol}2`] ?? model[`${groupCol}2:${groupCol}5001`]).toMatchObject({ type: 'list' });
  });

  it('CSV: the header line in UTF-8 with a byte order mark', async () => {
    const res = await officerA.get('/api/children/import/template.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toContain('Họ và tên,Ngày sinh (dd/mm/yyyy hoặc năm),Giới tính');
  });

  it('the filled template imports back', async () => {
    const template = (await officerA.get('/api/children/import/template.xlsx')).rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const data = wb.getWorksheet('Danh sách trẻ em')!;
    const col = (h: string) => HEADERS.indexOf(h) + 1;
    const row = data.getRow(2);
    row.getCell(col('Họ và tên')).value = 'Bùi Thị Kim Oanh';
    row.getCell(col('Ngày sinh (dd/mm/yyyy hoặc năm)')).value = `15/06/${Y - 9}`;
    row.getCell(col('Giới tính')).value = 'Nữ';
    row.getCell(col('Mã xã/phường')).value = 'Phường Bắc Nha Trang (22333)';
    row.getCell(col('Thôn/tổ dân phố')).value = 'Tổ Mẫu';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(officerA, 'mau.xlsx', filled);
    expect(res.statusCode, res.body).toBe(201);
    const job = await waitForJob(officerA, res.json<ImportJob>().id);
    expect(job).toMatchObject({ status: 'done', importedCount: 1 });
  });

  it('only importers get the template and upload: 403 for others, 401 without a session', async () => {
    for (const who of [
      'provinceOfficerA',
      'villageCollaboratorA',
      'hotlineCounsellor',
      'adminNational',
    ] as const) {
      const c = await t.as(who);
      expect((await c.get('/api/children/import/template.xlsx')).statusCode).toBe(403);
      expect((await upload(c, 'a.csv', csvOf([]))).statusCode).toBe(403);
    }
    expect((await t.anonymous().get('/api/children/import/template.xlsx')).statusCode).toBe(401);
  });
});

describe('hostile and wrong files', () => {
  async function expect400(name: string, body: Buffer, messageId: string) {
    const res = await upload(officerA, name, body);
    expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', messageId });
    expect(res.json().error.message).not.toBe('');
  }

  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

  it('refuses a file of another type renamed .xlsx or .csv, by its content', async () => {
    await expect400('anh.xlsx', PNG, 'import.fileType');
    await expect400('anh.csv', PNG, 'import.fileType');
    await expect400('nen.xlsx', zipOf({ 'readme.txt': 'không phải bảng tính' }), 'import.fileType');
    await expect400(
      'cu.xls',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]),
      'import.fileXls',
    );
    await expect400(
      'hong.xlsx',
      Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(100, 7)]),
      'import.fileCorrupt',
    );
    await expect400('bom.xlsx', claimHugeEntries(await xlsxOf([])), 'import.fileCorrupt');
  });

  it('refuses an empty file, a file without the required columns, and a header without rows', async () => {
    await expect400('rong.csv', Buffer.alloc(0), 'import.fileEmpty');
    await expect400('rong.xlsx', Buffer.alloc(0), 'import.fileEmpty');
    await expect400('cot.csv', Buffer.from('Tên,Tuổi\nAn,5\n'), 'import.missingColumns');
    await expect400('cot.xlsx', await xlsxOf([], { headers: ['Tên', 'Tuổi'] }), 'import.missingColumns');
    await expect400('dong.csv', csvOf([]), 'import.noRows');
    await expect400(
      'doi.csv',
      Buffer.from('Họ và tên,Họ và tên,Ngày sinh,Giới tính\nA,B,2015,Nam\n'),
      'import.duplicateColumn',
    );
  });

  it('refuses a CSV saved in a legacy code page (Windows-1258), naming UTF-8', async () => {
    // "Họ và tên" in Windows-1258: à = 0xE0, ê = 0xEA, then the tone mark as a combining byte.
    const legacy = Buffer.concat([
      Buffer.from('H'),
      Buffer.from([0xf5]),
      Buffer.from(' v'),
      Buffer.from([0xe0]),
    ]);
    await expect400('cu.csv', Buffer.concat([legacy, Buffer.from(',Ngày sinh\n')]), 'import.fileEncoding');
  });

  it('refuses a CSV with 1,000 columns and a CSV with a huge cell', async () => {
    const wide = `${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}\n`;
    await expect400('rong.csv', Buffer.from(wide), 'import.tooManyColumns');
    const wideRow = Buffer.concat([csvOf([]), Buffer.from(`${'x,'.repeat(999)}x\n`)]);
    await expect400('rong2.csv', wideRow, 'import.tooManyColumns');
    const huge = Buffer.concat([
      csvOf([{ fullName: 'Trẻ Một', birth: `${Y - 5}`, sex: 'Nam' }]),
      Buffer.from(`"${'Ạ'.repeat(1_000_000)}",${Y - 5},Nam\n`),
    ]);
    const res = await upload(officerA, 'to.csv', huge);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ messageId: 'import.cellTooLarge', row: 3 });
  });

  it('reports a huge XLSX cell as an error of its row and column (Excel caps cells, so it is never a whole-file 400)', async () => {
    const res = await upload(
      officerA,
      'to.xlsx',
      await xlsxOf([{ fullName: 'Ạ'.repeat(40_000), birth: `${Y - 5}`, sex: 'Nam' }]),
    );
    expect(res.statusCode).toBe(201);
    const job = await waitForJob(officerA, res.json<ImportJob>().id);
    expect(job).toMatchObject({ status: 'validated', errorCount: 1, importedCount: 0 });
    const report = await readWorkbook(
      (await officerA.get(`/api/children/import/${job.id}/errors.xlsx`)).rawPayload,
    );
    expect(report.get('Lỗi')![1]).toEqual(['2', 'Họ và tên', 'Ô quá dài.']);
  });

  it('answers 4xx, never 5xx, to requests that are not a file upload', async () => {
    const json = await officerA.post('/api/children/import', { file: 'x' });
    expect(json.statusCode).toBe(415);
    const noFile = await officerA.request({
      method: 'POST',
      url: '/api/children/import',
      payload: '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.messageId).toBe('import.fileMissing');
    const garbage = await officerA.request({
      method: 'POST',
      url: '/api/children/import',
      payload: 'not multipart at all',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
    });
    expect(garbage.statusCode).toBeGreaterThanOrEqual(400);
    expect(garbage.statusCode).toBeLessThan(500);
    const badQuery = await officerA.request({ method: 'POST', url: '/api/children/import?dryRun=maybe' });
    expect(badQuery.statusCode).toBe(400);
    expect((await officerA.get('/api/children/import/not-a-uuid')).statusCode).toBe(400);
    expect((await officerA.get(`/api/children/import/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('answers 413 to a file over 50 MB', async () => {
    const big = Buffer.concat([csvOf([]), Buffer.alloc(51 * 1024 * 1024, 0x41)]);
    const res = await upload(officerA, 'lon.csv', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.messageId).toBe('import.fileTooLarge');
  });
});

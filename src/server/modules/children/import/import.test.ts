import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import { PLACES } from '../../../../test/fixtures';
import type { ImportJob } from '../../../../shared/domain/ChildImport';
import { childCipher } from '../child-crypto';
import { ImportRunner } from './import-runner';
import { csvOf, readWorkbook, upload, waitForJob, xlsxOf, type ImportRow } from './import.test-helpers';

let t: TestContext;
let officerA: TestClient;

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
});
afterAll(async () => {
  await t?.close();
});

/** Birth years are relative to this year, so the children stay under 16 whenever the tests run. */
const Y = new Date().getUTCFullYear();
let pidSeq = 100_000;
/** A fresh personal id with a leading zero (as most are: the first three digits are the birth province). */
const nextPid = () => `0010${String(pidSeq++).padStart(8, '0')}`;

function rowsForVillage(village: string) {
  return t.db
    .selectFrom('children')
    .selectAll()
    .where('village', '=', village)
    .orderBy('name_search')
    .execute();
}

async function countVillage(village: string): Promise<number> {
  const r = await t.db
    .selectFrom('children')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('village', '=', village)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** The planner's row count of `children` (pg_class.reltuples, set by ANALYZE; -1 before any). */
async function childrenRowEstimate(): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'children'::regclass`.execute(t.db);
  return Number(r.rows[0]?.n ?? -1);
}

async function importFile(client: TestClient, name: string, body: Buffer, query = ''): Promise<ImportJob> {
  const res = await upload(client, name, body, query);
  expect(res.statusCode, res.body).toBe(201);
  return waitForJob(client, res.json<ImportJob>().id);
}

describe('import: happy path', () => {
  it('imports an XLSX with Vietnamese content, codes typed as numbers, dates in every accepted form', async () => {
    const village = 'Tổ dân phố Vĩnh Phước 1';
    const pid = nextPid();
    const rows: ImportRow[] = [
      {
        fullName: 'Nguyễn Thị Ánh Tuyết',
        birth: new Date(Date.UTC(Y - 10, 8, 5)),
        sex: 'Nữ',
        // Typed as a number, the leading zero is lost; the import restores it.
        personalId: Number(pid),
        ethnicity: 'Kinh',
        commune: 'Phường Bắc Nha Trang (22333)',
        village,
        addressLine: '12 Đường 2/4',
        poverty: 'Hộ cận nghèo',
        schooling: 'Tiểu học',
        schoolName: 'Trường Tiểu học Vĩnh Phước',
        healthInsurance: 'Có',
        birthRegistered: 'Có',
        caregiverRelation: 'Mẹ',
        caregiverName: 'Trần Thị Hồng',
        caregiverPhone: 912345678,
        groups: 'a, d',
        disabilityType: 'Vận động',
        disabilityLevel: 'Nặng',
      },
      { fullName: 'Đặng Văn Đức', birth: `03/${Y - 12}`, sex: 'Nam', village, ethnicity: 'Ê Đê' },
      { fullName: 'Lê Hoàng Ý Nhi', birth: Y - 11, sex: 'nữ', commune: '22333', village },
    ];
    const job = await importFile(officerA, 'danh-sach.xlsx', await xlsxOf(rows));
    expect(job).toMatchObject({
      status: 'done',
      totalRows: 3,
      importedCount: 3,
      errorCount: 0,
      fileKind: 'xlsx',
    });

    const created = await rowsForVillage(village);
    expect(created.map((c) => c.full_name)).toEqual([
      'Đặng Văn Đức',
      'Lê Hoàng Ý Nhi',
      'Nguyễn Thị Ánh Tuyết',
    ]);
    const [duc, nhi, tuyet] = created as [(typeof created)[0], (typeof created)[0], (typeof created)[0]];
    expect(tuyet).toMatchObject({
      personal_id: pid,
      birth_date: `${Y - 10}-09-05`,
      birth_precision: 'day',
      sex: 'female',
      ethnicity_code: '01',
      commune_code: PLACES.communeA,
      province_code: PLACES.provinceA,
      address_line: '12 Đường 2/4',
      household_poverty: 'near_poor',
      schooling: 'primary',
      school_name: 'Trường Tiểu học Vĩnh Phước',
      disability_type: 'Vận động',
      disability_level: 'severe',
      health_insurance: true,
      birth_registered: true,
      created_by: t.users.communeOfficerA.id,
      status: 'active',
    });
    expect(duc).toMatchObject({
      birth_date: `${Y - 12}-03-01`,
      birth_precision: 'month',
      sex: 'male',
      ethnicity_code: '12',
    });
    // A blank commune is the commune officer's own.
    expect(nhi).toMatchObject({
      birth_date: `${Y - 11}-01-01`,
      birth_precision: 'year',
      commune_code: PLACES.communeA,
    });

    const carers = await t.db
      .selectFrom('child_caregivers')
      .selectAll()
      .where('child_id', '=', tuyet.id)
      .execute();
    expect(carers).toEqual([
      expect.objectContaining({
        relation: 'mother',
        full_name: 'Trần Thị Hồng',
        phone: '0912345678',
        is_primary: true,
      }),
    ]);
    const circs = await t.db
      .selectFrom('child_circumstances')
      .selectAll()
      .where('child_id', '=', tuyet.id)
      .execute();
    const cipher = childCipher(t.config.encryptionKey);
    expect(circs.map((c) => cipher.decryptGroup(c.id, c.group_enc)).sort()).toEqual(['a', 'd']);
    expect(circs.map((c) => c.group_key).sort()).toEqual([cipher.groupKey('a'), cipher.groupKey('d')].sort());
    // The raw row holds no plaintext group code.
    expect(circs.every((c) => c.group_enc !== 'a' && c.group_enc !== 'd')).toBe(true);

    const history = await t.db
      .selectFrom('child_history')
      .select(['operation', 'actor_id', 'fields'])
      .where('child_id', '=', tuyet.id)
      .orderBy('id')
      .execute();
    expect(history.map((h) => h.operation)).toEqual(['import', 'circumstance.add', 'circumstance.add']);
    expect(history[0]!.fields).toEqual(expect.arrayContaining(['fullName', 'personalId', 'caregivers']));

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'counts', 'target_ids', 'unit_code'])
      .where('operation', '=', 'child.import')
      .where('target_ids', '@>', sql<string[]>`ARRAY[${job.id}]::text[]`)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(t.users.communeOfficerA.id);
    expect(audit.unit_code).toBe(PLACES.communeA);
    expect(audit.counts).toMatchObject({ children: 3, caregivers: 1, circumstances: 2 });
  });

  it('imports a CSV (UTF-8 with BOM) and the Vietnamese round-trips exactly', async () => {
    const village = 'Thôn Đồng Bò';
    const names = ['Phạm Thị Thùy Dương', 'Huỳnh Quốc Bảo', 'Ngô Thị Ngọc Ánh'];
    const rows: ImportRow[] = names.map((fullName, i) => ({
      fullName,
      birth: `1${i}/0${i + 1}/${Y - 14}`,
      sex: i === 1 ? 'Nam' : 'Nữ',
      personalId: nextPid(),
      village,
      addressLine: 'Số 5, hẻm "Cây Dừa"',
      caregiverRelation: 'Ông/bà',
      caregiverName: 'Võ Thị Sáu',
      caregiverPhone: '+84 905 123 456',
    }));
    const job = await importFile(officerA, 'danh-sach.csv', csvOf(rows));
    expect(job).toMatchObject({ status: 'done', importedCount: 3, fileKind: 'csv', totalRows: 3 });
    const created = await rowsForVillage(village);
    expect(created.map((c) => c.full_name).sort()).toEqual([...names].sort());
    expect(created.every((c) => c.address_line === 'Số 5, hẻm "Cây Dừa"')).toBe(true);
    const duong = created.find((c) => c.full_name === 'Phạm Thị Thùy Dương');
    expect(duong).toMatchObject({ birth_date: `${Y - 14}-01-10`, birth_precision: 'day', sex: 'female' });
    const phones = await t.db
      .selectFrom('child_caregivers')
      .select('phone')
      .where(
        'child_id',
        'in',
        created.map((c) => c.id),
      )
      .execute();
    expect(phones.map((p) => p.phone)).toEqual(['0905123456', '0905123456', '0905123456']);
  });

  it('a dry run validates without writing, then the confirmation imports', async () => {
    const village = 'Thôn Thử Nghiệm';
    const rows: ImportRow[] = [
      { fullName: 'Trương Minh Khôi', birth: `01/01/${Y - 7}`, sex: 'Nam', village },
    ];
    const job = await importFile(officerA, 'thu.csv', csvOf(rows), '?dryRun=true');
    expect(job).toMatchObject({
      status: 'validated',
      dryRun: true,
      errorCount: 0,
      totalRows: 1,
      importedCount: 0,
    });
    expect(await countVillage(village)).toBe(0);
    const res = await officerA.post(`/api/children/import/${job.id}/confirm`, {});
    expect(res.statusCode, res.body).toBe(200);
    const done = await waitForJob(officerA, job.id);
    expect(done).toMatchObject({ status: 'done', importedCount: 1 });
    expect(await countVillage(village)).toBe(1);
    // Confirming again changes nothing.
    const again = await officerA.post(`/api/children/import/${job.id}/confirm`, {});
    expect(again.statusCode).toBe(200);
    expect(await countVillage(village)).toBe(1);
  });

  it('a retried upload with the same transactionId answers the same job', async () => {
    const tx = crypto.randomUUID();
    const body = csvOf([{ fullName: 'Mai Anh Thư', birth: `${Y - 8}`, sex: 'Nữ', village: 'Thôn Lặp Lại' }]);
    const first = await upload(officerA, 'a.csv', body, `?transactionId=${tx}`);
    const second = await upload(officerA, 'a.csv', body, `?transactionId=${tx}`);
    expect(first.statusCode).toBe(201);
    expect(second.json<ImportJob>().id).toBe(first.json<ImportJob>().id);
    await waitForJob(officerA, first.json<ImportJob>().id);
    expect(await countVillage('Thôn Lặp Lại')).toBe(1);
  });
});

describe('import: error report', () => {
  it('names the row and column of each bad value and imports nothing', async () => {
    const village = 'Thôn Có Lỗi';
    const rows: ImportRow[] = [
      { fullName: 'Hồ Văn Nam', birth: `31/02/${Y - 10}`, sex: 'Nam', village }, // row 2: no such date
      { fullName: 'Hồ Văn Bắc', birth: `${Y - 11}`, sex: 'Nam', commune: '99999', village }, // row 3: unknown commune
      { fullName: 'Hồ Văn Trung', birth: `${Y - 11}`, sex: 'Nam', commune: PLACES.communeB, village }, // row 4: other commune
      { fullName: 'Hồ Văn Tây', birth: `${Y - 11}`, sex: 'Nam', personalId: '12345', village }, // row 5: bad personal id
      { fullName: '', birth: `${Y - 11}`, sex: 'Nam', village }, // row 6: missing name
      { fullName: 'Hồ Văn Đông', birth: `${Y - 11}`, sex: 'Nam', village }, // row 7: fine
      { fullName: 'Hồ Thị Lan', birth: `${Y - 11}`, sex: 'X', groups: 'f', village }, // row 8: sex, group
      { fullName: 'Hồ Thị Huệ', birth: `01/01/${Y - 20}`, sex: 'Nữ', village }, // row 9: not a child (over 16)
    ];
    for (const [name, body] of [
      ['loi.xlsx', await xlsxOf(rows)],
      ['loi.csv', csvOf(rows)],
    ] as const) {
      const job = await importFile(officerA, name, body);
      expect(job).toMatchObject({
        status: 'validated',
        errorCount: 8,
        errorRows: 7,
        importedCount: 0,
        hasReport: true,
      });
      expect(await countVillage(village)).toBe(0);
      const res = await officerA.get(`/api/children/import/${job.id}/errors.xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const sheets = await readWorkbook(res.rawPayload);
      const errors = sheets.get('Lỗi')!;
      expect(errors[0]).toEqual(['Dòng', 'Cột', 'Lỗi']);
      const byRow = errors.slice(1).map(([row, column, message]) => `${row}|${column}|${message}`);
      expect(byRow).toEqual([
        '2|Ngày sinh (dd/mm/yyyy hoặc năm)|Ngày sinh phải có dạng dd/mm/yyyy, mm/yyyy hoặc yyyy.',
        '3|Mã xã/phường|Không có xã/phường nào mang mã này (đơn vị hành chính từ 01/07/2025).',
        '4|Mã xã/phường|Xã/phường này ngoài địa bàn bạn quản lý.',
        '5|Số định danh cá nhân|Định dạng không hợp lệ.',
        '6|Họ và tên|Trường này là bắt buộc.',
        expect.stringMatching(/^8\|Giới tính\|/),
        expect.stringMatching(/^8\|Nhóm hoàn cảnh đặc biệt.*\|Mã nhóm hoàn cảnh đặc biệt phải là/),
        '9|Ngày sinh (dd/mm/yyyy hoặc năm)|Trẻ em là người dưới 16 tuổi (Luật Trẻ em, Điều 1).',
      ]);
    }
  });

  it('a personal id repeated in the file, or already in the register, is an error of its row', async () => {
    const pid = nextPid();
    await importFile(
      officerA,
      'a.csv',
      csvOf([{ fullName: 'Lý Thị Mai', birth: `${Y - 9}`, sex: 'Nữ', personalId: pid }]),
    );
    const village = 'Thôn Trùng';
    const fresh = nextPid();
    const job = await importFile(
      officerA,
      'b.csv',
      csvOf([
        { fullName: 'Lý Văn Hải', birth: `${Y - 9}`, sex: 'Nam', personalId: fresh, village },
        { fullName: 'Lý Văn Hà', birth: `${Y - 10}`, sex: 'Nam', personalId: fresh, village },
        { fullName: 'Lý Thị Mai', birth: `${Y - 9}`, sex: 'Nữ', personalId: pid, village },
      ]),
    );
    expect(job).toMatchObject({ status: 'validated', errorCount: 2, importedCount: 0 });
    const sheets = await readWorkbook(
      (await officerA.get(`/api/children/import/${job.id}/errors.xlsx`)).rawPayload,
    );
    expect(sheets.get('Lỗi')!.slice(1)).toEqual([
      ['3', 'Số định danh cá nhân', 'Số định danh cá nhân trùng với một dòng khác trong tệp.'],
      ['4', 'Số định danh cá nhân', 'Số định danh cá nhân này đã được dùng cho một trẻ em khác.'],
    ]);
  });

  it('a confirmation of a job with errors answers 409', async () => {
    const job = await importFile(
      officerA,
      'x.csv',
      csvOf([{ fullName: 'A', birth: 'hôm qua', sex: 'Nam' }]),
      '?dryRun=true',
    );
    expect(job.status).toBe('validated');
    const res = await officerA.post(`/api/children/import/${job.id}/confirm`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messageId).toBe('import.notConfirmable');
  });
});

describe('import: atomicity', () => {
  const big = (village: string, badAt: number | null, pidBase = 5_000_000): ImportRow[] =>
    Array.from({ length: 5000 }, (_, i) => ({
      fullName: `Nguyễn Văn Số ${i}`,
      birth: i === badAt ? '32/13/2015' : `${(i % 28) + 1}/${(i % 12) + 1}/${Y - 1 - (i % 14)}`,
      sex: i % 2 ? 'Nam' : 'Nữ',
      personalId: `0020${String(i + pidBase).padStart(8, '0')}`,
      village,
      caregiverRelation: 'Cha',
      caregiverName: 'Nguyễn Văn Cha',
      caregiverPhone: `09${String(10_000_000 + i)}`,
    }));

  it('5,000 rows with one bad row near the end import nothing; the fixed file imports all', async () => {
    const village = 'Thôn Nguyên Khối';
    const bad = await importFile(officerA, 'lon.csv', csvOf(big(village, 4990)));
    expect(bad).toMatchObject({
      status: 'validated',
      totalRows: 5000,
      errorCount: 1,
      errorRows: 1,
      importedCount: 0,
    });
    expect(await countVillage(village)).toBe(0);
    const report = await readWorkbook(
      (await officerA.get(`/api/children/import/${bad.id}/errors.xlsx`)).rawPayload,
    );
    expect(report.get('Lỗi')!.slice(1)).toEqual([
      ['4992', 'Ngày sinh (dd/mm/yyyy hoặc năm)', 'Ngày sinh phải có dạng dd/mm/yyyy, mm/yyyy hoặc yyyy.'],
    ]);

    expect(await childrenRowEstimate()).toBeLessThan(5000);
    const good = await importFile(officerA, 'lon.xlsx', await xlsxOf(big(village, null)));
    expect(good).toMatchObject({ status: 'done', totalRows: 5000, importedCount: 5000, processedRows: 5000 });
    expect(await countVillage(village)).toBe(5000);
    // A large import refreshes the planner statistics once committed, so the next job's duplicate checks plan for
    // the commune as it now is (import-job.ts refreshStatistics; PGlite has no autovacuum to do it).
    let estimate = await childrenRowEstimate();
    for (let i = 0; i < 200 && estimate < 5000; i++) {
      await new Promise((r) => setTimeout(r, 25));
      estimate = await childrenRowEstimate();
    }
    expect(estimate).toBeGreaterThanOrEqual(5000);
    const carers = await t.db
      .selectFrom('child_caregivers as g')
      .innerJoin('children as c', 'c.id', 'g.child_id')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('c.village', '=', village)
      .executeTakeFirstOrThrow();
    expect(carers.n).toBe(5000);
  });

  it('an insert failing after thousands of rows rolls back every one of them', async () => {
    const village = 'Thôn Xung Đột';
    const rows = big(village, null, 6_000_000).slice(0, 3000);
    const job = await importFile(officerA, 'xung-dot.csv', csvOf(rows), '?dryRun=true');
    expect(job).toMatchObject({ status: 'validated', errorCount: 0, totalRows: 3000 });
    // Between the check and the insert, someone registers the child of the last row (the insert's 2nd batch).
    await t.db
      .insertInto('children')
      .values({
        full_name: 'Người Khác',
        birth_date: `${Y - 3}-01-01`,
        sex: 'male',
        commune_code: PLACES.communeA,
        province_code: PLACES.provinceA,
        personal_id: rows[2999]!.personalId as string,
      })
      .execute();
    expect((await officerA.post(`/api/children/import/${job.id}/confirm`, {})).statusCode).toBe(200);
    const failed = await waitForJob(officerA, job.id);
    expect(failed).toMatchObject({
      status: 'failed',
      importedCount: 0,
      failureMessageId: 'import.registerChanged',
    });
    expect(await countVillage(village)).toBe(0);
    const history = await t.db
      .selectFrom('child_history as h')
      .innerJoin('children as c', 'c.id', 'h.child_id')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('c.village', '=', village)
      .executeTakeFirstOrThrow();
    expect(history.n).toBe(0);
  });

  it('a job left importing by a stopped server is failed on the next start, having inserted nothing', async () => {
    const stale = await t.db
      .insertInto('import_jobs')
      .values({
        user_id: t.users.communeOfficerA.id,
        scope_kind: 'commune',
        scope_code: PLACES.communeA,
        file_name: 'bi-gian-doan.xlsx',
        file_kind: 'xlsx',
        file_bytes: 1000,
        status: 'importing',
        total_rows: 10,
        heartbeat_at: new Date(Date.now() - 10 * 60_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const runner = new ImportRunner({ db: t.db, config: t.config, now: () => new Date() }, t.handle);
    await runner.start();
    await runner.close();
    const res = await officerA.get(`/api/children/import/${stale.id}`);
    expect(res.json()).toMatchObject({
      status: 'failed',
      importedCount: 0,
      failureMessageId: 'import.interrupted',
      failureMessage: expect.stringContaining('chưa có dòng nào được nhập'),
    });
  });

  it('another officer cannot see or download someone else’s job', async () => {
    const job = await importFile(officerA, 'r.csv', csvOf([{ fullName: 'B', birth: 'sai', sex: 'Nam' }]));
    const officerB = await t.as('communeOfficerB');
    expect((await officerB.get(`/api/children/import/${job.id}`)).statusCode).toBe(404);
    expect((await officerB.get(`/api/children/import/${job.id}/errors.xlsx`)).statusCode).toBe(404);
    expect((await officerB.post(`/api/children/import/${job.id}/confirm`, {})).statusCode).toBe(404);
    const list = await officerA.get('/api/children/import');
    expect(list.json().items.some((j: ImportJob) => j.id === job.id)).toBe(true);
    expect((await officerB.get('/api/children/import')).json().items).toEqual([]);
  });
});

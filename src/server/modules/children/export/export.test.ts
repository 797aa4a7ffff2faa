import crypto from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import { PLACES } from '../../../../test/fixtures';
import type { Child } from '../../../../shared/domain/Child';
import { ChildExportQuery } from '../../../../shared/domain/ChildImport';
import { createChildAs, yearsAgo } from '../children.test-helpers';
import { readWorkbook } from '../import/import.test-helpers';
import { planExport, streamExport } from './export.service';

let t: TestContext;
let officerA: TestClient;

const SENSITIVE_HEADERS = ['Tình trạng HIV', 'Sử dụng ma túy', 'Vi phạm pháp luật', 'Ghi chú sức khỏe'];
const GROUPS = 'Nhóm hoàn cảnh đặc biệt (mã a–o, cách nhau bởi dấu phẩy)';

let hoa: Child;
let lan: Child;

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
  const officerB = await t.as('communeOfficerB');
  const officerC = await t.as('communeOfficerC');
  hoa = await createChildAs(officerA, {
    fullName: 'Đỗ Thị Hoa',
    sex: 'female',
    personalId: '056123456789',
    sensitive: { hivStatus: 'living_with_hiv', healthNotes: 'Điều trị ARV' },
  });
  lan = await createChildAs(officerA, { fullName: 'Đỗ Văn Lân', sex: 'male', birthDate: yearsAgo(4) });
  for (const [id, groupCode] of [
    [hoa.id, 'd'],
    [hoa.id, 'đ'],
  ] as const) {
    const r = await officerA.post(`/api/children/${id}/circumstances`, {
      transactionId: crypto.randomUUID(),
      groupCode,
      startDate: yearsAgo(1),
    });
    expect(r.statusCode, r.body).toBeLessThan(300);
  }
  // Aged out: 16 and over are not on the active lists.
  await t.db
    .insertInto('children')
    .values({
      full_name: 'Đỗ Văn Lớn',
      birth_date: yearsAgo(17),
      sex: 'male',
      commune_code: PLACES.communeA,
      province_code: PLACES.provinceA,
    })
    .execute();
  await createChildAs(officerB, { fullName: 'Mạc Thị Bình', communeCode: PLACES.communeB });
  await createChildAs(officerC, { fullName: 'Kiều Văn Hà Nội', communeCode: PLACES.communeC });
});
afterAll(async () => {
  await t?.close();
});

async function exportAs(client: TestClient, query = '') {
  const res = await client.get(`/api/children/export.xlsx${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const sheet = (await readWorkbook(res.rawPayload)).get('Danh sách trẻ em')!;
  const [header, ...rows] = sheet;
  const col = (h: string) => header!.indexOf(h);
  return { header: header!, rows, names: rows.map((r) => r[col('Họ và tên')]).sort(), col };
}

describe('export', () => {
  it('a commune officer exports her commune only, with the sensitive columns she may see', async () => {
    const { header, rows, names, col } = await exportAs(officerA);
    expect(names).toEqual(['Đỗ Thị Hoa', 'Đỗ Văn Lân']);
    expect(header).toEqual(expect.arrayContaining(SENSITIVE_HEADERS));
    const hoaRow = rows.find((r) => r[col('Họ và tên')] === 'Đỗ Thị Hoa')!;
    expect(hoaRow[col('Tình trạng HIV')]).toBe('Nhiễm HIV');
    expect(hoaRow[col('Ghi chú sức khỏe')]).toBe('Điều trị ARV');
    expect(hoaRow[col(GROUPS)]).toBe('d, đ');
    expect(hoaRow[col('Số định danh cá nhân')]).toBe('056123456789');
    expect(hoaRow[col('Mã xã/phường')]).toBe(PLACES.communeA);
    expect(hoaRow[col('Giới tính')]).toBe('Nữ');
  });

  it('applies the search filters', async () => {
    expect((await exportAs(officerA, '?sex=male')).names).toEqual(['Đỗ Văn Lân']);
    expect((await exportAs(officerA, '?q=hoa%20do')).names).toEqual(['Đỗ Thị Hoa']);
    expect((await exportAs(officerA, '?group=d')).names).toEqual(['Đỗ Thị Hoa']);
    expect((await exportAs(officerA, `?ageMax=5`)).names).toEqual(['Đỗ Văn Lân']);
    expect((await exportAs(officerA, '?includeAgedOut=true')).names).toContain('Đỗ Văn Lớn');
    // Another commune as a filter: nothing, not the other commune's children.
    expect((await exportAs(officerA, `?communeCode=${PLACES.communeB}`)).rows).toEqual([]);
    expect((await officerA.get('/api/children/export.xlsx?ageMin=9&ageMax=3')).statusCode).toBe(400);
  });

  it('a province officer exports the province, not another one', async () => {
    const province = await t.as('provinceOfficerA');
    expect((await exportAs(province)).names).toEqual(['Mạc Thị Bình', 'Đỗ Thị Hoa', 'Đỗ Văn Lân'].sort());
    const other = await t.as('provinceOfficerB');
    expect((await exportAs(other)).names).toEqual(['Kiều Văn Hà Nội']);
  });

  it('without children.read_sensitive the sensitive columns and groups are absent, not blank', async () => {
    const caller = {
      actor: { ...(await officerActor()), role: 'test' },
      user: {
        id: t.users.communeOfficerA.id,
        role: 'commune_officer' as const,
        unitCode: PLACES.communeA,
        provinceCode: PLACES.provinceA,
        agencyId: null,
      },
      scope: { kind: 'commune' as const, communeCode: PLACES.communeA, provinceCode: PLACES.provinceA },
      locale: 'vi' as const,
    };
    const plan = {
      ...planExport(caller, ChildExportQuery.parse({})),
      sensitiveColumns: false,
      mayReadRow: () => false,
    };
    const bytes = await buffer(streamExport({ db: t.db, config: t.config, now: () => new Date() }, plan));
    const sheet = (await readWorkbook(bytes)).get('Danh sách trẻ em')!;
    const [header, ...rows] = sheet;
    for (const h of SENSITIVE_HEADERS) expect(header).not.toContain(h);
    const hoaRow = rows.find((r) => r[0] === 'Đỗ Thị Hoa')!;
    // 'đ' (HIV) is a sensitive group: only 'd' remains.
    expect(hoaRow[header!.indexOf(GROUPS)]).toBe('d');
    expect(JSON.stringify(sheet)).not.toContain('ARV');
  });

  it('is audited with the filter names and the row count', async () => {
    await exportAs(officerA, '?sex=female&q=hoa');
    const row = await t.db
      .selectFrom('audit_log')
      .select(['counts', 'actor_id', 'unit_code'])
      .where('operation', '=', 'child.export')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(t.users.communeOfficerA.id);
    expect(row.unit_code).toBe(PLACES.communeA);
    expect(row.counts).toEqual({ rows: 1, sensitiveColumns: 1, 'filter.sex': 1, 'filter.q': 1 });
    expect(JSON.stringify(row)).not.toContain('hoa');
  });

  it('pages through every matching child (more than one search page)', async () => {
    await sql`
      INSERT INTO children (full_name, birth_date, sex, commune_code, province_code)
      SELECT 'Trẻ Thứ ' || g, (current_date - 1000 - g)::date, 'female', ${PLACES.communeA}, ${PLACES.provinceA}
        FROM generate_series(1, 2500) AS g`.execute(t.db);
    const { rows, names } = await exportAs(officerA);
    expect(rows).toHaveLength(2502);
    expect(new Set(names).size).toBe(2502);
    expect(names).toContain('Trẻ Thứ 2500');
  });

  it('is refused to roles without children.export', async () => {
    for (const who of [
      'villageCollaboratorA',
      'hotlineCounsellor',
      'communeChairmanA',
      'adminNational',
    ] as const)
      expect((await (await t.as(who)).get('/api/children/export.xlsx')).statusCode).toBe(403);
    expect((await t.anonymous().get('/api/children/export.xlsx')).statusCode).toBe(401);
    expect(lan.id).toBeDefined();
  });
});

async function officerActor() {
  return {
    userId: t.users.communeOfficerA.id,
    username: 'communeofficera',
    displayName: 'Test',
    role: 'commune_officer',
    unitCode: PLACES.communeA,
    ip: '127.0.0.1',
    userAgent: null,
    requestId: null,
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app';
import { parseCsvObjects } from '../../lib/csv';
import type { Unit, UnitConversion } from '../../../shared/domain/Unit';
import { ADMIN_UNITS_DIR } from './units.loader';
import { normalizeSearchInput } from './units.service';

let t: TestContext;
let officer: TestClient;
beforeAll(async () => {
  t = await createTestContext();
  officer = await t.as('communeOfficerA');
});
afterAll(async () => t?.close());

async function search(params: Record<string, string>): Promise<Unit[]> {
  const res = await officer.get(`/api/units/search?${new URLSearchParams(params).toString()}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Unit[] }>().items;
}
const codes = (units: Unit[]) => units.map((u) => u.code);
/** The folded form the database sorts by, done in JS for the assertions. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

describe('GET /api/units/search', () => {
  it.each([
    'khanh hoa',
    'Khánh Hoà',
    'Khánh Hòa',
    'KHANH HOA',
    '  khánh   HOÀ ',
    'Khánh Hòa'.normalize('NFD'),
  ])('%j finds Tỉnh Khánh Hoà (56) first', async (q) => {
    const items = await search({ q });
    expect(items[0]).toMatchObject({
      era: '2025',
      code: '56',
      name: 'Tỉnh Khánh Hoà',
      level: 'province',
      provinceName: 'Tỉnh Khánh Hoà',
    });
  });

  it('finds every Nha Trang ward, the exact name first', async () => {
    const items = await search({ q: 'nha trang' });
    expect(items[0]?.code).toBe('22366');
    expect(codes(items.slice(0, 4)).sort()).toEqual(['22333', '22366', '22390', '22402']);
    expect(items[0]).toMatchObject({ provinceCode: '56', provinceName: 'Tỉnh Khánh Hoà', parentCode: '56' });
  });

  it('matches the beginning of a name', async () => {
    const items = await search({ q: 'bac nha' });
    expect(items[0]?.code).toBe('22333');
    expect(items[0]?.name).toBe('Phường Bắc Nha Trang');
  });

  it('makes the unit type optional', async () => {
    expect((await search({ q: 'ba dinh' }))[0]?.code).toBe('00004');
    expect((await search({ q: 'phuong ba dinh' }))[0]?.code).toBe('00004');
    expect((await search({ q: 'Phường Ba Đình' }))[0]?.code).toBe('00004');
  });

  it('finds the words in any order', async () => {
    expect(codes(await search({ q: 'trang bac nha' }))).toContain('22333');
  });

  it('puts provinces before communes of the same rank', async () => {
    const items = await search({ q: 'khanh hoa' });
    const firstCommune = items.findIndex((u) => u.level === 'commune');
    expect(firstCommune).toBeGreaterThan(0);
    expect(items.slice(0, firstCommune).every((u) => u.level === 'province')).toBe(true);
  });

  it('falls back to trigram similarity for a misspelt name', async () => {
    expect((await search({ q: 'nha trng' }))[0]?.code).toBe('22366');
  });

  it('matches a numeric query to a code exactly, in the era asked', async () => {
    expect(codes(await search({ q: '00004' }))).toEqual(['00004']);
    expect((await search({ q: '00004', era: 'pre2025' }))[0]?.name).toBe('Phường Trúc Bạch');
    expect(codes(await search({ q: '56' }))).toEqual(['56']);
    expect(await search({ q: '0000' })).toEqual([]);
  });

  it('filters by level and province', async () => {
    const communes = await search({ q: 'khanh hoa', level: 'commune' });
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((u) => u.level === 'commune')).toBe(true);
    const inKhanhHoa = await search({ q: 'nha', provinceCode: '56', limit: '100' });
    expect(inKhanhHoa.length).toBeGreaterThan(3);
    expect(inKhanhHoa.every((u) => u.provinceCode === '56')).toBe(true);
    // Nothing named Nha Trang in Hà Nội: at most look-alikes (Bát Tràng) from the fuzzy fallback, all in Hà Nội.
    const inHanoi = await search({ q: 'nha trang', provinceCode: '01' });
    expect(inHanoi.every((u) => u.provinceCode === '01')).toBe(true);
    expect(codes(inHanoi)).not.toContain('22366');
    const provinces = await search({ q: '', level: 'province', limit: '100' });
    expect(provinces).toHaveLength(34);
  });

  it('searches the pre-2025 era on request', async () => {
    const items = await search({ q: 'nha trang', era: 'pre2025', level: 'district' });
    expect(items[0]).toMatchObject({ code: '568', name: 'Thành phố Nha Trang', era: 'pre2025' });
  });

  it('honours the limit and treats LIKE wildcards as text', async () => {
    expect(await search({ q: 'xa', limit: '5' })).toHaveLength(5);
    expect(await search({ q: '%' })).toEqual([]);
    expect(await search({ q: '%%%%' })).toEqual([]);
  });

  it('refuses malformed queries with 400 and field paths', async () => {
    for (const qs of [
      'era=2024',
      'level=village',
      'provinceCode=5',
      'limit=0',
      'limit=101',
      `q=${'a'.repeat(101)}`,
    ]) {
      const res = await officer.get(`/api/units/search?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.fields[0].path).toMatch(/^querystring\./);
    }
  });

  it('needs a session', async () => {
    expect((await t.anonymous().get('/api/units/search?q=nha')).statusCode).toBe(401);
  });

  it('normalises typed text before the database folds it', () => {
    expect(normalizeSearchInput('Khánh Hòa'.normalize('NFD'))).toBe('Khánh Hòa');
    expect(normalizeSearchInput(' a\t\u0000b  c ')).toBe('a b c');
  });
});

describe('province, unit and children routes', () => {
  it('lists the provinces of each era by code', async () => {
    const now = (await officer.get('/api/units/provinces')).json().items as Unit[];
    expect(now).toHaveLength(34);
    expect(codes(now)).toEqual([...codes(now)].sort());
    const before = (await officer.get('/api/units/provinces?era=pre2025')).json().items as Unit[];
    expect(before).toHaveLength(63);
    expect(before.find((u) => u.code === '58')?.name).toBe('Tỉnh Ninh Thuận');
    expect((await officer.get('/api/units/provinces?era=1999')).statusCode).toBe(400);
  });

  it('answers one unit, 404 for an unknown one, 400 for a malformed one', async () => {
    const res = await officer.get('/api/units/2025/22333');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      era: '2025',
      code: '22333',
      name: 'Phường Bắc Nha Trang',
      shortName: 'Bắc Nha Trang',
      type: 'phường',
      level: 'commune',
      parentCode: '56',
      provinceCode: '56',
      provinceName: 'Tỉnh Khánh Hoà',
      nameEn: 'Bac Nha Trang Ward',
    });
    expect((await officer.get('/api/units/pre2025/00004')).json().name).toBe('Phường Trúc Bạch');
    expect((await officer.get('/api/units/2025/58')).statusCode).toBe(404);
    expect((await officer.get('/api/units/2025/1234')).statusCode).toBe(400);
    expect((await officer.get('/api/units/1999/56')).statusCode).toBe(400);
  });

  it('lists the communes of Khánh Hoà, as many as the CSV has, ordered by folded name', async () => {
    const csv = parseCsvObjects(fs.readFileSync(path.join(ADMIN_UNITS_DIR, 'units-2025.csv'), 'utf8'));
    const expected = csv.filter((r) => r.parent_code === '56').length;
    expect(expected).toBe(65);
    const items = (await officer.get('/api/units/2025/56/children')).json().items as Unit[];
    expect(items).toHaveLength(expected);
    expect(items.every((u) => u.level === 'commune' && u.provinceName === 'Tỉnh Khánh Hoà')).toBe(true);
    const keys = items.map((u) => fold(u.name));
    expect(keys).toEqual([...keys].sort());
  });

  it('lists districts of a pre-2025 province and communes of a district', async () => {
    const districts = (await officer.get('/api/units/pre2025/56/children')).json().items as Unit[];
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.every((u) => u.level === 'district')).toBe(true);
    expect(codes(districts)).toContain('568');
    const communes = (await officer.get('/api/units/pre2025/568/children')).json().items as Unit[];
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((u) => u.level === 'commune' && u.parentCode === '568')).toBe(true);
  });

  it('answers an empty list under a commune and 404 under an unknown unit', async () => {
    expect((await officer.get('/api/units/2025/22333/children')).json()).toEqual({ items: [] });
    expect((await officer.get('/api/units/2025/99/children')).statusCode).toBe(404);
  });
});

describe('GET /api/units/convert/:code', () => {
  async function convert(code: string): Promise<UnitConversion> {
    const res = await officer.get(`/api/units/convert/${code}`);
    expect(res.statusCode).toBe(200);
    return res.json<UnitConversion>();
  }
  const summary = (c: UnitConversion) => c.candidates.map((x) => [x.unit.code, x.partial]);

  it('translates a commune that kept its code for a new unit (Trúc Bạch → Ba Đình)', async () => {
    const c = await convert('00004');
    expect(c.old).toMatchObject({ era: 'pre2025', code: '00004', name: 'Phường Trúc Bạch' });
    expect(c.candidates).toEqual([
      {
        unit: expect.objectContaining({ era: '2025', code: '00004', name: 'Phường Ba Đình' }),
        partial: false,
        note: 'Nhập toàn bộ',
      },
    ]);
  });

  it('gives every candidate of a divided commune, flagged partial (Nguyễn Thái Bình)', async () => {
    const c = await convert('26746');
    expect(c.old?.name).toBe('Phường Nguyễn Thái Bình');
    expect(summary(c)).toEqual([
      ['26740', true],
      ['26743', true],
    ]);
    expect(c.candidates[0]?.note).toBe('Nhập một phần');
  });

  it('translates an old province code (Ninh Thuận 58 → Khánh Hoà 56)', async () => {
    const c = await convert('58');
    expect(c.old?.name).toBe('Tỉnh Ninh Thuận');
    expect(summary(c)).toEqual([['56', false]]);
    expect(c.candidates[0]?.unit.name).toBe('Tỉnh Khánh Hoà');
  });

  it('translates an island district with its own row (Hoàng Sa 498 → 20333)', async () => {
    const c = await convert('498');
    expect(c.old).toMatchObject({ code: '498', level: 'district' });
    expect(summary(c)).toEqual([['20333', false]]);
    expect(c.candidates[0]?.note).toContain('Hoàng Sa');
  });

  it('translates an ordinary district to the communes it went to, all partial', async () => {
    const c = await convert('376'); // huyện Kim Sơn, with its coastal alluvial area (Kim Đông 14698)
    expect(c.candidates.length).toBeGreaterThan(1);
    expect(c.candidates.every((x) => x.partial)).toBe(true);
    expect(c.candidates.map((x) => x.unit.code)).toContain('14698');
  });

  it('answers 404 for a code the table does not know and 400 for a malformed one', async () => {
    expect((await officer.get('/api/units/convert/99999')).statusCode).toBe(404);
    expect((await officer.get('/api/units/convert/99')).statusCode).toBe(404);
    expect((await officer.get('/api/units/convert/999')).statusCode).toBe(404);
    const bad = await officer.get('/api/units/convert/12a45');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('params.code');
    expect((await officer.get('/api/units/convert/1234')).statusCode).toBe(400);
  });
});

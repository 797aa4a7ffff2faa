import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/test-app';
import { PLACES } from '../../../../test/fixtures';
import type { ChildSearchItem, ChildSearchResult } from '../../../../shared/domain/ChildSearch';
import { addYearsMonths } from '../../../../shared/reference/child-age';
import type { CircumstanceGroupCode } from '../../../../shared/reference/circumstance-groups';
import { childCipher } from '../child-crypto';

/**
 * GET /api/children (issue #3 item 3): Vietnamese name search (diacritics, đ, tone marks, word order, typos),
 * ranking, filters, jurisdiction, sensitive groups, pagination, the age-16 rule and the audit row.
 */
let t: TestContext;
let officerA: TestClient;
const AS_OF = '2026-06-15';

type Place = { commune: string; province: string };
const A: Place = { commune: PLACES.communeA, province: PLACES.provinceA };
const B: Place = { commune: PLACES.communeB, province: PLACES.provinceA };
const C: Place = { commune: PLACES.communeC, province: PLACES.provinceB };

async function addChild(
  fullName: string,
  opts: { place?: Place; birthDate?: string; sex?: 'male' | 'female'; groups?: CircumstanceGroupCode[] } = {},
): Promise<string> {
  const place = opts.place ?? A;
  const id = crypto.randomUUID();
  await t.db
    .insertInto('children')
    .values({
      id,
      full_name: fullName,
      birth_date: opts.birthDate ?? '2018-03-01',
      sex: opts.sex ?? 'male',
      commune_code: place.commune,
      province_code: place.province,
    })
    .execute();
  const cipher = childCipher(t.config.encryptionKey);
  for (const g of opts.groups ?? []) {
    const cid = crypto.randomUUID();
    await t.db
      .insertInto('child_circumstances')
      .values({
        id: cid,
        child_id: id,
        group_key: cipher.groupKey(g),
        group_enc: cipher.encryptGroup(cid, g),
        start_date: '2024-01-01',
      })
      .execute();
  }
  return id;
}

async function search(client: TestClient, params: Record<string, string>): Promise<ChildSearchResult> {
  const qs = new URLSearchParams({ asOf: AS_OF, ...params }).toString();
  const res = await client.get(`/api/children?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ChildSearchResult>();
}
const names = (items: ChildSearchItem[]) => items.map((i) => i.fullName);

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestContext();
  officerA = await t.as('communeOfficerA');
  ids.an = await addChild('Nguyễn Văn An', { birthDate: '2016-05-20' });
  ids.anh = await addChild('Nguyễn Văn Anh');
  ids.anKhang = await addChild('Nguyễn Văn An Khang');
  ids.dao = await addChild('Trần Thị Đào', { sex: 'female', groups: ['d', 'l'] });
  ids.dung = await addChild('Phạm Đức Dũng');
  ids.hoa = await addChild('Lê Thị Hoà', { sex: 'female', groups: ['a'] });
  ids.anB = await addChild('Nguyễn Văn An', { place: B });
  ids.binhB = await addChild('Hoàng Thanh Bình', { place: B });
  ids.anC = await addChild('Nguyễn Văn An', { place: C });
  // A common name: ten namesakes of different ages and sexes, for filters and pagination.
  for (let i = 0; i < 10; i++)
    await addChild('Nguyễn Văn Nam', { birthDate: `${2012 + i}-01-10`, sex: i % 2 ? 'male' : 'female' });
  // The age-16 rule (Luật Trẻ em Điều 1): turns 16 on AS_OF, and turns 16 tomorrow.
  ids.sixteen = await addChild('Võ Minh Khôi', { birthDate: addYearsMonths(AS_OF, -16) });
  ids.almost = await addChild('Võ Minh Khoa', { birthDate: addYearsMonths('2026-06-16', -16) });
});

afterAll(async () => {
  await t.close();
});

describe('Vietnamese name search', () => {
  it('finds Nguyễn Văn An typed with diacritics, without, in any case', async () => {
    for (const q of ['Nguyễn Văn An', 'nguyen van an', 'NGUYEN VAN AN', '  nguyễn   văn an ']) {
      const { items } = await search(officerA, { q });
      expect(items[0]?.id, q).toBe(ids.an);
      expect(items[0]?.match).toBe('exact');
    }
  });

  it('folds đ to d and ignores tone marks', async () => {
    for (const q of ['tran thi dao', 'Trần Thị Đào', 'tràn thí đao', 'dao'])
      expect(names((await search(officerA, { q })).items), q).toContain('Trần Thị Đào');
    expect(names((await search(officerA, { q: 'le thi hoa' })).items)).toContain('Lê Thị Hoà');
    expect(names((await search(officerA, { q: 'Lê Thị Hòa' })).items)).toContain('Lê Thị Hoà');
  });

  it('finds a name in any word order', async () => {
    const { items } = await search(officerA, { q: 'an nguyen van' });
    expect(items[0]?.id).toBe(ids.an);
    expect(items[0]?.match).toBe('all_words');
  });

  it('tolerates one and two typos', async () => {
    for (const q of ['nguyen vn an', 'nguyen van an', 'ngyen vn an', 'nguyen van ana', 'pham duc dugn']) {
      const { items } = await search(officerA, { q });
      expect(items.length, q).toBeGreaterThan(0);
    }
    expect((await search(officerA, { q: 'nguyen vn an' })).items[0]?.id).toBe(ids.an);
    expect((await search(officerA, { q: 'ngyen vn an' })).items.map((i) => i.id)).toContain(ids.an);
    const typo = (await search(officerA, { q: 'pham duc dugn' })).items[0];
    expect(typo?.id).toBe(ids.dung);
    expect(typo?.match).toBe('fuzzy');
    // Three typos are too many: no result rather than noise.
    expect((await search(officerA, { q: 'ngyen vn aan' })).items).toEqual([]);
  });

  it('ranks exact full names first, then names starting with the query, then all words, then typos', async () => {
    const { items } = await search(officerA, { q: 'nguyen van an' });
    expect(items.slice(0, 3).map((i) => i.id)).toEqual([ids.an, ids.anKhang, ids.anh]);
    expect(items.slice(0, 3).map((i) => i.match)).toEqual(['exact', 'prefix', 'prefix']);
    // Then one word corrected: the Nguyễn Văn Nam namesakes ("an" → "nam").
    expect(items.length).toBe(13);
    expect(items.slice(3).every((i) => i.match === 'fuzzy' && i.fullName === 'Nguyễn Văn Nam')).toBe(true);
  });

  it('completes a name being typed, in name order', async () => {
    const { items } = await search(officerA, { q: 'nguyen van a' });
    expect(items.slice(0, 3).map((i) => i.id)).toEqual([ids.an, ids.anKhang, ids.anh]);
    expect(items.slice(0, 3).every((i) => i.match === 'prefix')).toBe(true);
    const words = await search(officerA, { q: 'khang an' });
    expect(words.items.map((i) => [i.id, i.match])).toEqual([[ids.anKhang, 'all_words']]);
  });

  it('combines a common name with filters: exact matches first, filters applied', async () => {
    const all = await search(officerA, { q: 'nguyen van nam' });
    expect(all.items.slice(0, 10).every((i) => i.match === 'exact')).toBe(true);
    const girls = await search(officerA, { q: 'nguyen van nam', sex: 'female' });
    expect(girls.items.length).toBe(5);
    expect(girls.items.every((i) => i.sex === 'female' && i.match === 'exact')).toBe(true);
    const young = await search(officerA, { q: 'nguyen van nam', ageMin: '6', ageMax: '10' });
    expect(young.items.length).toBeGreaterThan(0);
    expect(young.items.every((i) => i.age >= 6 && i.age <= 10)).toBe(true);
    expect(young.items.length).toBeLessThan(10);
  });

  it('lists the unit in name order when the query is empty', async () => {
    const { items } = await search(officerA, { limit: '100' });
    expect(items.every((i) => i.match === 'list' && i.communeCode === PLACES.communeA)).toBe(true);
    expect(items.length).toBe(17);
    expect(names(items).slice(0, 2)).toEqual(['Lê Thị Hoà', 'Nguyễn Văn An']);
    expect(items[0]?.communeName).toBe('Phường Bắc Nha Trang');
  });
});

describe('jurisdiction', () => {
  it("a commune officer never finds another commune's child", async () => {
    const inA = await search(officerA, { q: 'nguyen van an' });
    expect(inA.items.map((i) => i.id)).not.toContain(ids.anB);
    expect(inA.items.map((i) => i.id)).not.toContain(ids.anC);
    expect((await search(officerA, { q: 'hoang thanh binh' })).items).toEqual([]);
    // Asking for commune B explicitly gives an empty list, not B's children.
    expect((await search(officerA, { communeCode: PLACES.communeB })).items).toEqual([]);
    const officerB = await t.as('communeOfficerB');
    expect(names((await search(officerB, { q: 'hoang thanh binh' })).items)).toEqual(['Hoàng Thanh Bình']);
  });

  it("Hà Nội's province officer finds none of Khánh Hoà's children; Khánh Hoà's finds both communes", async () => {
    const hanoi = await t.as('provinceOfficerB');
    const found = await search(hanoi, { q: 'nguyen van an', limit: '100' });
    expect(found.items.map((i) => i.id)).toEqual([ids.anC]);
    expect((await search(hanoi, { provinceCode: PLACES.provinceA })).items).toEqual([]);
    const khanhHoa = await t.as('provinceOfficerA');
    const kh = await search(khanhHoa, { q: 'nguyen van an', limit: '100' });
    expect(kh.items.map((i) => i.id)).toEqual(expect.arrayContaining([ids.an, ids.anB]));
    expect(kh.items.map((i) => i.id)).not.toContain(ids.anC);
    const onlyB = await search(khanhHoa, { q: 'nguyen van an', communeCode: PLACES.communeB });
    expect(onlyB.items.map((i) => i.id)).toEqual([ids.anB]);
  });

  it('partner agencies reach no child yet; roles without children.read are refused', async () => {
    expect((await search(await t.as('partnerPoliceA'), { q: 'nguyen' })).items).toEqual([]);
    expect((await (await t.as('adminNational')).get('/api/children?q=nguyen')).statusCode).toBe(403);
    expect((await t.anonymous().get('/api/children?q=nguyen')).statusCode).toBe(401);
  });
});

describe('special-circumstance groups', () => {
  it('filters by group through the blind index', async () => {
    const { items } = await search(officerA, { group: 'a' });
    expect(items.map((i) => i.id)).toEqual([ids.hoa]);
    expect(items[0]?.groups).toEqual(['a']);
  });

  it('refuses a sensitive group filter (403) and hides sensitive groups without read_sensitive', async () => {
    const collaborator = await t.as('villageCollaboratorA');
    expect((await collaborator.get(`/api/children?group=l&asOf=${AS_OF}`)).statusCode).toBe(403);
    const seen = await search(collaborator, { q: 'tran thi dao' });
    expect(seen.items[0]?.groups).toEqual(['d']);
    const officer = await search(officerA, { q: 'tran thi dao' });
    expect(officer.items[0]?.groups).toEqual(['d', 'l']);
    expect((await search(officerA, { group: 'l' })).items.map((i) => i.id)).toEqual([ids.dao]);
  });
});

describe('pagination and the age-16 rule', () => {
  it('pages through every match once, in the same order as one long page', async () => {
    const whole = await search(officerA, { q: 'nguyen van nam', limit: '100' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ChildSearchResult = await search(officerA, {
        q: 'nguyen van nam',
        limit: '3',
        ...(cursor ? { cursor } : {}),
      });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a malformed cursor and an inverted age range', async () => {
    expect((await officerA.get('/api/children?cursor=not-a-cursor')).statusCode).toBe(400);
    expect((await officerA.get('/api/children?ageMin=10&ageMax=5')).statusCode).toBe(400);
    expect((await officerA.get('/api/children?group=x')).statusCode).toBe(400);
  });

  it('leaves out a child who is 16 at the reference date, unless asked', async () => {
    const now = await search(officerA, { q: 'vo minh' });
    expect(now.items.map((i) => i.id)).toEqual([ids.almost]);
    const withOld = await search(officerA, { q: 'vo minh', includeAgedOut: 'true' });
    expect(withOld.items.map((i) => i.id).sort()).toEqual([ids.almost, ids.sixteen].sort());
    const before = await search(officerA, { q: 'vo minh', asOf: '2026-06-14' });
    expect(before.items.map((i) => i.id).sort()).toEqual([ids.almost, ids.sixteen].sort());
  });
});

describe('audit', () => {
  it('records child.search with the filter names and result count, never the query text', async () => {
    await search(officerA, { q: 'Phạm Đức Dũng', sex: 'male' });
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'child.search')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(officerA.userId);
    expect(row.counts).toMatchObject({ results: 1, 'filter.q': 1, 'filter.sex': 1 });
    const raw = JSON.stringify(row).toLowerCase();
    expect(raw).not.toContain('dung');
    expect(raw).not.toContain('dũng');
  });
});

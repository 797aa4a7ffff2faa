import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/test-app';
import { PLACES } from '../../../../test/fixtures';
import type { ChildSearchResult } from '../../../../shared/domain/ChildSearch';
import { ageAt } from '../../../../shared/reference/child-age';
import { childCipher } from '../child-crypto';
import { createChildGenerator, SPECIAL_CIRCUMSTANCES_SHARE, type SeedChild } from './generate';
import { seedChildren } from './seed-children';
import { seedCommand } from '../../../../cli/commands/seed';

/** The synthetic register (issue #3 item 8): deterministic, plausible, loaded by COPY on both engines. */
const AS_OF = '2026-06-15';
const COMMUNES = [
  { code: '22333', provinceCode: '56', type: 'phường' },
  { code: '22366', provinceCode: '56', type: 'phường' },
  { code: '00004', provinceCode: '01', type: 'phường' },
  { code: '00091', provinceCode: '01', type: 'xã' },
];
const draw = (seed: string | number, n: number): SeedChild[] => {
  const gen = createChildGenerator({ seed, communes: COMMUNES, asOf: AS_OF });
  return Array.from({ length: n }, () => gen.next());
};

describe('generator', () => {
  it('is deterministic: the same seed gives the same children, another seed others', () => {
    const a = draw(42, 300);
    const b = draw(42, 300);
    expect(a.map((c) => [c.fullName, c.birthDate, c.sex, c.communeCode])).toEqual(
      b.map((c) => [c.fullName, c.birthDate, c.sex, c.communeCode]),
    );
    expect(draw(43, 300).map((c) => c.fullName)).not.toEqual(a.map((c) => c.fullName));
  });

  it('has plausible shares: ~6% in special circumstances, sex ratio ~1.12, Nguyễn ~38%, ages 0–15', () => {
    const children = draw('dist', 30_000);
    const special = children.filter((c) => c.circumstances.length > 0).length / children.length;
    expect(Math.abs(special - SPECIAL_CIRCUMSTANCES_SHARE)).toBeLessThan(0.01);
    const boys = children.filter((c) => c.sex === 'male').length;
    const ratio = boys / (children.length - boys);
    expect(ratio).toBeGreaterThan(1.07);
    expect(ratio).toBeLessThan(1.17);
    const nguyen = children.filter((c) => c.fullName.startsWith('Nguyễn ')).length / children.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.42);
    const ages = new Set(children.map((c) => ageAt(c.birthDate, c.birthPrecision, AS_OF)));
    expect([...ages].sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i));
    // Disability is the largest group; every child has one or two caregivers.
    const groups = children.flatMap((c) => c.circumstances.map((s) => s.group));
    const d = groups.filter((g) => g === 'd').length / groups.length;
    expect(d).toBeGreaterThan(0.2);
    expect(children.every((c) => c.caregivers.length >= 1 && c.caregivers.length <= 2)).toBe(true);
    expect(children.every((c) => c.caregivers.every((g) => g.phone === null || /^0[35789]\d{8}$/.test(g.phone)))).toBe(true); // prettier-ignore
    const pids = children.flatMap((c) => (c.personalId ? [c.personalId] : []));
    expect(new Set(pids).size).toBe(pids.length);
    expect(pids.every((p) => /^\d{12}$/.test(p))).toBe(true);
  });
});

describe('seedChildren', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads children of one province with caregivers and encrypted, blind-indexed groups', async () => {
    const result = await seedChildren(t.handle, {
      count: 600,
      province: PLACES.provinceA,
      seed: 7,
      asOf: AS_OF,
      encryptionKey: t.config.encryptionKey,
    });
    expect(result).toMatchObject({ children: 600, bulk: false });
    expect(result.caregivers).toBeGreaterThanOrEqual(600);
    const { rows } = await sql<{ n: number; provinces: string[] }>`
      SELECT count(*)::int AS n, array_agg(DISTINCT province_code) AS provinces FROM children`.execute(t.db);
    expect(rows[0]).toEqual({ n: 600, provinces: [PLACES.provinceA] });
    const cipher = childCipher(t.config.encryptionKey);
    const circ = await t.db.selectFrom('child_circumstances').selectAll().execute();
    expect(circ.length).toBe(result.circumstances);
    for (const c of circ) {
      const code = cipher.decryptGroup(c.id, c.group_enc);
      expect(cipher.groupKey(code as never)).toBe(c.group_key);
      expect(c.group_enc.startsWith('v1:')).toBe(true);
    }
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['counts'])
      .where('operation', '=', 'child.seed')
      .executeTakeFirstOrThrow();
    expect(audit.counts).toMatchObject({ children: 600 });
    // The seeded children are searchable at once (the syllable vocabulary is filled by the trigger).
    const vocab = await sql<{ n: number }>`SELECT count(*)::int AS n FROM child_name_syllables`.execute(t.db);
    expect(vocab.rows[0]?.n).toBeGreaterThan(50);
    const one = await t.db
      .selectFrom('children')
      .select(['full_name', 'commune_code'])
      .limit(1)
      .executeTakeFirstOrThrow();
    const officer = await t.as('provinceOfficerA');
    const res = await officer.get(`/api/children?asOf=${AS_OF}&q=${encodeURIComponent(one.full_name)}`);
    expect(res.json<ChildSearchResult>().items[0]?.fullName).toBe(one.full_name);
  });

  it('bulk mode (indexes rebuilt after COPY) leaves the same schema and unique personal ids', async () => {
    const indexes = sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename LIKE 'child%'`;
    const fks = sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`;
    const before = [(await indexes.execute(t.db)).rows[0]?.n, (await fks.execute(t.db)).rows[0]?.n];
    const result = await seedChildren(t.handle, {
      count: 800,
      province: PLACES.provinceB,
      seed: 8,
      asOf: AS_OF,
      encryptionKey: t.config.encryptionKey,
      bulk: true,
    });
    expect(result.bulk).toBe(true);
    expect([(await indexes.execute(t.db)).rows[0]?.n, (await fks.execute(t.db)).rows[0]?.n]).toEqual(before);
    const dup = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT personal_id FROM children
      WHERE personal_id IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d`.execute(t.db);
    expect(dup.rows[0]?.n).toBe(0);
  });

  it('the CLI refuses bad arguments', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => void err.push(l), open: async () => t.handle };
    expect(await seedCommand(['--children', 'many'], io)).toBe(2);
    expect(await seedCommand(['--children', '10', '--province', 'x'], io)).toBe(2);
    expect(await seedCommand([], io)).toBe(2);
    expect(err.join('\n')).toContain('Usage');
  });
});

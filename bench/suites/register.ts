import { sql } from 'kysely';
import type { DbHandle } from '../../src/server/db/open-db';
import { seedChildren } from '../../src/server/modules/children/seed/seed-children';
import { createChildGenerator } from '../../src/server/modules/children/seed/generate';
import { childCopyLine, CHILD_COPY_COLUMNS } from '../../src/server/modules/children/seed/seed-children';
import { withCopySink } from '../../src/server/modules/children/seed/copy-sink';
import {
  filtersOf,
  planFor,
  readPage,
  tiersOf,
} from '../../src/server/modules/children/search/search.service';
import { ChildSearchQuery } from '../../src/shared/domain/ChildSearch';
import { vietnamToday } from '../../src/shared/reference/child-age';
import type { Scope } from '../../src/shared/permissions/scope';
import { benchApp, benchSession } from '../lib/bench-app';
import type { Config } from '../../src/server/config';
import { measure } from '../lib/stats';
import type { Figure } from './foundation';

/** The key benchApp configures (bench/lib/bench-app.ts): seeded groups must be blind-indexed with it. */
const BENCH_ENCRYPTION_KEY: Config['encryptionKey'] = {
  kind: 'key',
  base64: Buffer.alloc(32, 9).toString('base64'),
};

/**
 * Register figures (issue #3 item 9): seed throughput beside a raw COPY of the same rows into a bare table, and
 * name search through the API (app.inject: routing, session, validation, audit row) beside the same queries through
 * the repo (SQL only), for common and rare names, typos, swapped words and filters, at three jurisdictions.
 */
export async function registerSuite(
  handle: DbHandle,
  opts: { children: number; iterations: number; log: (line: string) => void },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const asOf = vietnamToday();

  const t0 = performance.now();
  const seeded = await seedChildren(handle, {
    count: opts.children,
    seed: 'bench',
    asOf,
    encryptionKey: BENCH_ENCRYPTION_KEY,
    onProgress: (done, total) => {
      if (done % 200_000 === 0 || done === total) opts.log(`  seeded ${done} / ${total}`);
    },
  });
  const seedMs = performance.now() - t0;
  const rawMs = await rawCopyBaseline(handle, opts.children, asOf);
  const totalRows = seeded.children + seeded.caregivers + seeded.circumstances + seeded.riskFlags;
  figures.push({
    name: `seed ${seeded.children} children (+${seeded.caregivers} caregivers, ${seeded.circumstances} circumstances, ${seeded.riskFlags} risk flags; generation, encryption, COPY, index build, ANALYZE)`,
    ours: Math.round((seeded.children / seedMs) * 1000),
    baseline: Math.round((seeded.children / rawMs) * 1000),
    baselineName:
      'raw COPY of the same child rows into a bare table (no key, no index), generation not timed',
    unit: 'children/s',
  });
  figures.push({
    name: `seed phases: generate + COPY ${seeded.phases.loadMs} ms, rebuild indexes and keys ${seeded.phases.indexMs} ms, ANALYZE ${seeded.phases.analyzeMs} ms`,
    ours: seeded.phases.loadMs + seeded.phases.indexMs + seeded.phases.analyzeMs,
    baseline: Math.round(rawMs),
    baselineName: 'raw COPY of the child rows alone, ms',
    unit: 'ms',
  });
  figures.push({
    name: 'seed: all rows (children + caregivers + circumstances + risk flags)',
    ours: Math.round((totalRows / seedMs) * 1000),
    baseline: Math.round(seedMs),
    baselineName: 'total seed time, ms',
    unit: 'rows/s',
  });

  // Places and names to query, taken from the data just seeded (deterministic for a given seed and size).
  const { rows: places } = await sql<{ commune_code: string; province_code: string }>`
    SELECT commune_code, province_code FROM children WHERE name_search = 'nguyen van an'
     GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`.execute(handle.db);
  const place = places[0] ?? { commune_code: '22333', province_code: '56' };
  const { rows: rare } = await sql<{ name_search: string }>`
    SELECT name_search FROM children WHERE commune_code = ${place.commune_code}
       AND cardinality(f_name_syllables(name_search)) = 4
     GROUP BY 1 HAVING count(*) = 1 ORDER BY 1 LIMIT 1`.execute(handle.db);
  const rareName = rare[0]?.name_search ?? 'ly anh bao linh';

  const users = {
    national: await benchSession(handle, { username: 'bench.hotline', role: 'hotline_counsellor', unitCode: null, provinceCode: null }),
    province: await benchSession(handle, { username: 'bench.tinh', role: 'province_officer', unitCode: place.province_code, provinceCode: place.province_code }),
    commune: await benchSession(handle, { username: 'bench.xa2', role: 'commune_officer', unitCode: place.commune_code, provinceCode: place.province_code }),
  }; // prettier-ignore
  const scopes: Record<keyof typeof users, Scope> = {
    national: { kind: 'national' },
    province: { kind: 'province', provinceCode: place.province_code },
    commune: { kind: 'commune', communeCode: place.commune_code, provinceCode: place.province_code },
  };
  const app = await benchApp(handle);
  const cases: Array<{ label: string; who: keyof typeof users; params: Record<string, string> }> = [];
  for (const who of ['national', 'province', 'commune'] as const) {
    cases.push({ label: 'common "nguyen van an"', who, params: { q: 'nguyen van an' } });
    cases.push({ label: `rare "${rareName}"`, who, params: { q: rareName } });
    cases.push({ label: 'typo "nguyen vn an"', who, params: { q: 'nguyen vn an' } });
    cases.push({ label: 'two typos "ngyen vn an"', who, params: { q: 'ngyen vn an' } });
    cases.push({ label: 'swapped "an nguyen van"', who, params: { q: 'an nguyen van' } });
    cases.push({ label: 'one word "nguyen"', who, params: { q: 'nguyen' } });
    cases.push({ label: 'typing "nguyen van a"', who, params: { q: 'nguyen van a' } });
    cases.push({ label: 'list (no query), name order', who, params: {} });
    cases.push({ label: '"nguyen van an" + sex + age 6–10', who, params: { q: 'nguyen van an', sex: 'male', ageMin: '6', ageMax: '10' } });
    cases.push({ label: 'group d (disability), no query', who, params: { group: 'd' } });
    cases.push({ label: 'group d + "nguyen"', who, params: { group: 'd', q: 'nguyen' } });
  } // prettier-ignore
  cases.push({
    label: 'commune filter, no query',
    who: 'national',
    params: { communeCode: place.commune_code },
  });
  cases.push({ label: 'province filter + "nguyen van an"', who: 'national', params: { provinceCode: place.province_code, q: 'nguyen van an' } }); // prettier-ignore

  for (const c of cases) {
    const qs = new URLSearchParams({ ...c.params, limit: '20' }).toString();
    let results = 0;
    const api = await measure(async () => {
      const res = await app.inject({ method: 'GET', url: `/api/children?${qs}`, headers: { cookie: users[c.who].cookie } });
      if (res.statusCode !== 200) throw new Error(`search ${qs}: ${res.statusCode} ${res.body}`);
      results = res.json<{ items: unknown[] }>().items.length;
    }, opts.iterations); // prettier-ignore
    const query = ChildSearchQuery.parse({ ...c.params, limit: '20' });
    const filters = filtersOf(scopes[c.who], query, BENCH_ENCRYPTION_KEY, asOf);
    const sqlOnly = await measure(async () => {
      const plan = await planFor({ db: handle.db }, query.q);
      await readPage(handle.db, filters, tiersOf(plan), undefined, query.limit);
    }, opts.iterations);
    figures.push({
      name: `search ${c.who}: ${c.label} → ${results} items`,
      ours: api,
      baseline: sqlOnly,
      baselineName: 'same query, SQL only (repo)',
      unit: 'ms',
    });
  }
  await app.close();
  return figures;
}

/** Raw COPY of the same child rows (same seed) into a bare table: the physical limit of the seed. */
async function rawCopyBaseline(handle: DbHandle, count: number, asOf: string): Promise<number> {
  await sql`CREATE TABLE bench_children_bare (id uuid, personal_id text, full_name text, birth_date date,
    birth_precision text, sex text, ethnicity_code text, commune_code text, province_code text, village text,
    address_line text, household_poverty text, schooling text, disability_type text, disability_level text,
    health_insurance boolean, birth_registered boolean, sensitive_enc text)`.execute(handle.db);
  const { rows: communes } = await sql<{ code: string; provinceCode: string; type: string }>`
    SELECT code, province_code AS "provinceCode", type FROM admin_units
     WHERE era = '2025' AND level = 'commune' ORDER BY code`.execute(handle.db);
  const gen = createChildGenerator({ seed: 'bench', communes, asOf });
  let copyMs = 0;
  await withCopySink(handle, async (sink) => {
    for (let done = 0; done < count; done += 20_000) {
      const lines: string[] = [];
      for (let i = 0; i < Math.min(20_000, count - done); i++) lines.push(childCopyLine(gen.next(), null));
      const t = performance.now();
      await sink.copy('bench_children_bare', CHILD_COPY_COLUMNS, `${lines.join('\n')}\n`);
      copyMs += performance.now() - t;
    }
  });
  await sql`DROP TABLE bench_children_bare`.execute(handle.db);
  return copyMs;
}

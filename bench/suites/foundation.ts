import type { DbHandle } from '../../src/server/db/open-db';
import { prepareDatabase } from '../../src/server/db/prepare';
import { searchUnits } from '../../src/server/modules/units/units.repo';
import { toSearchText } from '../../src/server/modules/units/units.service';
import { findActiveSession } from '../../src/server/modules/auth/session.repo';
import { benchApp, benchSession } from '../lib/bench-app';
import { fmt, measure, type Latency } from '../lib/stats';

export type Figure = {
  name: string;
  ours: Latency | number;
  baseline: Latency | number;
  baselineName: string;
  unit: string;
};

const UNIT_QUERIES: Array<{ q: string; mode: 'text' | 'fuzzy' }> = [
  { q: 'khanh hoa', mode: 'text' },
  { q: 'bac nha trang', mode: 'text' },
  { q: 'phuong ba dinh', mode: 'text' },
  { q: 'Hồ Chí Minh', mode: 'text' },
  { q: 'xa cam', mode: 'text' },
  { q: 'khanh hao', mode: 'fuzzy' }, // a typo: the API falls back to trigram similarity
];

/**
 * Foundation figures: unit search through the API beside the same query through the repo (SQL only), the session
 * check of every authenticated request beside its bare SELECT, and the reference-data load on start.
 */
export async function foundationSuite(
  handle: DbHandle & { prepareMs: number },
  iterations: number,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const t0 = performance.now();
  await prepareDatabase(handle);
  figures.push({
    name: 'start: migrate + load admin units (first start / again)',
    ours: handle.prepareMs,
    baseline: Math.round(performance.now() - t0),
    baselineName: 'second start (idempotent check)',
    unit: 'ms',
  });

  const app = await benchApp(handle);
  const session = await benchSession(handle, {
    username: 'bench.xa',
    role: 'commune_officer',
    unitCode: '22333',
    provinceCode: '56',
  });
  for (const { q, mode } of UNIT_QUERIES) {
    const api = await measure(async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/units/search?q=${encodeURIComponent(q)}&limit=20`,
        headers: { cookie: session.cookie },
      });
      if (res.statusCode !== 200) throw new Error(`unit search ${q}: ${res.statusCode} ${res.body}`);
    }, iterations);
    const text = await toSearchText(handle.db, q);
    const sqlOnly = await measure(
      () => searchUnits(handle.db, { text, era: '2025', limit: 20, mode }),
      iterations,
    );
    figures.push({
      name: `unit search "${q}"`,
      ours: api,
      baseline: sqlOnly,
      baselineName: 'same query, SQL only',
      unit: 'ms',
    });
  }

  const me = await measure(async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    if (res.statusCode !== 200) throw new Error(`me: ${res.statusCode}`);
  }, iterations);
  const lookup = await measure(() => findActiveSession(handle.db, session.sessionId), iterations);
  figures.push({
    name: 'GET /api/auth/me (session check + user)',
    ours: me,
    baseline: lookup,
    baselineName: 'session SELECT only',
    unit: 'ms',
  });
  await app.close();
  return figures;
}

export function printFigures(engine: string, figures: Figure[]): void {
  process.stdout.write(`\n== ${engine} ==\n`);
  for (const f of figures) {
    const show = (v: Latency | number) => (typeof v === 'number' ? `${v} ${f.unit}` : fmt(v));
    process.stdout.write(
      `  ${f.name}\n    ours:     ${show(f.ours)}\n    baseline: ${show(f.baseline)}  (${f.baselineName})\n`,
    );
  }
}

import type { Db } from '../../db/open-db';
import type { DbOrTx } from '../../db/transaction';

/**
 * Reference look-ups of every report, kept in memory: the 2025 communes never change while the app runs (they are
 * loaded on start), and the harm types are re-read at most every 30 s (an administrator's edit shows within that
 * time). At 1,000 reports/s these would otherwise be a third of the database round trips.
 */
type Place = { communeCode: string; provinceCode: string };
const communes = new WeakMap<object, Map<string, Place | null>>();
const harmTypes = new WeakMap<object, { at: number; codes: Set<string> }>();
const HARM_TYPES_TTL_MS = 30_000;

function keyOf(db: DbOrTx): object {
  // A transaction handle is short-lived; cache on the handle it came from when there is one.
  return (db as Db & { isTransaction?: boolean }).isTransaction ? {} : db;
}

export async function communePlace(db: DbOrTx, code: string): Promise<Place | null> {
  const key = keyOf(db);
  let cache = communes.get(key);
  if (!cache) {
    cache = new Map();
    communes.set(key, cache);
  }
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const row = await db
    .selectFrom('admin_units')
    .select(['code', 'province_code'])
    .where('era', '=', '2025')
    .where('level', '=', 'commune')
    .where('code', '=', code)
    .executeTakeFirst();
  const place = row ? { communeCode: row.code, provinceCode: row.province_code } : null;
  if (cache.size < 10_000) cache.set(code, place);
  return place;
}

export async function activeHarmTypeCodes(db: DbOrTx): Promise<Set<string>> {
  const key = keyOf(db);
  const hit = harmTypes.get(key);
  if (hit && Date.now() - hit.at < HARM_TYPES_TTL_MS) return hit.codes;
  const rows = await db.selectFrom('harm_types').select('code').where('is_active', '=', true).execute();
  const codes = new Set(rows.map((r) => r.code));
  harmTypes.set(key, { at: Date.now(), codes });
  return codes;
}

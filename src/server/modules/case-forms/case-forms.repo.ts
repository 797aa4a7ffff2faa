import type { DbOrTx } from '../../db/transaction';

/** Names of the harm types of a case (all of them, active or not: an old case keeps its words). */
export async function harmTypeNames(db: DbOrTx, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('harm_types')
    .select(['code', 'name_vi'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name_vi]));
}

/** Names of the agencies a case's plans and actions mention. */
export async function agencyNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

import { sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { UnitEra } from '../../../shared/domain/Common';
import type { Unit, UnitLevel } from '../../../shared/domain/Unit';

/** Units with their province's name, in the shape of the API's `Unit`. */
function selectUnits(db: DbOrTx) {
  return db
    .selectFrom('admin_units as u')
    .leftJoin('admin_units as p', (join) =>
      join.onRef('p.era', '=', 'u.era').onRef('p.code', '=', 'u.province_code'),
    )
    .select([
      'u.era',
      'u.code',
      'u.name',
      'u.short_name as shortName',
      'u.type',
      'u.level',
      'u.parent_code as parentCode',
      'u.province_code as provinceCode',
      'p.name as provinceName',
      'u.name_en as nameEn',
    ]);
}

/**
 * Folded names in byte order: "a" < "an" < "anh" on every server, whatever its default collation (a glibc or ICU
 * locale ignores spaces and would interleave "xa an phu" and "xa anh son").
 */
const BY_NAME = sql`u.search_text COLLATE "C"`;

/** Provinces, then (pre-2025) districts, then communes. */
const LEVEL_ORDER = sql<number>`CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END`;

/** Escapes LIKE's wildcards so a user's "%" or "_" is matched literally (backslash is the default escape). */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The text the search columns store for this input: lower-case, unaccented, single-spaced (f_search_text). */
export async function foldSearchText(db: DbOrTx, text: string): Promise<string> {
  const { rows } = await sql<{ t: string | null }>`SELECT f_search_text(${text}) AS t`.execute(db);
  return rows[0]?.t ?? '';
}

export type UnitSearch = {
  /** Folded with foldSearchText (the service's toSearchText); empty lists the filtered units in order. */
  text: string;
  era: UnitEra;
  level?: UnitLevel | undefined;
  provinceCode?: string | undefined;
  limit: number;
  /**
   * text: exact, prefix, word and substring matches (and all words in any order);
   * fuzzy: trigram word similarity only, for a misspelt name that matched nothing. Default text.
   */
  mode?: 'text' | 'fuzzy';
};

/**
 * Unit search for pickers. Rank: 0 the short or full name equals the term ("khanh hoa", "tinh khanh hoa");
 * 1 it starts with the term ("bac nha" → Bắc Nha Trang); 2 a word starts with it ("nha trang" → Phường Bắc Nha
 * Trang); 3 a substring or all the words in any order; fuzzy mode ranks by trigram word similarity. Provinces
 * come before communes at equal rank. The candidates come from the GIN trigram index on (era, search_text).
 */
export async function searchUnits(db: DbOrTx, s: UnitSearch): Promise<Unit[]> {
  const term = s.text;
  const tokens = [...new Set(term.split(' ').filter(Boolean))];
  const contains = `%${likeEscape(term)}%`;
  const prefix = `${likeEscape(term)}%`;
  const wordStart = `% ${likeEscape(term)}%`;
  const allWords: Expression<SqlBool> =
    tokens.length > 1
      ? sql<SqlBool>`(${sql.join(
          tokens.map((tok) => sql`u.search_text LIKE ${`%${likeEscape(tok)}%`}`),
          sql` AND `,
        )})`
      : sql<SqlBool>`false`;

  let q = selectUnits(db)
    .where('u.era', '=', s.era)
    .$if(s.level !== undefined, (qb) => qb.where('u.level', '=', s.level as UnitLevel))
    .$if(s.provinceCode !== undefined, (qb) => qb.where('u.province_code', '=', s.provinceCode ?? ''));

  if (term === '') return q.orderBy(LEVEL_ORDER).orderBy(BY_NAME).orderBy('u.code').limit(s.limit).execute();

  if (/^\d+$/.test(term)) return q.where('u.code', '=', term).limit(s.limit).execute();

  if (s.mode === 'fuzzy') {
    const similarity = sql<number>`word_similarity(${term}, u.search_text)`;
    return q
      .where(sql<SqlBool>`${term} <% u.search_text`)
      .orderBy(similarity, 'desc')
      .orderBy(LEVEL_ORDER)
      .orderBy(BY_NAME)
      .orderBy('u.code')
      .limit(s.limit)
      .execute();
  }

  const rank = sql<number>`CASE
    WHEN u.short_search_text = ${term} OR u.search_text = ${term} THEN 0
    WHEN u.short_search_text LIKE ${prefix} OR u.search_text LIKE ${prefix} THEN 1
    WHEN u.search_text LIKE ${wordStart} THEN 2
    ELSE 3 END`;
  q = q.where((eb) => eb.or([eb('u.search_text', 'like', contains), allWords]));
  return q.orderBy(rank).orderBy(LEVEL_ORDER).orderBy(BY_NAME).orderBy('u.code').limit(s.limit).execute();
}

export async function findUnit(db: DbOrTx, era: UnitEra, code: string): Promise<Unit | undefined> {
  return selectUnits(db).where('u.era', '=', era).where('u.code', '=', code).executeTakeFirst();
}

export async function listUnitsByCodes(db: DbOrTx, era: UnitEra, codes: readonly string[]): Promise<Unit[]> {
  if (codes.length === 0) return [];
  return selectUnits(db)
    .where('u.era', '=', era)
    .where('u.code', 'in', [...codes])
    .execute();
}

export async function listProvinces(db: DbOrTx, era: UnitEra): Promise<Unit[]> {
  return selectUnits(db)
    .where('u.era', '=', era)
    .where('u.level', '=', 'province')
    .orderBy('u.code')
    .execute();
}

/** The units directly under a unit, ordered by their folded name (Vietnamese order without tone marks). */
export async function listChildUnits(db: DbOrTx, era: UnitEra, parentCode: string): Promise<Unit[]> {
  return selectUnits(db)
    .where('u.era', '=', era)
    .where('u.parent_code', '=', parentCode)
    .orderBy(BY_NAME)
    .orderBy('u.code')
    .execute();
}

/** A row of the official conversion: which 2025 commune (part of) an old unit went to. */
export type MappingTarget = { newCode: string; partial: boolean; note: string };

/** The NSO rows of one old commune: one per new commune (several when the commune was divided). */
export async function listMappingsOfOldCommune(db: DbOrTx, oldCommuneCode: string): Promise<MappingTarget[]> {
  return db
    .selectFrom('admin_unit_mapping')
    .select(['new_commune_code as newCode', 'partial', 'note'])
    .where('old_commune_code', '=', oldCommuneCode)
    .orderBy('partial')
    .orderBy('new_commune_code')
    .execute();
}

/**
 * The 2025 communes an old district went to, one row per new commune: the rows of its communes, and the rows
 * with no old commune (island districts without communes, data/admin-units/README.md). `anyPartial` is true
 * when a row behind the target is partial; `notes` are the rows' distinct NSO notes.
 */
export async function listMappingsOfOldDistrict(
  db: DbOrTx,
  oldDistrictCode: string,
): Promise<Array<{ newCode: string; anyPartial: boolean; notes: string[] }>> {
  return db
    .selectFrom('admin_unit_mapping')
    .select([
      'new_commune_code as newCode',
      sql<boolean>`bool_or(partial)`.as('anyPartial'),
      sql<string[]>`array_agg(DISTINCT note ORDER BY note)`.as('notes'),
    ])
    .where('old_district_code', '=', oldDistrictCode)
    .groupBy('new_commune_code')
    .orderBy('new_commune_code')
    .execute();
}

export async function findNewProvinceCode(db: DbOrTx, oldProvinceCode: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('admin_unit_province_mapping')
    .select('new_province_code')
    .where('old_province_code', '=', oldProvinceCode)
    .executeTakeFirst();
  return row?.new_province_code;
}

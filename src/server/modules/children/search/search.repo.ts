import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../../db/transaction';
import type { Scope } from '../../../../shared/permissions/scope';
import type { ChildSearchCursor } from '../../../../shared/domain/ChildSearch';
import type { FuzzyPlan } from './search-plan';

/** Queries of the register search (design: migrations/0012_children_search.sql, search-plan.ts). */
export type SearchFilters = {
  scope: Scope;
  communeCode?: string | undefined;
  provinceCode?: string | undefined;
  /** Blind index of the group code (child_circumstances.group_key). */
  groupKey?: string | undefined;
  riskFlag?: string | undefined;
  /** Only children with (true) or without (false) a case that is not closed. */
  hasOpenCase?: boolean | undefined;
  sex?: string | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  asOf: string;
  includeAgedOut: boolean;
};

export type SearchRow = {
  id: string;
  full_name: string;
  name_search: string;
  birth_date: string;
  birth_precision: 'day' | 'month' | 'year';
  sex: 'male' | 'female' | 'unknown';
  commune_code: string;
  province_code: string;
  village: string | null;
};

/** The syllable array of a child, written exactly like the index expression so the GIN index serves it. */
const SYL = sql`f_name_syllables(c.name_search)`;
const arr = (values: readonly string[]) => sql`${[...values]}::text[]`;

/** The folded query and the vocabulary rows added since `afterId`, in one round trip. */
export async function foldAndVocabDelta(
  db: DbOrTx,
  text: string,
  afterId: number,
): Promise<{ folded: string; delta: Array<[number, string]> }> {
  const { rows } = await sql<{ folded: string | null; delta: Array<[number, string]> }>`
    SELECT f_search_text(${text}) AS folded,
           coalesce((SELECT json_agg(json_build_array(id, syllable) ORDER BY id)
                       FROM child_name_syllables WHERE id > ${afterId}), '[]'::json) AS delta`.execute(db);
  return { folded: rows[0]?.folded ?? '', delta: rows[0]?.delta ?? [] };
}

/** Jurisdiction, unit, active and filter conditions shared by every tier. */
function baseConditions(f: SearchFilters): RawBuilder<unknown>[] {
  const w: RawBuilder<unknown>[] = [sql`c.status = 'active'`, sql`c.birth_date <= ${f.asOf}::date`];
  // Luật Trẻ em Điều 1: under 16. ages_out_on is the day the child certainly turns 16 (0010_children.sql).
  if (!f.includeAgedOut) w.push(sql`c.ages_out_on > ${f.asOf}::date`);
  switch (f.scope.kind) {
    case 'national':
      break;
    case 'province':
      w.push(sql`c.province_code = ${f.scope.provinceCode}`);
      break;
    case 'commune':
      w.push(sql`c.commune_code = ${f.scope.communeCode}`);
      break;
    case 'agency':
    case 'tasks':
      // No child is reachable through an agency or task scope until cases exist (issue #4).
      w.push(sql`false`);
  }
  if (f.provinceCode) w.push(sql`c.province_code = ${f.provinceCode}`);
  if (f.communeCode) w.push(sql`c.commune_code = ${f.communeCode}`);
  if (f.sex) w.push(sql`c.sex = ${f.sex}`);
  // Age in completed years at asOf, counted from the latest possible birth date (shared/reference/child-age.ts).
  const latestBirth = sql`(CASE c.birth_precision WHEN 'day' THEN c.birth_date
      WHEN 'month' THEN (c.birth_date + interval '1 month' - interval '1 day')::date
      ELSE (c.birth_date + interval '1 year' - interval '1 day')::date END)`;
  if (f.ageMin !== undefined)
    w.push(sql`${latestBirth} <= (${f.asOf}::date - make_interval(years => ${f.ageMin}))::date`);
  if (f.ageMax !== undefined)
    w.push(sql`${latestBirth} > (${f.asOf}::date - make_interval(years => ${f.ageMax + 1}))::date`);
  if (f.groupKey)
    w.push(sql`EXISTS (SELECT 1 FROM child_circumstances cc WHERE cc.child_id = c.id
      AND cc.group_key = ${f.groupKey} AND cc.start_date <= ${f.asOf}::date
      AND (cc.end_date IS NULL OR cc.end_date > ${f.asOf}::date))`);
  if (f.riskFlag)
    w.push(sql`EXISTS (SELECT 1 FROM child_risk_flags rf WHERE rf.child_id = c.id
      AND rf.flag_code = ${f.riskFlag} AND rf.since <= ${f.asOf}::date
      AND (rf.until IS NULL OR rf.until > ${f.asOf}::date))`);
  if (f.hasOpenCase !== undefined) {
    // cases_child_idx serves it; the status is the projection of the case's actions (0014_reports_cases.sql).
    const open = sql`EXISTS (SELECT 1 FROM cases k WHERE k.child_id = c.id AND k.status <> 'closed')`;
    w.push(f.hasOpenCase ? open : sql`NOT ${open}`);
  }
  return w;
}

export type Tier =
  | { t: 0 }
  | { t: 1; text: string }
  | { t: 2; text: string }
  | { t: 3; text: string; tokens: string[] }
  /** Typos corrected in the typed word order: whole corrected names, through the name btree. */
  | { t: 4; s: number; text: string; tokens: string[]; names: string[] }
  /** Typos in any order: the syllable GIN index. `exclude`: the names tier 4 already gave. */
  | { t: 5; s: number; text: string; plan: FuzzyPlan; tokenCount: number; exclude: string[] };

/**
 * The btree range of names starting with `text` (the name index serves it under any collation); starts_with then
 * keeps exactly those. The upper bound is `text` with its last character incremented.
 */
function startsWith(text: string): RawBuilder<unknown> {
  const upper = text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + 1);
  return sql`c.name_search >= ${text} AND c.name_search < ${upper} AND starts_with(c.name_search, ${text})`;
}

/** Total typos of a row under a fuzzy plan (1 or 2 inside the budget, 9 when it does not match). */
function fuzzyScore(plan: FuzzyPlan): RawBuilder<unknown> {
  if (plan.kind === 'unknown') {
    const parts = plan.corrected.map(
      (c) => sql`(CASE WHEN ${SYL} && ${arr(c.d1)} THEN 1 WHEN ${SYL} && ${arr(c.d2)} THEN 2 ELSE 9 END)`,
    );
    return sql.join(parts, sql` + `);
  }
  const all = plan.tokens.map((c) => c.token);
  const parts = plan.tokens.map((c) => {
    const others = arr(all.filter((t) => t !== c.token));
    return sql`(CASE WHEN NOT ${SYL} @> ${others} THEN 9 WHEN ${SYL} && ${arr(c.d1)} THEN 1
      WHEN ${SYL} && ${arr(c.d2)} THEN 2 ELSE 9 END)`;
  });
  return sql`least(${sql.join(parts)})`;
}

/**
 * The index-usable condition of a fuzzy plan at exactly `s` typos (the score then confirms it): with as many typos
 * as corrected syllables each must be one typo away (d1), otherwise the single corrected one is two away (d2).
 * Narrow candidate lists keep the GIN scan small; a common syllable two typos away from anything is never read
 * while looking for one-typo matches.
 */
function fuzzyCondition(plan: FuzzyPlan, tokenCount: number, s: number): RawBuilder<unknown> {
  const longEnough = sql`cardinality(${SYL}) >= ${tokenCount}`;
  if (plan.kind === 'unknown') {
    const oneEach = s === plan.corrected.length;
    const parts = plan.corrected.map((c) => sql`${SYL} && ${arr(oneEach ? c.d1 : c.d2)}`);
    if (plan.exact.length > 0) parts.unshift(sql`${SYL} @> ${arr(plan.exact)}`);
    return sql.join([...parts, longEnough], sql` AND `);
  }
  const all = plan.tokens.map((c) => c.token);
  const terms = plan.tokens
    .filter((c) => (s === 1 ? c.d1 : c.d2).length > 0)
    .map((c) => {
      const others = all.filter((t) => t !== c.token);
      return sql`(${SYL} @> ${arr(others)} AND ${SYL} && ${arr(s === 1 ? c.d1 : c.d2)})`;
    });
  if (terms.length === 0) return sql`false`;
  return sql`(${sql.join(terms, sql` OR `)}) AND NOT ${SYL} @> ${arr(all)} AND ${longEnough}`;
}

function tierCondition(tier: Tier): RawBuilder<unknown> {
  switch (tier.t) {
    case 0:
      return sql`true`;
    case 1:
      return sql`c.name_search = ${tier.text}`;
    case 2:
      return sql`${startsWith(tier.text)} AND c.name_search <> ${tier.text}`;
    case 3:
      return sql`${SYL} @> ${arr(tier.tokens)} AND NOT starts_with(c.name_search, ${tier.text})`;
    case 4:
      return sql`c.name_search = ANY (${arr(tier.names)}) AND NOT starts_with(c.name_search, ${tier.text})
        AND NOT ${SYL} @> ${arr(tier.tokens)}`;
    case 5:
      return sql`${fuzzyCondition(tier.plan, tier.tokenCount, tier.s)} AND ${fuzzyScore(tier.plan)} = ${tier.s}
        AND NOT starts_with(c.name_search, ${tier.text}) AND c.name_search <> ALL (${arr(tier.exclude)})`;
  }
}

/**
 * Most rows a syllable tier (2 and 3) reads before sorting by name. A query matching more ("nguyen" alone is 38% of
 * all children) shows a name-ordered page of a sample of this size: the user narrows the search rather than pages
 * through a hundred thousand namesakes. Tiers 0–2 and 4 (list, exact, prefix, corrected names) go through a btree and are not capped.
 */
export const TIER_CAP = 2000;
/**
 * With a group or risk-flag filter (a sub-query per candidate) the sample is smaller: finding 2,000 children of
 * one group among the 380,000 Nguyễn of a national register would check a hundred thousand candidates.
 */
export const TIER_CAP_FILTERED = 300;

/** One page of one tier, in name order after the cursor (when the cursor is in this tier). */
export async function searchTier(
  db: DbOrTx,
  filters: SearchFilters,
  tier: Tier,
  after: ChildSearchCursor | undefined,
  limit: number,
): Promise<SearchRow[]> {
  const where = [...baseConditions(filters), tierCondition(tier)];
  const afterCond = after ? sql`(name_search, id) > (${after.n}, ${after.i}::uuid)` : sql`true`;
  const cols = sql`c.id, c.full_name, c.name_search, c.birth_date, c.birth_precision, c.sex, c.commune_code,
           c.province_code, c.village`;
  if (tier.t <= 2 || tier.t === 4) {
    const { rows } = await sql<SearchRow>`
      SELECT ${cols} FROM children c
       WHERE ${sql.join([...where, after ? sql`(c.name_search, c.id) > (${after.n}, ${after.i}::uuid)` : sql`true`], sql` AND `)}
       ORDER BY c.name_search, c.id
       LIMIT ${limit}`.execute(db);
    return rows;
  }
  // The syllable conditions go through the GIN index (bitmap scan); sorting happens on at most TIER_CAP rows.
  const { rows } = await sql<SearchRow>`
    WITH m AS MATERIALIZED (SELECT ${cols} FROM children c WHERE ${sql.join(where, sql` AND `)} LIMIT ${filters.groupKey || filters.riskFlag || filters.hasOpenCase ? TIER_CAP_FILTERED : TIER_CAP})
    SELECT * FROM m WHERE ${afterCond} ORDER BY name_search, id LIMIT ${limit}`.execute(db);
  return rows;
}

/** Commune names and open group keys of the children of one page. */
export async function pageDetails(
  db: DbOrTx,
  ids: readonly string[],
  communeCodes: readonly string[],
  asOf: string,
): Promise<{ communes: Map<string, string>; groups: Map<string, string[]> }> {
  if (ids.length === 0) return { communes: new Map(), groups: new Map() };
  const units = await db
    .selectFrom('admin_units')
    .select(['code', 'name'])
    .where('era', '=', '2025')
    .where('code', 'in', [...new Set(communeCodes)])
    .execute();
  const { rows } = await sql<{ child_id: string; group_key: string }>`
    SELECT child_id, group_key FROM child_circumstances
     WHERE child_id = ANY (${[...ids]}::uuid[]) AND start_date <= ${asOf}::date
       AND (end_date IS NULL OR end_date > ${asOf}::date)`.execute(db);
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.child_id, [...(groups.get(r.child_id) ?? []), r.group_key]);
  return { communes: new Map(units.map((u) => [u.code, u.name])), groups };
}

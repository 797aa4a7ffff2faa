import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/transaction';

/** Which children a statistic covers: one commune, the communes of a province, or the nation. */
export type StatsTarget =
  | { kind: 'commune'; communeCode: string }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'national' };

function targetCond(t: StatsTarget): RawBuilder<boolean> {
  switch (t.kind) {
    case 'commune':
      return sql<boolean>`c.commune_code = ${t.communeCode}`;
    case 'province':
      return sql<boolean>`c.province_code = ${t.provinceCode}`;
    case 'national':
      return sql<boolean>`true`;
  }
}

const unitCol = (t: StatsTarget) => sql.ref(t.kind === 'national' ? 'c.province_code' : 'c.commune_code');

/** Children on the active lists at asOf (Luật Trẻ em Điều 1: under 16; merged records are not counted twice). */
const activeAt = (asOf: string) =>
  sql<boolean>`c.status = 'active' AND c.birth_date <= ${asOf}::date AND c.ages_out_on > ${asOf}::date`;

/**
 * Counts by unit × sex × age group. Age as in src/shared/reference/child-age.ts: completed years at asOf from the
 * last possible birth date of an estimate (the lowest possible age).
 */
export async function countBySexAge(db: DbOrTx, target: StatsTarget, asOf: string) {
  const { rows } = await sql<{
    unit_code: string;
    sex: 'male' | 'female' | 'unknown';
    age: number;
    n: number;
  }>`
    SELECT ${unitCol(target)} AS unit_code, c.sex,
           LEAST(date_part('year', age(${asOf}::date, (CASE c.birth_precision
             WHEN 'day' THEN c.birth_date
             WHEN 'month' THEN c.birth_date + interval '1 month' - interval '1 day'
             ELSE c.birth_date + interval '1 year' - interval '1 day' END)::date))::int, 15) AS age,
           count(*)::int AS n
    FROM children c
    WHERE ${activeAt(asOf)} AND ${targetCond(target)}
    GROUP BY 1, 2, 3`.execute(db);
  return rows;
}

/**
 * Children in special circumstances at asOf by unit × group (blind index), restricted to the given group keys
 * (the sensitive groups are left out for a user without children.read_sensitive). A child in two groups counts in
 * both; `distinctChildren` counts each child once.
 */
export async function countByGroup(
  db: DbOrTx,
  target: StatsTarget,
  asOf: string,
  groupKeys: readonly string[],
) {
  if (groupKeys.length === 0) return { rows: [], distinctChildren: 0 };
  const from = sql`
    FROM child_circumstances cc
    JOIN children c ON c.id = cc.child_id
    WHERE cc.start_date <= ${asOf}::date AND (cc.end_date IS NULL OR cc.end_date > ${asOf}::date)
      AND cc.group_key = ANY(${[...groupKeys]}::text[])
      AND ${activeAt(asOf)} AND ${targetCond(target)}`;
  const { rows } = await sql<{ unit_code: string; group_key: string; n: number }>`
    SELECT ${unitCol(target)} AS unit_code, cc.group_key, count(DISTINCT c.id)::int AS n ${from}
    GROUP BY 1, 2`.execute(db);
  const total = await sql<{ n: number }>`SELECT count(DISTINCT c.id)::int AS n ${from}`.execute(db);
  return { rows, distinctChildren: total.rows[0]?.n ?? 0 };
}

import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';

/** Aggregates of cases for the dashboards (GET /api/cases/stats): counts only, never a case's contents. */

/** Where the figures are counted: every case, a province, or a commune. */
export type StatsArea =
  | { kind: 'national' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'commune'; communeCode: string };

function cases(db: DbOrTx, area: StatsArea) {
  const q = db.selectFrom('cases as c');
  switch (area.kind) {
    case 'national':
      return q;
    case 'province':
      return q.where('c.province_code', '=', area.provinceCode);
    case 'commune':
      return q.where('c.commune_code', '=', area.communeCode);
  }
}

export async function countByStatus(db: DbOrTx, area: StatsArea) {
  return cases(db, area)
    .select(['c.status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('c.status')
    .orderBy('c.status')
    .execute();
}

export async function countByCommune(db: DbOrTx, area: StatsArea, now: Date) {
  return cases(db, area)
    .leftJoin('admin_units as u', (j) =>
      j.onRef('u.code', '=', 'c.commune_code').on('u.era', '=', '2025').on('u.level', '=', 'commune'),
    )
    .select([
      'c.commune_code',
      'u.name as commune_name',
      sql<number>`count(*) FILTER (WHERE c.status <> 'closed')`.as('open'),
      sql<number>`count(*) FILTER (WHERE c.status <> 'closed' AND c.next_due_at < ${now})`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE c.escalated)`.as('escalated'),
    ])
    .groupBy(['c.commune_code', 'u.name'])
    .orderBy('overdue', 'desc')
    .orderBy('open', 'desc')
    .orderBy('c.commune_code')
    .execute();
}

/**
 * Hours from receipt to the first step taken by the commune (cases.first_action_at), median and 90th percentile, for
 * the cases received since `since` that have had such a step.
 */
export async function timeToFirstAction(db: DbOrTx, area: StatsArea, since: Date) {
  const hours = sql`extract(epoch FROM (c.first_action_at - c.received_at))::float8 / 3600`;
  return cases(db, area)
    .select([
      sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours})`.as('median'),
      sql<number | null>`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours})`.as('p90'),
      (eb) => eb.fn.countAll<number>().as('cases'),
    ])
    .where('c.received_at', '>=', since)
    .where('c.first_action_at', 'is not', null)
    .executeTakeFirstOrThrow();
}

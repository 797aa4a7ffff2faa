import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import { figureSums } from './result-figures';

/**
 * The roll-up queries (issue #5 item 4): every figure is summed by the database from the result rows of accepted
 * reports, never retyped and never summed unit by unit in a loop. Each function is one statement.
 */

const BELOW = ['commune', 'agency'] as const;

/** Per accepted report of the year (optionally of one province): the sums of its result rows. */
function acceptedReportSums(db: DbOrTx, year: number, provinceCode: string | null) {
  let q = db
    .selectFrom('am_results as res')
    .innerJoin('am_reports as rr', 'rr.id', 'res.report_id')
    .select('res.report_id')
    .select(figureSums('res'))
    .where('rr.year', '=', year)
    .where('rr.status', '=', 'accepted')
    .groupBy('res.report_id');
  if (provinceCode) q = q.where('rr.province_code', '=', provinceCode);
  return q;
}

/**
 * By activity type: the accepted commune and agency reports of a province (what its report to the ministry
 * freezes), and with `withOwn` also the province's own result rows (the live province roll-up).
 */
export async function provinceTypeSums(db: DbOrTx, year: number, provinceCode: string, withOwn: boolean) {
  return db
    .selectFrom('am_results as res')
    .innerJoin('am_reports as r', 'r.id', 'res.report_id')
    .select('res.activity_type')
    .select(figureSums('res'))
    .where('r.year', '=', year)
    .where('r.province_code', '=', provinceCode)
    .where((eb) => {
      const below = eb.and([eb('r.level', 'in', BELOW), eb('r.status', '=', 'accepted')]);
      return withOwn ? eb.or([below, eb('r.level', '=', 'province')]) : below;
    })
    .groupBy('res.activity_type')
    .execute();
}

/** How many commune and agency reports of a province the province has accepted. */
export async function acceptedBelowCount(db: DbOrTx, year: number, provinceCode: string): Promise<number> {
  const row = await db
    .selectFrom('am_reports')
    .select(sql<number>`count(*)::bigint`.as('n'))
    .where('year', '=', year)
    .where('province_code', '=', provinceCode)
    .where('level', 'in', BELOW)
    .where('status', '=', 'accepted')
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Every commune of the province (2025 units) with its report of the year, if any, and that report's accepted sums. */
export async function communeUnits(db: DbOrTx, year: number, provinceCode: string) {
  return db
    .selectFrom('admin_units as u')
    .leftJoin('am_reports as r', (j) =>
      j.on('r.year', '=', year).on('r.level', '=', 'commune').onRef('r.commune_code', '=', 'u.code'),
    )
    .leftJoin(acceptedReportSums(db, year, provinceCode).as('s'), 's.report_id', 'r.id')
    .select(['u.code as unit_code', 'u.name as unit_name', 'r.status'])
    .selectAll('s')
    .where('u.era', '=', '2025')
    .where('u.level', '=', 'commune')
    .where('u.province_code', '=', provinceCode)
    .orderBy('u.name')
    .orderBy('u.code')
    .execute();
}

/** The agencies of the province that opened a report of the year (an agency is expected once it reports). */
export async function agencyUnits(db: DbOrTx, year: number, provinceCode: string) {
  return db
    .selectFrom('am_reports as r')
    .innerJoin('agencies as ag', 'ag.id', 'r.agency_id')
    .leftJoin(acceptedReportSums(db, year, provinceCode).as('s'), 's.report_id', 'r.id')
    .select(['ag.id as unit_code', 'ag.name as unit_name', 'r.status'])
    .selectAll('s')
    .where('r.year', '=', year)
    .where('r.level', '=', 'agency')
    .where('r.province_code', '=', provinceCode)
    .orderBy('ag.name')
    .orderBy('ag.id')
    .execute();
}

/** Every province (2025 units) with its report to the ministry of the year, if any, and its frozen roll-up. */
export async function provinceUnits(db: DbOrTx, year: number) {
  return db
    .selectFrom('admin_units as u')
    .leftJoin('am_reports as r', (j) =>
      j.on('r.year', '=', year).on('r.level', '=', 'province').onRef('r.province_code', '=', 'u.code'),
    )
    .select(['u.code as unit_code', 'u.name as unit_name', 'r.status', 'r.rollup'])
    .where('u.era', '=', '2025')
    .where('u.level', '=', 'province')
    .orderBy('u.code')
    .execute();
}

/** The own result rows of the accepted province reports of the year, by province and activity type. */
export async function acceptedProvinceOwnSums(db: DbOrTx, year: number) {
  return db
    .selectFrom('am_results as res')
    .innerJoin('am_reports as r', 'r.id', 'res.report_id')
    .select(['r.province_code', 'res.activity_type'])
    .select(figureSums('res'))
    .where('r.year', '=', year)
    .where('r.level', '=', 'province')
    .where('r.status', '=', 'accepted')
    .groupBy(['r.province_code', 'res.activity_type'])
    .execute();
}

/** Years from..to of one province: the live totals (accepted commune and agency reports plus its own rows). */
export async function provinceYearSums(db: DbOrTx, provinceCode: string, from: number, to: number) {
  return db
    .selectFrom('am_results as res')
    .innerJoin('am_reports as r', 'r.id', 'res.report_id')
    .select('r.year')
    .select(figureSums('res'))
    .where('r.year', '>=', from)
    .where('r.year', '<=', to)
    .where('r.province_code', '=', provinceCode)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.level', 'in', BELOW), eb('r.status', '=', 'accepted')]),
        eb('r.level', '=', 'province'),
      ]),
    )
    .groupBy('r.year')
    .execute();
}

/** Years from..to: how many reports were accepted (communes and agencies of a province, or provinces). */
export async function acceptedCountsByYear(
  db: DbOrTx,
  provinceCode: string | null,
  from: number,
  to: number,
) {
  let q = db
    .selectFrom('am_reports')
    .select(['year', sql<number>`count(*)::bigint`.as('n')])
    .where('year', '>=', from)
    .where('year', '<=', to)
    .where('status', '=', 'accepted')
    .groupBy('year');
  q = provinceCode
    ? q.where('province_code', '=', provinceCode).where('level', 'in', BELOW)
    : q.where('level', '=', 'province');
  return q.execute();
}

/** Years from..to, national: the own rows of accepted province reports, by year. */
export async function nationalOwnYearSums(db: DbOrTx, from: number, to: number) {
  return db
    .selectFrom('am_results as res')
    .innerJoin('am_reports as r', 'r.id', 'res.report_id')
    .select('r.year')
    .select(figureSums('res'))
    .where('r.year', '>=', from)
    .where('r.year', '<=', to)
    .where('r.level', '=', 'province')
    .where('r.status', '=', 'accepted')
    .groupBy('r.year')
    .execute();
}

/** Years from..to, national: the frozen roll-ups of the accepted province reports (at most 34 a year). */
export async function frozenRollupsByYear(db: DbOrTx, from: number, to: number) {
  return db
    .selectFrom('am_reports')
    .select(['year', 'rollup'])
    .where('year', '>=', from)
    .where('year', '<=', to)
    .where('level', '=', 'province')
    .where('status', '=', 'accepted')
    .execute();
}

import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { AmResultsTable } from '../../db/schema';
import type { Scope } from '../../../shared/permissions/scope';
import type { AmReportLevel, AmReportStatus } from '../../../shared/domain/ActionMonth';
import type { AmUnit } from './am-unit';
import { reportInReadScope } from './report-reach';

/** Queries of am_reports and am_results (migrations/0015_action_month.sql). Services own the transactions. */

const REPORT_COLUMNS = [
  'r.id',
  'r.year',
  'r.level',
  'r.province_code',
  'r.commune_code',
  'r.agency_id',
  'r.status',
  'r.due_date',
  'r.summary',
  'r.difficulties',
  'r.recommendations',
  'r.rollup',
  'r.version',
  'r.submitted_at',
  'r.submitted_late',
  'r.accepted_at',
  'r.return_reason',
] as const;

/** A report with its unit's name (commune or province from the 2025 units, agency from agencies). */
function reportsWithNames(db: DbOrTx) {
  return db
    .selectFrom('am_reports as r')
    .leftJoin('admin_units as cu', (j) => j.on('cu.era', '=', '2025').onRef('cu.code', '=', 'r.commune_code'))
    .leftJoin('admin_units as pu', (j) =>
      j.on('pu.era', '=', '2025').onRef('pu.code', '=', 'r.province_code'),
    )
    .leftJoin('agencies as ag', 'ag.id', 'r.agency_id')
    .select(REPORT_COLUMNS)
    .select(sql<string>`coalesce(ag.name, cu.name, pu.name, r.province_code)`.as('unit_name'));
}

export async function findReport(db: DbOrTx, id: string) {
  return reportsWithNames(db).where('r.id', '=', id).executeTakeFirst();
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export type ReportFilter = {
  year: number;
  provinceCode?: string | undefined;
  levels?: readonly AmReportLevel[] | undefined;
  status?: AmReportStatus | undefined;
};

export async function listReports(db: DbOrTx, scope: Scope, f: ReportFilter): Promise<ReportRow[]> {
  let q = reportsWithNames(db).where('r.year', '=', f.year).where(reportInReadScope(scope, 'r'));
  if (f.provinceCode) q = q.where('r.province_code', '=', f.provinceCode);
  if (f.levels) q = q.where('r.level', 'in', [...f.levels]);
  if (f.status) q = q.where('r.status', '=', f.status);
  // Province first, then agencies and communes, each by name.
  return q
    .orderBy(sql`case r.level when 'province' then 0 when 'agency' then 1 else 2 end`)
    .orderBy('unit_name')
    .orderBy('r.id')
    .execute();
}

/** The report row under a row lock, for a change (serialises concurrent steps on one report). */
export async function lockReport(tx: DbOrTx, id: string) {
  return tx.selectFrom('am_reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}
export type LockedReport = NonNullable<Awaited<ReturnType<typeof lockReport>>>;

/** The id of a unit's report of the year, if it was opened. */
export async function findUnitReportId(db: DbOrTx, unit: AmUnit, year: number): Promise<string | undefined> {
  let q = db.selectFrom('am_reports').select('id').where('year', '=', year);
  switch (unit.level) {
    case 'province':
      q = q.where('level', '=', 'province').where('province_code', '=', unit.provinceCode);
      break;
    case 'commune':
      q = q.where('level', '=', 'commune').where('commune_code', '=', unit.communeCode);
      break;
    case 'agency':
      q = q.where('level', '=', 'agency').where('agency_id', '=', unit.agencyId);
      break;
    case 'national':
      return undefined;
  }
  return (await q.executeTakeFirst())?.id;
}

/**
 * Inserts the unit's report unless it exists: the partial unique indexes (one report per unit and year) turn a
 * concurrent second open into a no-op, which waits for the first to commit. Returns the new id, or undefined.
 */
export async function insertReportIfAbsent(
  tx: DbOrTx,
  r: {
    id: string;
    year: number;
    level: AmReportLevel;
    provinceCode: string;
    communeCode: string | null;
    agencyId: string | null;
    dueDate: string;
  },
): Promise<string | undefined> {
  const row = await tx
    .insertInto('am_reports')
    .values({
      id: r.id,
      year: r.year,
      level: r.level,
      province_code: r.provinceCode,
      commune_code: r.communeCode,
      agency_id: r.agencyId,
      due_date: r.dueDate,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function findThemeDeadlines(db: DbOrTx, year: number) {
  return db
    .selectFrom('am_themes')
    .select(['year', 'commune_report_due', 'province_report_due'])
    .where('year', '=', year)
    .executeTakeFirst();
}

/**
 * The result rows of a report in entry order (their ids are time-ordered: result-ids.ts), with the number of linked
 * register children (never their ids).
 */
export async function resultsOf(db: DbOrTx, reportId: string) {
  return db
    .selectFrom('am_results as res')
    .selectAll('res')
    .select((eb) =>
      eb
        .selectFrom('am_result_beneficiaries as b')
        .select(sql<number>`count(*)::bigint`.as('n'))
        .whereRef('b.result_id', '=', 'res.id')
        .as('beneficiary_count'),
    )
    .where('res.report_id', '=', reportId)
    .orderBy('res.id')
    .execute();
}

export type NewResult = Insertable<AmResultsTable>;

/** Replaces every result row of a report (beneficiary links go with them: ON DELETE CASCADE). */
export async function replaceResults(
  tx: DbOrTx,
  reportId: string,
  rows: readonly NewResult[],
  beneficiaries: readonly { result_id: string; child_id: string }[],
): Promise<void> {
  await tx.deleteFrom('am_results').where('report_id', '=', reportId).execute();
  await insertResults(tx, rows);
  if (beneficiaries.length > 0)
    await tx
      .insertInto('am_result_beneficiaries')
      .values([...beneficiaries])
      .execute();
}

export async function insertResults(tx: DbOrTx, rows: readonly NewResult[]): Promise<void> {
  if (rows.length > 0)
    await tx
      .insertInto('am_results')
      .values([...rows])
      .execute();
}

/** Active register children among `ids` that the children.read scope reaches. */
export async function childrenInReach(db: DbOrTx, childScope: RawBuilder<boolean>, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('children as c')
    .select('c.id')
    .where('c.id', 'in', [...ids])
    .where('c.status', '=', 'active')
    .where(childScope)
    .execute();
  return new Set(rows.map((r) => r.id));
}

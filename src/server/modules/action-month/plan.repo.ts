import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { AmPlansTable } from '../../db/schema-action-month';
import type { AmPlanLevel, AmPlanListQuery, AmPlanSummary } from '../../../shared/domain/ActionMonth';
import type { AmUnit } from './am-unit';
import { planReach } from './plan-reach';

/** Queries of Action Month plans (issue #5 item 2). Every read takes the caller's unit; services own transactions. */

export type PlanRow = Selectable<AmPlansTable>;

/** A plan the unit reaches (undefined otherwise, exactly like a missing one); locked when `forUpdate`. */
export async function findPlanInReach(
  db: DbOrTx,
  unit: AmUnit,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PlanRow | undefined> {
  const q = db
    .selectFrom('am_plans')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => planReach(eb, unit));
  return (opts.forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export async function findPlanIdByTransaction(
  db: DbOrTx,
  transactionId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('am_plans')
    .select('id')
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
  return row?.id;
}

export async function insertPlan(tx: DbOrTx, values: Insertable<AmPlansTable>): Promise<void> {
  await tx.insertInto('am_plans').values(values).execute();
}

/** Writes the plan and bumps its version (the caller checked the version under the row lock). */
export async function updatePlanRow(tx: DbOrTx, id: string, values: Updateable<AmPlansTable>): Promise<void> {
  await tx
    .updateTable('am_plans')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Plans with the name of their unit, the number of activities and whether the signed copy is attached. */
function summaryQuery(db: DbOrTx) {
  return db
    .selectFrom('am_plans')
    .leftJoin('admin_units as cu', (j) =>
      j.onRef('cu.code', '=', 'am_plans.commune_code').on('cu.era', '=', '2025'),
    )
    .leftJoin('admin_units as pu', (j) =>
      j.onRef('pu.code', '=', 'am_plans.province_code').on('pu.era', '=', '2025'),
    )
    .leftJoin('agencies as ag', 'ag.id', 'am_plans.agency_id')
    .select((eb) => [
      'am_plans.id',
      'am_plans.year',
      'am_plans.level',
      'am_plans.province_code',
      'am_plans.commune_code',
      'am_plans.agency_id',
      eb.fn.coalesce('ag.name', 'cu.name', 'pu.name').as('unit_name'),
      'am_plans.issuing_body',
      'am_plans.document_number',
      'am_plans.document_date',
      'am_plans.title',
      'am_plans.status',
      'am_plans.parent_plan_id',
      eb
        .selectFrom('am_activities')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('am_activities.plan_id', '=', 'am_plans.id')
        .as('activity_count'),
      eb
        .exists(
          eb
            .selectFrom('am_plan_files')
            .select('plan_id')
            .whereRef('am_plan_files.plan_id', '=', 'am_plans.id'),
        )
        .as('has_file'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

export const toSummary = (r: SummaryRow): AmPlanSummary => ({
  id: r.id,
  year: r.year,
  level: r.level,
  provinceCode: r.province_code,
  communeCode: r.commune_code,
  agencyId: r.agency_id,
  unitName: r.unit_name,
  issuingBody: r.issuing_body,
  documentNumber: r.document_number,
  documentDate: r.document_date,
  title: r.title,
  status: r.status,
  parentPlanId: r.parent_plan_id,
  activityCount: Number(r.activity_count ?? 0),
  hasFile: Boolean(r.has_file),
});

const LEVEL_ORDER: Record<AmPlanLevel, number> = { national: 0, province: 1, agency: 2, commune: 3 };

/** The plans of a year the unit reaches: national first, then provinces, agencies and communes, by unit name. */
export async function listPlanSummaries(
  db: DbOrTx,
  unit: AmUnit,
  filter: AmPlanListQuery,
): Promise<AmPlanSummary[]> {
  let q = summaryQuery(db)
    .where('am_plans.year', '=', filter.year)
    .where((eb) => planReach(eb, unit));
  if (filter.level) q = q.where('am_plans.level', '=', filter.level);
  if (filter.provinceCode) q = q.where('am_plans.province_code', '=', filter.provinceCode);
  if (filter.parentPlanId) q = q.where('am_plans.parent_plan_id', '=', filter.parentPlanId);
  const rows = await q.orderBy('am_plans.created_at').orderBy('am_plans.id').execute();
  return rows
    .map(toSummary)
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        (a.provinceCode ?? '').localeCompare(b.provinceCode ?? '') ||
        (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'),
    );
}

/** One plan with everything the detail shows but its activities. */
export async function findPlanDetailRow(db: DbOrTx, unit: AmUnit, id: string) {
  return summaryQuery(db)
    .leftJoin('am_plans as parent', 'parent.id', 'am_plans.parent_plan_id')
    .leftJoin('am_plan_files as f', 'f.plan_id', 'am_plans.id')
    .select([
      'am_plans.purpose',
      'am_plans.requirements',
      'am_plans.period_start',
      'am_plans.period_end',
      'am_plans.signer_name',
      'am_plans.signer_title',
      'am_plans.version',
      'am_plans.issued_at',
      'parent.title as parent_title',
      'parent.document_number as parent_document_number',
      'f.file_name',
      'f.byte_size',
      'f.uploaded_at',
    ])
    .where('am_plans.id', '=', id)
    .where((eb) => planReach(eb, unit))
    .executeTakeFirst();
}

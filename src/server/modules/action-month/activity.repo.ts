import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { AmActivitiesTable } from '../../db/schema-action-month';
import type { AmActivity, AmActivityInput, AmActivityType } from '../../../shared/domain/ActionMonth';

/** Queries of plan activities (issue #5 item 2). Services own the transactions. */

/** Activities with the names of their assignees, for the plan detail and the assignments list. */
export function activityQuery(db: DbOrTx) {
  return db
    .selectFrom('am_activities as a')
    .leftJoin('agencies as ag', 'ag.id', 'a.assignee_agency_id')
    .leftJoin('admin_units as acu', (j) =>
      j.onRef('acu.code', '=', 'a.assignee_commune_code').on('acu.era', '=', '2025'),
    )
    .select([
      'a.id',
      'a.plan_id',
      'a.seq',
      'a.type',
      'a.title',
      'a.description',
      'a.assignee_agency_id',
      'ag.name as assignee_agency_name',
      'a.assignee_commune_code',
      'acu.name as assignee_commune_name',
      'a.assign_all_communes',
      'a.start_date',
      'a.end_date',
      'a.budget_state',
      'a.budget_mobilised',
      'a.targets',
    ]);
}

type ActivityRow = Awaited<ReturnType<ReturnType<typeof activityQuery>['executeTakeFirstOrThrow']>>;

/** The type column is free text in SQL; only the API writes it, with a validated AmActivityType. */
export const toActivity = (r: ActivityRow): AmActivity => ({
  id: r.id,
  seq: r.seq,
  type: r.type as AmActivityType,
  title: r.title,
  description: r.description,
  assigneeAgencyId: r.assignee_agency_id,
  assigneeAgencyName: r.assignee_agency_name,
  assigneeCommuneCode: r.assignee_commune_code,
  assigneeCommuneName: r.assignee_commune_name,
  assignAllCommunes: r.assign_all_communes,
  startDate: r.start_date,
  endDate: r.end_date,
  budgetState: r.budget_state,
  budgetMobilised: r.budget_mobilised,
  targets: r.targets,
});

export async function listPlanActivities(db: DbOrTx, planId: string): Promise<AmActivity[]> {
  const rows = await activityQuery(db).where('a.plan_id', '=', planId).orderBy('a.seq').execute();
  return rows.map(toActivity);
}

/** The columns an AmActivityInput writes. */
export function activityValues(input: AmActivityInput): Updateable<AmActivitiesTable> {
  return {
    type: input.type,
    title: input.title,
    description: input.description,
    assignee_agency_id: input.assigneeAgencyId,
    assignee_commune_code: input.assigneeCommuneCode,
    assign_all_communes: input.assignAllCommunes,
    start_date: input.startDate,
    end_date: input.endDate,
    budget_state: input.budgetState,
    budget_mobilised: input.budgetMobilised,
    targets: input.targets,
  };
}

/** Appends an activity after the plan's last one (the caller holds the plan's row lock, so seq cannot race). */
export async function insertActivity(
  tx: DbOrTx,
  values: Omit<Insertable<AmActivitiesTable>, 'seq'>,
): Promise<void> {
  const last = await tx
    .selectFrom('am_activities')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('plan_id', '=', values.plan_id)
    .executeTakeFirst();
  await tx
    .insertInto('am_activities')
    .values({ ...values, seq: (last?.seq ?? 0) + 1 })
    .execute();
}

export async function updateActivity(
  tx: DbOrTx,
  planId: string,
  activityId: string,
  values: Updateable<AmActivitiesTable>,
): Promise<boolean> {
  const res = await tx
    .updateTable('am_activities')
    .set(values)
    .where('id', '=', activityId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/**
 * Deletes an activity and closes the gap in seq. UNIQUE (plan_id, seq) is checked row by row, so the rows after the
 * gap move in two steps (to negative numbers, then back one lower) instead of one UPDATE that could collide.
 */
export async function deleteActivity(tx: DbOrTx, planId: string, activityId: string): Promise<boolean> {
  const gone = await tx
    .deleteFrom('am_activities')
    .where('id', '=', activityId)
    .where('plan_id', '=', planId)
    .returning('seq')
    .executeTakeFirst();
  if (!gone) return false;
  await tx
    .updateTable('am_activities')
    .set({ seq: sql<number>`-seq` })
    .where('plan_id', '=', planId)
    .where('seq', '>', gone.seq)
    .execute();
  await tx
    .updateTable('am_activities')
    .set({ seq: sql<number>`-seq - 1` })
    .where('plan_id', '=', planId)
    .where('seq', '<', 0)
    .execute();
  return true;
}

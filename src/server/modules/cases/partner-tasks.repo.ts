import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';

/** A partner agency's tasks (GET /api/tasks): one query on case_tasks_agency_idx (agency_id, status, due_date). */

export const LISTED_TASK_STATUSES = ['pending', 'accepted', 'declined', 'done'] as const;

export async function listAgencyTasks(db: DbOrTx, agencyId: string, limit: number) {
  return (
    db
      .selectFrom('case_tasks as t')
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .leftJoin('admin_units as u', (j) =>
        j.onRef('u.code', '=', 'c.commune_code').on('u.era', '=', '2025').on('u.level', '=', 'commune'),
      )
      .leftJoin('children as ch', 'ch.id', 'c.child_id')
      .select([
        't.id',
        't.case_id',
        't.measure',
        't.due_date',
        't.status',
        't.description_enc',
        'c.case_number',
        'c.commune_code',
        'u.name as commune_name',
        'c.child_sex',
        'c.child_age_years',
        'ch.full_name as child_name',
      ])
      .where('t.agency_id', '=', agencyId)
      .where('t.status', 'in', [...LISTED_TASK_STATUSES])
      // What the agency must act on first, then by due date.
      .orderBy(
        sql`CASE t.status WHEN 'pending' THEN 0 WHEN 'accepted' THEN 1 WHEN 'declined' THEN 2 ELSE 3 END`,
      )
      .orderBy('t.due_date')
      .orderBy('t.id')
      .limit(limit)
      .execute()
  );
}

export async function countAgencyTasks(db: DbOrTx, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('case_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('status', 'in', [...LISTED_TASK_STATUSES])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

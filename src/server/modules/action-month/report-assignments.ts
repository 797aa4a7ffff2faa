import type { DbOrTx } from '../../db/transaction';
import type { AmUnit } from './am-unit';
import { assignedActivities } from './assignment.service';

export type ReportableActivity = { id: string; type: string; title: string };

/**
 * The plan activities a unit reports on in its result report, from ISSUED plans of the year:
 * - a commune or an agency: the activities assigned to it (assignedActivities, the same list as GET /assignments);
 * - a province: the activities of its own province plan that it carries out itself (no agency or commune
 *   assigned), since the province is assigned nothing from above;
 * - the nation sends no result report.
 */
export async function reportableActivities(
  db: DbOrTx,
  unit: AmUnit,
  year: number,
): Promise<ReportableActivity[]> {
  switch (unit.level) {
    case 'national':
      return [];
    case 'commune':
    case 'agency':
      return (await assignedActivities(db, unit, year)).map(({ activity: a }) => ({
        id: a.id,
        type: a.type,
        title: a.title,
      }));
    case 'province':
      return db
        .selectFrom('am_activities as a')
        .innerJoin('am_plans as p', 'p.id', 'a.plan_id')
        .select(['a.id', 'a.type', 'a.title'])
        .where('p.year', '=', year)
        .where('p.status', '=', 'issued')
        .where('p.level', '=', 'province')
        .where('p.province_code', '=', unit.provinceCode)
        .where('a.assignee_agency_id', 'is', null)
        .where('a.assignee_commune_code', 'is', null)
        .where('a.assign_all_communes', '=', false)
        .orderBy('p.issued_at')
        .orderBy('p.id')
        .orderBy('a.seq')
        .execute();
  }
}

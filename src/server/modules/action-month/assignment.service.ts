import type { AppDeps } from '../../app-deps';
import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuthUser } from '../../http/request-context';
import type { AmAssignmentList } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { callerAmUnit, type AmUnit } from './am-unit';
import { activityQuery, toActivity } from './activity.repo';

export type AmAssignment = AmAssignmentList['items'][number];

/**
 * What a commune or an agency must carry out in a year: the activities of ISSUED plans assigned to it — to the
 * commune by code, to every commune of its province by a province plan (assign_all_communes), or to the agency.
 * Provinces and the nation are not assigned activities (they plan them): an empty list. The result reports pre-fill
 * one result row per assignment (report-*.ts).
 */
export async function assignedActivities(db: DbOrTx, unit: AmUnit, year: number): Promise<AmAssignment[]> {
  if (unit.level !== 'commune' && unit.level !== 'agency') return [];
  const rows = await activityQuery(db)
    .innerJoin('am_plans as p', 'p.id', 'a.plan_id')
    .select([
      'p.title as plan_title',
      'p.document_number as plan_document_number',
      'p.issuing_body as plan_issuing_body',
    ])
    .where('p.year', '=', year)
    .where('p.status', '=', 'issued')
    .where((eb) =>
      unit.level === 'commune'
        ? eb.or([
            eb('a.assignee_commune_code', '=', unit.communeCode),
            eb.and([
              eb('a.assign_all_communes', '=', true),
              eb('p.level', '=', 'province'),
              eb('p.province_code', '=', unit.provinceCode),
            ]),
          ])
        : eb('a.assignee_agency_id', '=', unit.agencyId),
    )
    .orderBy('p.issued_at')
    .orderBy('p.id')
    .orderBy('a.seq')
    .execute();
  return rows.map((r) => ({
    activity: toActivity(r),
    planId: r.plan_id,
    planTitle: r.plan_title,
    planDocumentNumber: r.plan_document_number,
    planIssuingBody: r.plan_issuing_body,
  }));
}

/** GET /assignments: the caller's unit's assignments of the year (action_month.report). */
export async function listAssignments(
  deps: Pick<AppDeps, 'db'>,
  user: AuthUser,
  year: number,
): Promise<AmAssignmentList> {
  const unit = await callerAmUnit(deps.db, user, Permission.actionMonthReport);
  if (!unit) throw new AppError('FORBIDDEN', { message: 'no Action Month reporting unit' });
  return { items: await assignedActivities(deps.db, unit, year) };
}

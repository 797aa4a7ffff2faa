import type { AppDeps } from '../../app-deps';
import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuthUser } from '../../http/request-context';
import type { AmPlanDetail, AmPlanList, AmPlanListQuery } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { callerAmUnit, type AmUnit } from './am-unit';
import { listPlanActivities } from './activity.repo';
import { findPlanDetailRow, listPlanSummaries, toSummary } from './plan.repo';
import { ownsPlan } from './plan-reach';

type Deps = Pick<AppDeps, 'db'>;

/** The unit whose reach decides what the user reads; a user without action_month.read reaches nothing (404). */
async function readUnitOf(db: DbOrTx, user: AuthUser): Promise<AmUnit> {
  const unit = await callerAmUnit(db, user, Permission.actionMonthRead);
  if (!unit) throw new AppError('NOT_FOUND', { message: 'no Action Month reach' });
  return unit;
}

/**
 * One plan with its activities, its parent's number and its signed copy's metadata; 404 outside the caller's reach
 * (src/server/modules/action-month/plan-reach.ts). canEdit: the caller's unit issues the plan and it is a draft;
 * canAttachFile: the caller's unit issues the plan (the signed copy comes after issuing).
 * Used by the plan routes and by the exports (PDF, DOCX, XLSX).
 */
export async function getAmPlan(deps: Deps, user: AuthUser, planId: string): Promise<AmPlanDetail> {
  const readUnit = await readUnitOf(deps.db, user);
  const row = await findPlanDetailRow(deps.db, readUnit, planId);
  if (!row) throw new AppError('NOT_FOUND', { message: `plan ${planId}` });
  const planUnit = await callerAmUnit(deps.db, user, Permission.actionMonthPlan);
  const activities = await listPlanActivities(deps.db, planId);
  return {
    ...toSummary(row),
    purpose: row.purpose,
    requirements: row.requirements,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    version: row.version,
    issuedAt: row.issued_at ? row.issued_at.toISOString() : null,
    parentPlanTitle: row.parent_title,
    parentDocumentNumber: row.parent_document_number,
    activities,
    file:
      row.file_name && row.byte_size !== null && row.uploaded_at
        ? { fileName: row.file_name, byteSize: row.byte_size, uploadedAt: row.uploaded_at.toISOString() }
        : null,
    canEdit: row.status === 'draft' && ownsPlan(planUnit, row),
    canAttachFile: ownsPlan(planUnit, row),
  };
}

/** The plans of a year in the caller's reach, with the list filters (level, province, parent plan). */
export async function listAmPlans(deps: Deps, user: AuthUser, query: AmPlanListQuery): Promise<AmPlanList> {
  const unit = await readUnitOf(deps.db, user);
  return { items: await listPlanSummaries(deps.db, unit, query) };
}

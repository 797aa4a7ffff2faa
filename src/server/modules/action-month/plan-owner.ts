import type { AuditActor } from '../../audit/audit.repo';
import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuthUser, RequestContext } from '../../http/request-context';
import type { Locale } from '../../../shared/i18n/locale';
import { Permission } from '../../../shared/permissions/Permission';
import { callerAmUnit, type AmUnit } from './am-unit';
import { findPlanInReach, type PlanRow } from './plan.repo';
import { ownsPlan } from './plan-reach';

/** Who calls a plan write: the user (whose unit issues plans), the audit actor and the language of field errors. */
export type PlanCaller = { user: AuthUser; actor: AuditActor; locale: Locale };

export function planCallerOf(ctx: RequestContext): PlanCaller {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return { user: ctx.user, actor: ctx.actor, locale: ctx.locale };
}

/** The unit the caller makes plans for (src/server/modules/action-month/am-unit.ts); 403 without one. */
export async function planUnitOf(db: DbOrTx, user: AuthUser): Promise<AmUnit> {
  const unit = await callerAmUnit(db, user, Permission.actionMonthPlan);
  if (!unit) throw new AppError('FORBIDDEN', { message: 'no Action Month plan unit' });
  return unit;
}

/**
 * Locks a plan the caller's unit issues, for a write: 404 when outside its reach, 403 when it sees the plan but
 * another unit issues it (a commune reading its province's plan), 409 when `draftOnly` and the plan is issued.
 */
export async function lockOwnPlan(
  tx: DbOrTx,
  unit: AmUnit,
  planId: string,
  opts: { draftOnly: boolean },
): Promise<PlanRow> {
  const plan = await findPlanInReach(tx, unit, planId, { forUpdate: true });
  if (!plan) throw new AppError('NOT_FOUND', { message: `plan ${planId}` });
  if (!ownsPlan(unit, plan))
    throw new AppError('FORBIDDEN', { messageId: 'actionMonth.notPlanOwner', message: 'not the plan owner' });
  if (opts.draftOnly && plan.status !== 'draft')
    throw new AppError('CONFLICT', { messageId: 'actionMonth.planIssued', message: 'plan issued' });
  return plan;
}

/** Optimistic concurrency: the version the client read must be the stored one (409 with the current one). */
export function checkPlanVersion(plan: PlanRow, expectedVersion: number): void {
  if (plan.version !== expectedVersion)
    throw new AppError('CONFLICT', {
      messageId: 'actionMonth.stale',
      message: 'stale plan version',
      details: { currentVersion: plan.version },
    });
}

/** Where a plan sits, for its audit rows. */
export const planAuditPlace = (plan: Pick<PlanRow, 'commune_code' | 'province_code'>) => ({
  unitCode: plan.commune_code ?? plan.province_code,
  provinceCode: plan.province_code,
});

import crypto from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AmActivityInput, AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { activityValues, deleteActivity, insertActivity, updateActivity } from './activity.repo';
import { checkAssignees } from './activity.rules';
import { amOperation, type AmPlanOperation } from './plan-audit';
import { lockOwnPlan, planAuditPlace, planUnitOf, type PlanCaller } from './plan-owner';
import { getAmPlan } from './plan-read.service';
import type { PlanRow } from './plan.repo';
import { updatePlanRow } from './plan.repo';

type Deps = Pick<AppDeps, 'db' | 'now'>;

/**
 * Runs one activity change on a draft plan of the caller's unit, under the plan's row lock: the plan's version is
 * bumped (an activity is part of what gets issued, so a plan issued from a stale screen is refused) and the change
 * is audited in the same transaction. Answers the plan as it is afterwards.
 */
async function changeActivities(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  operation: AmPlanOperation,
  activityId: string | null,
  change: (tx: Tx, plan: PlanRow) => Promise<string>,
): Promise<AmPlanDetail> {
  const unit = await planUnitOf(deps.db, caller.user);
  await deps.db.transaction().execute(async (tx) => {
    const plan = await lockOwnPlan(tx, unit, planId, { draftOnly: true });
    const id = await change(tx, plan);
    await updatePlanRow(tx, planId, { updated_at: deps.now() });
    await recordAudit(tx, caller.actor, {
      operation: amOperation(operation),
      targetType: 'am_plan',
      targetIds: [planId, activityId ?? id],
      ...planAuditPlace(plan),
    });
  });
  return getAmPlan(deps, caller.user, planId);
}

/** Adds an activity at the end of a draft plan. */
export function addActivity(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  input: AmActivityInput,
): Promise<AmPlanDetail> {
  return changeActivities(deps, caller, planId, 'action_month.activity.create', null, async (tx, plan) => {
    await checkAssignees(tx, plan, input, caller.locale);
    const id = crypto.randomUUID();
    await insertActivity(tx, {
      id,
      plan_id: planId,
      ...activityValues(input),
      type: input.type,
      title: input.title,
    });
    return id;
  });
}

/** Replaces an activity of a draft plan (404 when the activity is not the plan's). */
export function replaceActivity(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  activityId: string,
  input: AmActivityInput,
): Promise<AmPlanDetail> {
  return changeActivities(
    deps,
    caller,
    planId,
    'action_month.activity.update',
    activityId,
    async (tx, plan) => {
      await checkAssignees(tx, plan, input, caller.locale);
      if (!(await updateActivity(tx, planId, activityId, activityValues(input))))
        throw new AppError('NOT_FOUND', { message: `activity ${activityId}` });
      return activityId;
    },
  );
}

/** Removes an activity of a draft plan; the following ones move up (seq stays 1, 2, 3…). */
export function removeActivity(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  activityId: string,
): Promise<AmPlanDetail> {
  return changeActivities(deps, caller, planId, 'action_month.activity.delete', activityId, async (tx) => {
    if (!(await deleteActivity(tx, planId, activityId)))
      throw new AppError('NOT_FOUND', { message: `activity ${activityId}` });
    return activityId;
  });
}

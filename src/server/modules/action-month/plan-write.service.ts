import crypto from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import type {
  AmPlanDetail,
  AmPlanInput,
  AmPlanIssueInput,
  AmPlanUpdate,
} from '../../../shared/domain/ActionMonth';
import { isUniqueViolation } from '../children/children.rules';
import { amOperation } from './plan-audit';
import { checkPlanVersion, lockOwnPlan, planAuditPlace, planUnitOf, type PlanCaller } from './plan-owner';
import { getAmPlan } from './plan-read.service';
import { findPlanIdByTransaction, insertPlan, updatePlanRow } from './plan.repo';
import { checkPlanFields, checkThemeYear } from './plan-rules';

type Deps = Pick<AppDeps, 'db' | 'now'>;

/**
 * Creates a draft plan of the caller's own unit: the level and the unit come from the caller (am-unit.ts), never
 * from the body. Idempotent on transactionId (a retry answers the plan made the first time). Audited.
 */
export async function createPlan(deps: Deps, caller: PlanCaller, input: AmPlanInput): Promise<AmPlanDetail> {
  const unit = await planUnitOf(deps.db, caller.user);
  const done = await findPlanIdByTransaction(deps.db, input.transactionId);
  if (done) return getAmPlan(deps, caller.user, done);
  await checkThemeYear(deps.db, input.year, caller.locale);
  await checkPlanFields(deps.db, unit, input.year, input, caller.locale);
  const id = crypto.randomUUID();
  const now = deps.now();
  try {
    await deps.db.transaction().execute(async (tx) => {
      const plan = {
        id,
        transaction_id: input.transactionId,
        year: input.year,
        level: unit.level,
        province_code: unit.provinceCode,
        commune_code: unit.communeCode,
        agency_id: unit.agencyId,
        issuing_body: input.issuingBody,
        document_number: input.documentNumber,
        document_date: input.documentDate,
        signer_name: input.signerName,
        signer_title: input.signerTitle,
        title: input.title,
        purpose: input.purpose,
        requirements: input.requirements,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        parent_plan_id: input.parentPlanId,
        created_by: caller.user.id,
        created_at: now,
        updated_at: now,
      };
      await insertPlan(tx, plan);
      await recordAudit(tx, caller.actor, {
        operation: amOperation('action_month.plan.create'),
        targetType: 'am_plan',
        targetIds: input.parentPlanId ? [id, input.parentPlanId] : [id],
        ...planAuditPlace(plan),
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await findPlanIdByTransaction(deps.db, input.transactionId);
    if (!raced) throw err;
    return getAmPlan(deps, caller.user, raced);
  }
  return getAmPlan(deps, caller.user, id);
}

/** Changes a draft plan of the caller's unit (409 once issued, or when the version read is not the stored one). */
export async function updatePlan(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  input: AmPlanUpdate,
): Promise<AmPlanDetail> {
  const unit = await planUnitOf(deps.db, caller.user);
  await deps.db.transaction().execute(async (tx) => {
    const plan = await lockOwnPlan(tx, unit, planId, { draftOnly: true });
    checkPlanVersion(plan, input.expectedVersion);
    await checkPlanFields(tx, unit, plan.year, input, caller.locale);
    await updatePlanRow(tx, planId, {
      issuing_body: input.issuingBody,
      title: input.title,
      purpose: input.purpose,
      requirements: input.requirements,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      parent_plan_id: input.parentPlanId,
      document_number: input.documentNumber,
      document_date: input.documentDate,
      signer_name: input.signerName,
      signer_title: input.signerTitle,
      updated_at: deps.now(),
    });
    await recordAudit(tx, caller.actor, {
      operation: amOperation('action_month.plan.update'),
      targetType: 'am_plan',
      targetIds: [planId],
      ...planAuditPlace(plan),
    });
  });
  return getAmPlan(deps, caller.user, planId);
}

/**
 * Issues (ban hành) a draft plan with its number, date and signer: draft → issued, locked for good afterwards (the
 * signed copy may still be attached). Issued plans are what the level below implements and is assigned from.
 */
export async function issuePlan(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  input: AmPlanIssueInput,
): Promise<AmPlanDetail> {
  const unit = await planUnitOf(deps.db, caller.user);
  await deps.db.transaction().execute(async (tx) => {
    const plan = await lockOwnPlan(tx, unit, planId, { draftOnly: true });
    checkPlanVersion(plan, input.expectedVersion);
    const now = deps.now();
    await updatePlanRow(tx, planId, {
      status: 'issued',
      document_number: input.documentNumber,
      document_date: input.documentDate,
      signer_name: input.signerName,
      signer_title: input.signerTitle ?? plan.signer_title,
      issued_at: now,
      issued_by: caller.user.id,
      updated_at: now,
    });
    const activities = await tx
      .selectFrom('am_activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, caller.actor, {
      operation: amOperation('action_month.plan.issue'),
      targetType: 'am_plan',
      targetIds: [planId],
      ...planAuditPlace(plan),
      counts: { activities: Number(activities.n) },
    });
  });
  return getAmPlan(deps, caller.user, planId);
}

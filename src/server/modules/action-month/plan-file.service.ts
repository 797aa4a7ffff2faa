import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { AuthUser } from '../../http/request-context';
import type { AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { callerAmUnit } from './am-unit';
import { amOperation } from './plan-audit';
import { lockOwnPlan, planAuditPlace, planUnitOf, type PlanCaller } from './plan-owner';
import { getAmPlan } from './plan-read.service';
import { findPlanInReach } from './plan.repo';

type Deps = Pick<AppDeps, 'db' | 'now'>;

/** The largest signed copy accepted: a scanned plan of a few pages fits well under it. */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters, ends in .pdf. */
export function cleanPdfFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '')
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  if (!base) return fallback;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/**
 * Attaches (or replaces) the signed copy of a plan: the owner only, on a draft or an issued plan (the copy is signed
 * after issuing). The body must be a PDF (magic bytes %PDF-), else 400; its size is capped by the route (413).
 */
export async function attachPlanFile(
  deps: Deps,
  caller: PlanCaller,
  planId: string,
  data: Buffer,
  fileName: string | undefined,
): Promise<AmPlanDetail> {
  if (data.length < PDF_MAGIC.length || !data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
    throw new AppError('VALIDATION', { messageId: 'actionMonth.notPdf', message: 'not a PDF' });
  const unit = await planUnitOf(deps.db, caller.user);
  await deps.db.transaction().execute(async (tx) => {
    const plan = await lockOwnPlan(tx, unit, planId, { draftOnly: false });
    const name = cleanPdfFileName(fileName, `ke-hoach-${plan.year}.pdf`);
    const now = deps.now();
    const values = {
      file_name: name,
      content_type: 'application/pdf' as const,
      byte_size: data.length,
      data,
      uploaded_by: caller.user.id,
      uploaded_at: now,
    };
    await tx
      .insertInto('am_plan_files')
      .values({ plan_id: planId, ...values })
      .onConflict((oc) => oc.column('plan_id').doUpdateSet(values))
      .execute();
    await tx.updateTable('am_plans').set({ updated_at: now }).where('id', '=', planId).execute();
    await recordAudit(tx, caller.actor, {
      operation: amOperation('action_month.plan.file'),
      targetType: 'am_plan',
      targetIds: [planId],
      ...planAuditPlace(plan),
      counts: { bytes: data.length },
    });
  });
  return getAmPlan(deps, caller.user, planId);
}

/** The signed copy of a plan in the caller's reach (404 when the plan is out of reach or has no copy). */
export async function readPlanFile(
  deps: Deps,
  user: AuthUser,
  planId: string,
): Promise<{ fileName: string; data: Buffer }> {
  const unit = await callerAmUnit(deps.db, user, Permission.actionMonthRead);
  const plan = unit ? await findPlanInReach(deps.db, unit, planId) : undefined;
  if (!plan) throw new AppError('NOT_FOUND', { message: `plan ${planId}` });
  const file = await deps.db
    .selectFrom('am_plan_files')
    .select(['file_name', 'data'])
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!file) throw new AppError('NOT_FOUND', { message: `plan ${planId} has no file` });
  return { fileName: file.file_name, data: file.data };
}

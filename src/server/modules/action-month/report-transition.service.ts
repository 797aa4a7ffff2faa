import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import { inTransaction, type DbOrTx } from '../../db/transaction';
import type { Updateable } from 'kysely';
import { AppError } from '../../http/app-error';
import type { AmReportsTable } from '../../db/schema';
import type { AmReportDetail } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor } from '../../../shared/permissions/scope';
import { callerAmUnit } from './am-unit';
import { amToday, isLate } from './deadline';
import { amReportOperation } from './report-audit';
import type { AmReportCaller } from './report-caller';
import { lockReport, type LockedReport } from './report.repo';
import { getAmReport } from './report-read.service';
import { mayReadReport, notOwner, notReviewer, ownsReport, reviewsReport } from './report-reach';
import { assertStep, STATUS_AFTER } from './report-rules';
import { acceptedBelowTotals } from './rollup-frozen';

export type TransitionInput =
  | { step: 'submit'; expectedVersion: number }
  | { step: 'accept'; expectedVersion: number }
  | { step: 'return'; expectedVersion: number; reason: string };

/**
 * Submit (the owner), return with a reason or accept (the level above): one transaction under the report's row
 * lock, version bumped, audited. A report sent after its due date (Vietnam time) is flagged late, never refused.
 * A province report freezes, when submitted, the totals of the commune and agency reports the province accepted.
 */
export async function transitionAmReport(
  deps: AppDeps,
  caller: AmReportCaller,
  reportId: string,
  input: TransitionInput,
): Promise<AmReportDetail> {
  const unit =
    input.step === 'submit' ? await callerAmUnit(deps.db, caller.user, Permission.actionMonthReport) : null;
  const reviewScope = scopeFor(caller.user, Permission.actionMonthReview);
  await inTransaction(deps.db, async (tx) => {
    const report = await lockReport(tx, reportId);
    if (!report || !mayReadReport(scopeFor(caller.user, Permission.actionMonthRead), report))
      throw new AppError('NOT_FOUND');
    if (input.step === 'submit' ? !ownsReport(unit, report) : !reviewsReport(reviewScope, report))
      throw input.step === 'submit' ? notOwner() : notReviewer();
    assertStep(report, input.step, input.expectedVersion);
    const now = deps.now();
    const change = await changeOf(tx, report, input, caller.user.id, now);
    await tx
      .updateTable('am_reports')
      .set({ ...change, status: STATUS_AFTER[input.step], version: report.version + 1, updated_at: now })
      .where('id', '=', reportId)
      .execute();
    await recordAudit(tx, caller.actor, {
      operation: amReportOperation(input.step),
      targetType: 'am_report',
      targetIds: [reportId],
      unitCode: report.commune_code ?? report.province_code,
      provinceCode: report.province_code,
      counts: { year: report.year, ...(change.submitted_late ? { late: 1 } : {}) },
    });
  });
  return getAmReport(deps, caller.user, reportId);
}

async function changeOf(
  tx: DbOrTx,
  report: LockedReport,
  input: TransitionInput,
  userId: string,
  now: Date,
): Promise<Updateable<AmReportsTable>> {
  switch (input.step) {
    case 'submit': {
      const rollup =
        report.level === 'province'
          ? JSON.stringify(await acceptedBelowTotals(tx, report.year, report.province_code))
          : null;
      return {
        submitted_at: now,
        submitted_by: userId,
        submitted_late: isLate(amToday(now), report.due_date),
        rollup,
      };
    }
    case 'return':
      return { returned_at: now, returned_by: userId, return_reason: input.reason };
    case 'accept':
      return { accepted_at: now, accepted_by: userId };
  }
}

import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.repo';
import type { Tx } from '../db/transaction';
import type { CaseRow } from '../db/schema';
import { deterministicUuid } from '../lib/deterministic-uuid';
import { appendToLockedCase, clocksOf, workflowActionOf, type CaseDeps } from '../modules/cases/case-append';
import { listActionRows, updateCase } from '../modules/cases/cases.repo';
import { isUniqueViolation } from '../modules/children/children.rules';
import { notifyCaseEvent } from '../modules/notifications/notify';
import { deriveCaseState, type WorkflowAction } from '../../shared/workflow/derive-case-state';
import { nextDeadline, nextSweep, type CaseClock } from '../../shared/workflow/case-clocks';
import { listDueCases, lockDueCase, type SweepCursor } from './jobs.repo';

const BATCH = 100;

export type SweepResult = {
  /** FLAG_OVERDUE actions appended. */
  flagged: number;
  /** Cases locked and looked at (each in its own transaction). */
  cases: number;
};

/**
 * The deadline sweeper (issue #4 item 4): flags every legal clock that ran out by appending a system FLAG_OVERDUE
 * action, which escalates the case (cases.escalated) and notifies the commune and the province (notify.ts).
 * Idempotent and safe with several app instances: each case is locked with SKIP LOCKED and re-derived under the
 * lock, and a flag's transactionId is derived from the deadline it flags, so a deadline is flagged once.
 */
export async function runDeadlineSweep(deps: CaseDeps): Promise<SweepResult> {
  const started = deps.now();
  const result: SweepResult = { flagged: 0, cases: 0 };
  let cursor: SweepCursor | null = null;
  for (;;) {
    const due = await listDueCases(deps.db, started, cursor, BATCH);
    for (const c of due) {
      const flagged = await sweepCase(deps, c.id);
      if (flagged === null) continue;
      result.cases += 1;
      result.flagged += flagged;
    }
    const last = due.at(-1);
    if (!last || due.length < BATCH) return result;
    cursor = last;
  }
}

/** Flags the overdue clocks of one case in its own transaction; null when the case was taken or no longer due. */
async function sweepCase(deps: CaseDeps, caseId: string): Promise<number | null> {
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const now = deps.now();
      const c = await lockDueCase(tx, caseId, now);
      if (!c) return null;
      const prior = (await listActionRows(tx, caseId)).map(workflowActionOf);
      const clocks = await clocksOf(tx, deps, deriveCaseState(prior));
      const overdue = clocks.filter((k) => k.stoppedAt === null && !k.flagged && k.dueAt < now.toISOString());
      if (overdue.length === 0) {
        // The projection was ahead of the truth (e.g. a calendar override moved a deadline): store the fresh one.
        await refreshDeadlines(tx, caseId, clocks);
        return 0;
      }
      let actions = prior;
      for (const clock of overdue) actions = await flag(tx, deps, c, actions, clock, now);
      return overdue.length;
    });
  } catch (err) {
    // Another instance appended the same flag first (its transactionId is deterministic): already flagged.
    if (isUniqueViolation(err)) return null;
    throw err;
  }
}

async function flag(
  tx: Tx,
  deps: CaseDeps,
  c: CaseRow,
  prior: readonly WorkflowAction[],
  clock: CaseClock,
  now: Date,
): Promise<WorkflowAction[]> {
  const data = { clock: clock.kind, dueAt: clock.dueAt, taskId: clock.taskId };
  const appended = await appendToLockedCase(tx, deps, c, prior, {
    type: 'FLAG_OVERDUE',
    transactionId: deterministicUuid('FLAG_OVERDUE', c.id, clock.kind, clock.dueAt, clock.taskId ?? ''),
    at: now,
    actor: { userId: null, role: null, kind: 'system', agencyId: null },
    data,
    text: {},
  });
  await notifyCaseEvent(tx, deps, {
    caseId: c.id,
    caseNumber: c.case_number,
    communeCode: c.commune_code,
    provinceCode: c.province_code,
    actionId: appended.actionId,
    type: 'FLAG_OVERDUE',
    data,
    state: appended.state,
    actorUserId: null,
  });
  await recordAudit(tx, SYSTEM_ACTOR, {
    operation: 'case.action',
    purpose: 'FLAG_OVERDUE',
    targetType: 'case',
    targetIds: [c.id],
    unitCode: c.commune_code,
    provinceCode: c.province_code,
    counts: { seq: appended.seq },
  });
  return [
    ...prior,
    {
      seq: appended.seq,
      type: 'FLAG_OVERDUE',
      at: now.toISOString(),
      actorKind: 'system',
      actorAgencyId: null,
      data,
    },
  ];
}

async function refreshDeadlines(tx: Tx, caseId: string, clocks: readonly CaseClock[]): Promise<void> {
  const next = nextDeadline(clocks);
  const sweep = nextSweep(clocks);
  await updateCase(tx, caseId, {
    next_due_at: next ? new Date(next.dueAt) : null,
    next_due_kind: next?.kind ?? null,
    sweep_at: sweep ? new Date(sweep.dueAt) : null,
  });
}

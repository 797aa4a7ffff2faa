import crypto from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import type { Tx } from '../../db/transaction';
import type { CaseActionRow, CaseRow } from '../../db/schema';
import type { ActorKind, CaseActionType } from '../../../shared/workflow/case-workflow';
import {
  deriveCaseState,
  type CaseState,
  type TaskState,
  type WorkflowAction,
} from '../../../shared/workflow/derive-case-state';
import { caseClocks, nextDeadline, nextSweep, type CaseClock } from '../../../shared/workflow/case-clocks';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { caseCipher } from './case-cipher';
import { insertAction, insertTasks, setTaskStatus, updateCase } from './cases.repo';

export type CaseDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;

export type ActionToAppend = {
  type: CaseActionType;
  transactionId: string;
  at: Date;
  actor: { userId: string | null; role: string | null; kind: ActorKind; agencyId: string | null };
  data: Record<string, unknown>;
  text: Record<string, unknown>;
};

export function workflowActionOf(row: CaseActionRow): WorkflowAction {
  return {
    seq: row.seq,
    type: row.type as CaseActionType,
    at: new Date(row.at).toISOString(),
    actorKind: row.actor_kind as ActorKind,
    actorAgencyId: row.actor_agency_id,
    data: row.data,
  };
}

/** The clocks of a state with the configured settings and the working-day calendar. */
export async function clocksOf(
  tx: Tx | CaseDeps['db'],
  deps: CaseDeps,
  state: CaseState,
): Promise<CaseClock[]> {
  const calendar = await loadWorkingCalendar(tx);
  return caseClocks(state, calendar, { acknowledgeHours: deps.config.cases.acknowledgeHours });
}

/**
 * Appends one action to a case whose row the caller has locked (lockCase) and whose earlier actions it has read,
 * then rewrites the cases row projection and the task rows from the derived state, all in the caller's
 * transaction. Rules (who may act, from which status) are checked by the caller before; this is the mechanism.
 */
export async function appendToLockedCase(
  tx: Tx,
  deps: CaseDeps,
  caseRow: CaseRow,
  prior: readonly WorkflowAction[],
  action: ActionToAppend,
  place?: { communeCode: string; provinceCode: string },
): Promise<{ state: CaseState; clocks: CaseClock[]; actionId: string; seq: number }> {
  const id = crypto.randomUUID();
  const seq = prior.length;
  const cipher = caseCipher(deps.config.encryptionKey);
  await insertAction(tx, {
    id,
    case_id: caseRow.id,
    seq,
    transaction_id: action.transactionId,
    type: action.type,
    actor_id: action.actor.userId,
    actor_role: action.actor.role,
    actor_kind: action.actor.kind,
    actor_agency_id: action.actor.agencyId,
    at: action.at,
    data: action.data,
    text_enc: cipher.encryptActionText(caseRow.id, id, action.text),
  });
  const before = prior.length > 0 ? deriveCaseState(prior) : null;
  const appended: WorkflowAction = {
    seq,
    type: action.type,
    at: action.at.toISOString(),
    actorKind: action.actor.kind,
    actorAgencyId: action.actor.agencyId,
    data: action.data,
  };
  const state = deriveCaseState([...prior, appended]);
  const clocks = await clocksOf(tx, deps, state);
  await syncTasks(tx, deps, caseRow.id, before?.tasks ?? [], state.tasks, action);

  const next = nextDeadline(clocks);
  const sweep = nextSweep(clocks);
  const firstAction =
    caseRow.first_action_at ??
    (action.actor.kind === 'officer' || action.actor.kind === 'chairman' ? action.at : null);
  await updateCase(tx, caseRow.id, {
    status: state.status,
    acknowledged_at: state.acknowledgedAt ? new Date(state.acknowledgedAt) : null,
    emergency_needed: state.emergencyNeeded,
    next_due_at: next ? new Date(next.dueAt) : null,
    next_due_kind: next?.kind ?? null,
    sweep_at: sweep ? new Date(sweep.dueAt) : null,
    escalated: clocks.some((c) => c.flagged && c.stoppedAt === null),
    action_count: state.seq,
    last_action_at: action.at,
    first_action_at: firstAction,
    closed_at: state.closedAt ? new Date(state.closedAt) : null,
    child_id: state.childId ?? caseRow.child_id,
    ...(place ? { commune_code: place.communeCode, province_code: place.provinceCode } : {}),
  });
  return { state, clocks, actionId: id, seq };
}

/** Keeps case_tasks equal to the tasks of the derived state (a projection for the partner agencies' lists). */
async function syncTasks(
  tx: Tx,
  deps: CaseDeps,
  caseId: string,
  before: readonly TaskState[],
  after: readonly TaskState[],
  action: ActionToAppend,
): Promise<void> {
  const cipher = caseCipher(deps.config.encryptionKey);
  const old = new Map(before.map((t) => [t.taskId, t]));
  const descriptions = new Map<string, string>();
  if (action.type === 'DRAFT_PLAN' && Array.isArray(action.text.tasks))
    for (const t of action.text.tasks as { taskId: string; description: string }[])
      descriptions.set(t.taskId, t.description);
  const fresh = after.filter((t) => !old.has(t.taskId));
  await insertTasks(
    tx,
    fresh.map((t) => ({
      id: t.taskId,
      case_id: caseId,
      plan_version: t.planVersion,
      measure: t.measure,
      agency_id: t.agencyId,
      due_date: t.dueDate,
      status: t.status,
      description_enc: cipher.encryptTaskDescription(t.taskId, descriptions.get(t.taskId) ?? ''),
      updated_at: action.at,
    })),
  );
  for (const t of after) {
    const o = old.get(t.taskId);
    if (!o || (o.status === t.status && o.agencyId === t.agencyId && o.dueDate === t.dueDate)) continue;
    await setTaskStatus(tx, t.taskId, {
      status: t.status,
      agency_id: t.agencyId,
      due_date: t.dueDate,
      updated_at: action.at,
    });
  }
}

import type { CaseActionInput, UserActionType } from '../domain/CaseAction';
import type { ApiMessageId } from '../i18n/messages';
import { ACTION_RULES, rulesAllowFrom, type ActorKind } from './case-workflow';
import type { CaseState, TaskState } from './derive-case-state';

/** Who is acting, seen from the case. A partner agency acts only on the tasks addressed to its agency. */
export type CaseActor = { kind: ActorKind; agencyId?: string | null };

export const USER_ACTION_TYPES = [
  'ACKNOWLEDGE',
  'VERIFY',
  'ASSESS_INITIAL',
  'EMERGENCY_PROTECT',
  'ASSESS_NEEDS',
  'DRAFT_PLAN',
  'RETURN_PLAN',
  'APPROVE_PLAN',
  'TASK_ACCEPT',
  'TASK_DECLINE',
  'TASK_DONE',
  'TASK_REASSIGN',
  'NOTE',
  'REVIEW',
  'REPLAN',
  'CLOSE',
  'REOPEN',
  'TRANSFER',
  'LINK_CHILD',
] as const satisfies readonly UserActionType[];

const mine = (actor: CaseActor, t: TaskState) => actor.kind !== 'partner' || t.agencyId === actor.agencyId;
const live = (t: TaskState) => t.status !== 'cancelled' && t.status !== 'planned';

/** Conditions on the case's data beyond status and role (ACTION_RULES has those). */
function guard(type: UserActionType, s: CaseState, actor: CaseActor): boolean {
  const tasks = s.tasks.filter((t) => mine(actor, t));
  switch (type) {
    case 'ACKNOWLEDGE':
      return s.acknowledgedAt === null;
    case 'EMERGENCY_PROTECT':
      return s.emergencyNeeded === true && s.emergencyProtectedAt === null;
    case 'ASSESS_NEEDS':
      // From the initial assessment straight on only when no emergency measure is needed.
      return s.status !== 'initial_assessed' || s.emergencyNeeded === false;
    case 'TASK_ACCEPT':
    case 'TASK_DECLINE':
      return tasks.some((t) => t.status === 'pending');
    case 'TASK_DONE':
      return tasks.some((t) => t.status === 'pending' || t.status === 'accepted');
    case 'TASK_REASSIGN':
      return tasks.some((t) => t.status === 'declined');
    case 'NOTE':
      return actor.kind !== 'partner' || tasks.some(live);
    case 'LINK_CHILD':
      return s.childId === null;
    case 'VERIFY':
    case 'ASSESS_INITIAL':
    case 'DRAFT_PLAN':
    case 'RETURN_PLAN':
    case 'APPROVE_PLAN':
    case 'REVIEW':
    case 'REPLAN':
    case 'CLOSE':
    case 'REOPEN':
    case 'TRANSFER':
      return true;
  }
}

/** The actions this actor may take now: the server allows exactly these and the web app shows exactly these. */
export function allowedActions(state: CaseState, actor: CaseActor): UserActionType[] {
  return USER_ACTION_TYPES.filter(
    (type) =>
      rulesAllowFrom(type, state.status) &&
      (ACTION_RULES[type].by as readonly ActorKind[]).includes(actor.kind) &&
      guard(type, state, actor),
  );
}

/**
 * Checks the data of an allowed action against the case (a task in the right state and, for a partner, its own;
 * a transfer to another commune; plan tasks with distinct ids). Returns a message id to answer 409 with, or null.
 */
export function actionDataProblem(
  state: CaseState,
  actor: CaseActor,
  input: CaseActionInput,
): ApiMessageId | null {
  const task = (id: string) => state.tasks.find((t) => t.taskId === id && mine(actor, t));
  switch (input.type) {
    case 'TASK_ACCEPT':
    case 'TASK_DECLINE':
      return task(input.data.taskId)?.status === 'pending' ? null : 'case.taskNotActionable';
    case 'TASK_DONE': {
      const s = task(input.data.taskId)?.status;
      return s === 'pending' || s === 'accepted' ? null : 'case.taskNotActionable';
    }
    case 'TASK_REASSIGN':
      return task(input.data.taskId)?.status === 'declined' ? null : 'case.taskNotActionable';
    case 'DRAFT_PLAN': {
      const ids = input.data.tasks.map((t) => t.taskId);
      const texts = new Set(input.text.tasks.map((t) => t.taskId));
      const distinct = new Set(ids).size === ids.length;
      const known = new Set(state.tasks.map((t) => t.taskId));
      const fresh = ids.every((id) => !known.has(id));
      return distinct && fresh && ids.every((id) => texts.has(id)) && texts.size === ids.length
        ? null
        : 'case.planTasksInvalid';
    }
    case 'TRANSFER':
      return input.data.toCommuneCode === state.transferredTo ? 'case.transferSameCommune' : null;
    case 'ACKNOWLEDGE':
    case 'VERIFY':
    case 'ASSESS_INITIAL':
    case 'EMERGENCY_PROTECT':
    case 'ASSESS_NEEDS':
    case 'RETURN_PLAN':
    case 'APPROVE_PLAN':
    case 'NOTE':
    case 'REVIEW':
    case 'REPLAN':
    case 'CLOSE':
    case 'REOPEN':
    case 'LINK_CHILD':
      return null;
  }
}

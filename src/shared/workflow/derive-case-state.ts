import {
  nextStatus,
  type ActorKind,
  type CaseActionType,
  type CaseStatus,
  type ClockKind,
} from './case-workflow';

/** An action as the workflow needs it: its structural data only (never the encrypted text). */
export type WorkflowAction = {
  seq: number;
  type: CaseActionType;
  /** ISO instant */
  at: string;
  actorKind: ActorKind;
  actorAgencyId?: string | null;
  data: Record<string, unknown>;
};

export type TaskStatus = 'planned' | 'pending' | 'accepted' | 'declined' | 'done' | 'cancelled';
export type TaskState = {
  taskId: string;
  measure: string;
  agencyId: string | null;
  dueDate: string;
  planVersion: number;
  status: TaskStatus;
  doneAt: string | null;
};

export type CaseState = {
  status: CaseStatus;
  /** Number of actions: the next action's seq. */
  seq: number;
  receivedAt: string;
  /** Start of the current cycle: the first receipt, or the last re-opening. */
  cycleStartedAt: string;
  requiresAck: boolean;
  /** When the commune was handed the case (a hotline transfer can come hours after the call): the acknowledge clock. */
  handedOverAt: string;
  acknowledgedAt: string | null;
  /** Nghị định 56 Điều 26 khoản 3: serious risk, or the parent / caregiver is the perpetrator. null before Mẫu 02. */
  emergencyNeeded: boolean | null;
  emergencyProtectedAt: string | null;
  planVersion: number;
  /** Tasks of every plan; those of a replaced plan are 'cancelled' unless already done. */
  tasks: TaskState[];
  reportIds: string[];
  childId: string | null;
  /** The commune of the last TRANSFER, or null when never transferred (the case row has the first commune). */
  transferredTo: string | null;
  lastReviewRecommendation: 'close' | 'replan' | null;
  closedAt: string | null;
  /** FLAG_OVERDUE actions already appended, as `${clock}|${dueAt}|${taskId}` keys. */
  flagged: Set<string>;
  /** Instants of the latest step of each kind in the current cycle (for the clocks). */
  marks: Partial<Record<CaseActionType, string>>;
};

export function flagKey(clock: ClockKind, dueAt: string, taskId: string | null): string {
  return `${clock}|${new Date(dueAt).toISOString()}|${taskId ?? ''}`;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Replays a case's actions (in seq order) into its state: the single definition of what the actions mean, used by
 * the server (before appending, and for the cases row projection) and by the web app (which buttons to show).
 */
export function deriveCaseState(actions: readonly WorkflowAction[]): CaseState {
  const first = actions[0];
  if (!first || first.type !== 'RECEIVE') throw new Error('a case starts with RECEIVE');
  const state: CaseState = {
    status: 'received',
    seq: 0,
    receivedAt: first.at,
    cycleStartedAt: first.at,
    requiresAck: first.data.requiresAcknowledgement === true,
    handedOverAt: typeof first.data.handedOverAt === 'string' ? first.data.handedOverAt : first.at,
    acknowledgedAt: null,
    emergencyNeeded: null,
    emergencyProtectedAt: null,
    planVersion: 0,
    tasks: [],
    reportIds: [],
    childId: null,
    transferredTo: null,
    lastReviewRecommendation: null,
    closedAt: null,
    flagged: new Set(),
    marks: {},
  };
  for (const a of actions) apply(state, a);
  return state;
}

function apply(state: CaseState, a: WorkflowAction): void {
  const d = a.data;
  state.seq = a.seq + 1;
  state.status =
    a.type === 'RECEIVE' ? 'received' : nextStatus(a.type, state.status, { outcome: str(d.outcome) });
  state.marks[a.type] = a.at;
  // Any step taken by the commune shows it has the case, even without an explicit acknowledgement.
  if (!state.acknowledgedAt && (a.actorKind === 'officer' || a.actorKind === 'chairman'))
    state.acknowledgedAt = a.at;
  switch (a.type) {
    case 'RECEIVE':
    case 'LINK_REPORT':
      state.reportIds.push(str(d.reportId));
      break;
    case 'ASSESS_INITIAL':
      state.emergencyNeeded = d.riskLevel === 'serious' || d.caregiverIsPerpetrator === true;
      state.emergencyProtectedAt = null;
      break;
    case 'EMERGENCY_PROTECT':
      state.emergencyProtectedAt = a.at;
      break;
    case 'DRAFT_PLAN':
      draftPlan(state, d);
      break;
    case 'APPROVE_PLAN':
      for (const t of state.tasks)
        if (t.planVersion === state.planVersion && t.status === 'planned') t.status = 'pending';
      break;
    case 'TASK_ACCEPT':
      setTask(state, d, 'accepted', a.at);
      break;
    case 'TASK_DECLINE':
      setTask(state, d, 'declined', a.at);
      break;
    case 'TASK_DONE':
      setTask(state, d, 'done', a.at);
      break;
    case 'TASK_REASSIGN': {
      const t = state.tasks.find((x) => x.taskId === d.taskId);
      if (t) Object.assign(t, { agencyId: str(d.agencyId), dueDate: str(d.dueDate), status: 'pending' });
      break;
    }
    case 'REVIEW':
      state.lastReviewRecommendation = d.recommendation === 'replan' ? 'replan' : 'close';
      break;
    case 'CLOSE':
      state.closedAt = a.at;
      // A closed case asks nothing more of the agencies: unfinished tasks leave their lists (and their reach).
      for (const t of state.tasks)
        if (t.status !== 'done' && t.status !== 'cancelled') t.status = 'cancelled';
      break;
    case 'VERIFY':
      if (state.status === 'closed') state.closedAt = a.at;
      break;
    case 'REOPEN':
      // A new cycle: the legal clocks start again from the re-opening.
      state.closedAt = null;
      state.cycleStartedAt = a.at;
      state.emergencyNeeded = null;
      state.emergencyProtectedAt = null;
      state.lastReviewRecommendation = null;
      state.marks = { REOPEN: a.at };
      break;
    case 'TRANSFER':
      state.transferredTo = str(d.toCommuneCode);
      break;
    case 'LINK_CHILD':
      state.childId = str(d.childId);
      break;
    case 'FLAG_OVERDUE':
      state.flagged.add(flagKey(d.clock as ClockKind, str(d.dueAt), strOrNull(d.taskId)));
      break;
    case 'ACKNOWLEDGE':
    case 'ASSESS_NEEDS':
    case 'RETURN_PLAN':
    case 'NOTE':
    case 'REPLAN':
      break;
  }
}

function draftPlan(state: CaseState, d: Record<string, unknown>): void {
  // A new draft replaces the tasks of the previous draft or plan that were not done.
  for (const t of state.tasks) if (t.status !== 'done' && t.status !== 'cancelled') t.status = 'cancelled';
  state.planVersion += 1;
  const tasks = Array.isArray(d.tasks) ? (d.tasks as Record<string, unknown>[]) : [];
  for (const t of tasks)
    state.tasks.push({
      taskId: str(t.taskId),
      measure: str(t.measure),
      agencyId: strOrNull(t.agencyId),
      dueDate: str(t.dueDate),
      planVersion: state.planVersion,
      status: 'planned',
      doneAt: null,
    });
}

function setTask(state: CaseState, d: Record<string, unknown>, status: TaskStatus, at: string): void {
  const t = state.tasks.find((x) => x.taskId === d.taskId);
  if (!t) return;
  t.status = status;
  if (status === 'done') t.doneAt = at;
}

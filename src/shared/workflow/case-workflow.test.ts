import { describe, expect, it } from 'vitest';
import type { CaseActionInput } from '../domain/CaseAction';
import { actionDataProblem, allowedActions, USER_ACTION_TYPES, type CaseActor } from './allowed-actions';
import { CASE_STATUSES, type ActorKind, type CaseStatus } from './case-workflow';
import type { CaseState, TaskState } from './derive-case-state';

/**
 * Who may take which step from which status, written out by hand from domain.md §2.2 (Nghị định 56 Điều 25–32) —
 * deliberately NOT derived from ACTION_RULES, so that a change of the rules must be a change of this table too.
 *  - the commune child-protection worker (officer) verifies, assesses (Mẫu 02, 03), drafts the plan (Mẫu 04),
 *    follows the tasks, reviews (Mẫu 06); the chairman decides emergency measures (Mẫu 07), approves or returns the
 *    plan (Mẫu 05) and closes; both acknowledge, note, re-plan after a review, re-open and link the register child;
 *  - the province supervises: notes and transfers; a partner agency acts only on its own tasks of the approved plan;
 *  - closing is possible before the assessment only for an unfounded or duplicate report (received, verified).
 */
type Row = Partial<Record<ActorKind, readonly string[]>>;
const COMMUNE = ['NOTE', 'TRANSFER', 'LINK_CHILD'];
const CHAIR = ['NOTE', 'LINK_CHILD'];
const PROVINCE = ['NOTE', 'TRANSFER'];

const EXPECTED: Record<string, Row> = {
  received: {
    officer: ['ACKNOWLEDGE', 'VERIFY', ...COMMUNE],
    chairman: ['ACKNOWLEDGE', 'CLOSE', ...CHAIR],
    province: PROVINCE,
  },
  verified: { officer: ['ASSESS_INITIAL', ...COMMUNE], chairman: ['CLOSE', ...CHAIR], province: PROVINCE },
  'initial_assessed (emergency needed)': {
    officer: COMMUNE,
    chairman: ['EMERGENCY_PROTECT', ...CHAIR],
    province: PROVINCE,
  },
  'initial_assessed (no emergency)': {
    officer: ['ASSESS_NEEDS', ...COMMUNE],
    chairman: CHAIR,
    province: PROVINCE,
  },
  emergency_protected: { officer: ['ASSESS_NEEDS', ...COMMUNE], chairman: CHAIR, province: PROVINCE },
  needs_assessed: { officer: ['DRAFT_PLAN', ...COMMUNE], chairman: CHAIR, province: PROVINCE },
  plan_drafted: { officer: COMMUNE, chairman: ['RETURN_PLAN', 'APPROVE_PLAN', ...CHAIR], province: PROVINCE },
  in_progress: {
    officer: ['TASK_ACCEPT', 'TASK_DECLINE', 'TASK_DONE', 'TASK_REASSIGN', 'REVIEW', ...COMMUNE],
    chairman: CHAIR,
    province: PROVINCE,
    partner: ['TASK_ACCEPT', 'TASK_DECLINE', 'TASK_DONE', 'NOTE'],
  },
  reviewed: {
    officer: ['REPLAN', ...COMMUNE],
    chairman: ['REPLAN', 'CLOSE', ...CHAIR],
    province: PROVINCE,
    partner: ['NOTE'],
  },
  replanning: {
    officer: ['ASSESS_NEEDS', ...COMMUNE],
    chairman: CHAIR,
    province: PROVINCE,
    partner: ['NOTE'],
  },
  closed: { officer: ['REOPEN'], chairman: ['REOPEN'] },
};

const AGENCY = 'a0000000-0000-4000-8000-000000000001';
const OTHER_AGENCY = 'a0000000-0000-4000-8000-000000000002';
const AT = '2026-03-02T01:00:00.000Z';

const task = (taskId: string, status: TaskState['status'], agencyId = AGENCY): TaskState => ({
  taskId,
  measure: 'medical_care',
  agencyId,
  dueDate: '2026-03-31',
  planVersion: 1,
  status,
  doneAt: status === 'done' ? AT : null,
});
const T = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
/** The agency's tasks in every state an approved plan can hold, and one task of another agency. */
const LIVE_TASKS = [
  task(T(1), 'pending'),
  task(T(2), 'accepted'),
  task(T(3), 'declined'),
  task(T(4), 'done'),
  task(T(5), 'pending', OTHER_AGENCY),
];

/** A state at a status as the procedure leaves it (acknowledged by the commune's first step, tasks of the plan). */
function stateAt(status: CaseStatus, over: Partial<CaseState> = {}): CaseState {
  const planned = ['plan_drafted'].includes(status);
  const live = ['in_progress', 'reviewed', 'replanning'].includes(status);
  return {
    status,
    seq: 5,
    receivedAt: AT,
    cycleStartedAt: AT,
    requiresAck: true,
    handedOverAt: AT,
    acknowledgedAt: status === 'received' ? null : AT,
    emergencyNeeded: ['received', 'verified'].includes(status) ? null : true,
    emergencyProtectedAt: ['received', 'verified', 'initial_assessed'].includes(status) ? null : AT,
    planVersion: planned || live ? 1 : 0,
    tasks: planned ? [task(T(1), 'planned')] : live ? LIVE_TASKS.map((x) => ({ ...x })) : [],
    reportIds: [],
    childId: null,
    transferredTo: null,
    lastReviewRecommendation: null,
    closedAt: status === 'closed' ? AT : null,
    flagged: new Set(),
    marks: {},
    ...over,
  };
}

const STATES: Record<string, CaseState> = {
  ...Object.fromEntries(CASE_STATUSES.map((s) => [s, stateAt(s)])),
  'initial_assessed (emergency needed)': stateAt('initial_assessed', { emergencyNeeded: true }),
  'initial_assessed (no emergency)': stateAt('initial_assessed', { emergencyNeeded: false }),
};
delete STATES.initial_assessed;

const ACTORS: Record<ActorKind, CaseActor> = {
  officer: { kind: 'officer' },
  chairman: { kind: 'chairman' },
  province: { kind: 'province' },
  partner: { kind: 'partner', agencyId: AGENCY },
  system: { kind: 'system' },
};

describe('allowedActions: every status × every action × every actor, against the hand-written table', () => {
  it('covers every status', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(STATES).sort());
  });
  const cases = Object.keys(STATES).flatMap((name) =>
    (Object.keys(ACTORS) as ActorKind[]).map((actor) => [name, actor] as const),
  );
  it.each(cases)('%s, %s', (name, actor) => {
    const state = STATES[name] as CaseState;
    const allowed = allowedActions(state, ACTORS[actor]);
    const expected = new Set(EXPECTED[name]?.[actor] ?? []);
    for (const type of USER_ACTION_TYPES)
      expect(allowed.includes(type), `${type} by ${actor} from ${name}`).toBe(expected.has(type));
  });
});

describe('allowedActions: the guards on the case’s data', () => {
  it('acknowledges once, links a register child once', () => {
    const acked = stateAt('received', { acknowledgedAt: AT, childId: T(9) });
    expect(allowedActions(acked, ACTORS.officer)).toEqual(['VERIFY', 'NOTE', 'TRANSFER']);
  });

  it('gives a partner nothing on a case where its agency has no live task', () => {
    const other: CaseActor = { kind: 'partner', agencyId: T(8) };
    expect(allowedActions(stateAt('in_progress'), other)).toEqual([]);
    const cancelled = stateAt('in_progress', { tasks: [task(T(1), 'cancelled')] });
    expect(allowedActions(cancelled, ACTORS.partner)).toEqual([]);
  });

  it('narrows the task steps to the states of the agency’s own tasks', () => {
    const declinedOnly = stateAt('in_progress', { tasks: [task(T(3), 'declined')] });
    expect(allowedActions(declinedOnly, ACTORS.partner)).toEqual(['NOTE']);
    expect(allowedActions(declinedOnly, ACTORS.officer)).toContain('TASK_REASSIGN');
    const acceptedOnly = stateAt('in_progress', { tasks: [task(T(2), 'accepted')] });
    expect(allowedActions(acceptedOnly, ACTORS.partner)).toEqual(['TASK_DONE', 'NOTE']);
    expect(allowedActions(acceptedOnly, ACTORS.officer)).not.toContain('TASK_REASSIGN');
  });
});

describe('actionDataProblem', () => {
  const input = (type: string, data: Record<string, unknown>, text: Record<string, unknown> = {}) =>
    ({ type, transactionId: T(7), data, text }) as CaseActionInput;
  const s = stateAt('in_progress');

  it('lets a partner act only on its own task in the right state', () => {
    expect(actionDataProblem(s, ACTORS.partner, input('TASK_ACCEPT', { taskId: T(1) }))).toBeNull();
    expect(actionDataProblem(s, ACTORS.partner, input('TASK_ACCEPT', { taskId: T(5) }))).toBe(
      'case.taskNotActionable',
    );
    expect(actionDataProblem(s, ACTORS.officer, input('TASK_ACCEPT', { taskId: T(5) }))).toBeNull();
    expect(actionDataProblem(s, ACTORS.partner, input('TASK_DONE', { taskId: T(2) }))).toBeNull();
    expect(actionDataProblem(s, ACTORS.partner, input('TASK_DONE', { taskId: T(4) }))).toBe(
      'case.taskNotActionable',
    );
    expect(actionDataProblem(s, ACTORS.officer, input('TASK_REASSIGN', { taskId: T(1) }))).toBe(
      'case.taskNotActionable',
    );
    expect(actionDataProblem(s, ACTORS.officer, input('TASK_REASSIGN', { taskId: T(3) }))).toBeNull();
  });

  it('wants plan tasks with fresh, distinct ids, each with its description', () => {
    const plan = (ids: string[], texts = ids) =>
      input(
        'DRAFT_PLAN',
        { tasks: ids.map((taskId) => ({ taskId })) },
        { tasks: texts.map((taskId) => ({ taskId, description: 'x' })) },
      );
    const ns = stateAt('needs_assessed', { tasks: [task(T(1), 'cancelled')] });
    expect(actionDataProblem(ns, ACTORS.officer, plan([T(6), T(7)]))).toBeNull();
    expect(actionDataProblem(ns, ACTORS.officer, plan([T(6), T(6)]))).toBe('case.planTasksInvalid');
    expect(actionDataProblem(ns, ACTORS.officer, plan([T(1)]))).toBe('case.planTasksInvalid');
    expect(actionDataProblem(ns, ACTORS.officer, plan([T(6), T(7)], [T(6)]))).toBe('case.planTasksInvalid');
  });

  it('refuses a transfer to the commune the case was just transferred to', () => {
    const moved = stateAt('verified', { transferredTo: '22366' });
    const to = (code: string) => input('TRANSFER', { toCommuneCode: code }, { reason: 'x' });
    expect(actionDataProblem(moved, ACTORS.officer, to('22366'))).toBe('case.transferSameCommune');
    expect(actionDataProblem(moved, ACTORS.officer, to('22333'))).toBeNull();
  });
});

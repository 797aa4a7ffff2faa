import { describe, expect, it } from 'vitest';
import type { ActorKind, CaseActionType } from './case-workflow';
import { deriveCaseState, flagKey, type WorkflowAction } from './derive-case-state';

/** Sample histories replayed into a state (the single definition of what the actions mean). */
const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';
const T3 = '00000000-0000-4000-8000-000000000003';
const POLICE = 'a0000000-0000-4000-8000-000000000001';
const HEALTH = 'a0000000-0000-4000-8000-000000000002';

/** Builds a history: each step one hour after the previous one, by the actor the procedure names. */
function history(...steps: [CaseActionType, Record<string, unknown>?, ActorKind?][]): WorkflowAction[] {
  const start = Date.parse('2026-03-02T01:00:00Z');
  return steps.map(([type, data = {}, actorKind], seq) => ({
    seq,
    type,
    at: new Date(start + seq * 3_600_000).toISOString(),
    actorKind: actorKind ?? (type === 'RECEIVE' || type === 'LINK_REPORT' ? 'system' : 'officer'),
    data,
  }));
}
const at = (h: WorkflowAction[], seq: number) => h[seq]?.at;

const RECEIVE: [CaseActionType, Record<string, unknown>, ActorKind] = [
  'RECEIVE',
  { reportId: 'r1', requiresAcknowledgement: true },
  'system',
];
const VERIFY: [CaseActionType, Record<string, unknown>] = ['VERIFY', { outcome: 'confirmed' }];
const serious: [CaseActionType, Record<string, unknown>] = [
  'ASSESS_INITIAL',
  { riskLevel: 'serious', caregiverIsPerpetrator: false },
];
const low: [CaseActionType, Record<string, unknown>] = [
  'ASSESS_INITIAL',
  { riskLevel: 'low', caregiverIsPerpetrator: false },
];
const plan = (...tasks: [string, string | null][]): [CaseActionType, Record<string, unknown>] => [
  'DRAFT_PLAN',
  {
    tasks: tasks.map(([taskId, agencyId]) => ({
      taskId,
      measure: 'medical_care',
      agencyId,
      dueDate: '2026-03-31',
    })),
  },
];
const APPROVE: [CaseActionType, Record<string, unknown>, ActorKind] = ['APPROVE_PLAN', {}, 'chairman'];

describe('deriveCaseState', () => {
  it('needs RECEIVE first', () => {
    expect(() => deriveCaseState([])).toThrow();
    expect(() => deriveCaseState(history(VERIFY))).toThrow();
  });

  it('walks the emergency path: serious risk → emergency protection → assessment of needs', () => {
    const h = history(RECEIVE, VERIFY, serious, ['EMERGENCY_PROTECT', {}, 'chairman'], ['ASSESS_NEEDS']);
    expect(deriveCaseState(h.slice(0, 3))).toMatchObject({
      status: 'initial_assessed',
      emergencyNeeded: true,
    });
    expect(deriveCaseState(h)).toMatchObject({
      status: 'needs_assessed',
      seq: 5,
      emergencyNeeded: true,
      emergencyProtectedAt: at(h, 3),
      reportIds: ['r1'],
      requiresAck: true,
      acknowledgedAt: at(h, 1),
    });
  });

  it('needs no emergency for a low risk, but does when the caregiver is the perpetrator', () => {
    expect(deriveCaseState(history(RECEIVE, VERIFY, low))).toMatchObject({ emergencyNeeded: false });
    const caregiver = history(RECEIVE, VERIFY, [
      'ASSESS_INITIAL',
      { riskLevel: 'low', caregiverIsPerpetrator: true },
    ]);
    expect(deriveCaseState(caregiver)).toMatchObject({ emergencyNeeded: true, emergencyProtectedAt: null });
  });

  it('closes an unfounded report at verification', () => {
    const h = history(RECEIVE, ['VERIFY', { outcome: 'unfounded' }]);
    expect(deriveCaseState(h)).toMatchObject({ status: 'closed', closedAt: at(h, 1) });
  });

  it('is acknowledged by the commune only, and collects linked reports and flags', () => {
    const h = history(
      RECEIVE,
      ['NOTE', {}, 'province'],
      ['LINK_REPORT', { reportId: 'r2' }],
      ['FLAG_OVERDUE', { clock: 'acknowledge', dueAt: '2026-03-02T05:00:00Z', taskId: null }, 'system'],
      ['ACKNOWLEDGE', {}, 'chairman'],
    );
    const s = deriveCaseState(h.slice(0, 4));
    expect(s).toMatchObject({ status: 'received', acknowledgedAt: null, reportIds: ['r1', 'r2'] });
    expect(s.flagged.has(flagKey('acknowledge', '2026-03-02T05:00:00.000Z', null))).toBe(true);
    expect(deriveCaseState(h)).toMatchObject({ status: 'received', acknowledgedAt: at(h, 4) });
  });

  it('follows the tasks: planned, pending when approved, accepted, declined and reassigned, done', () => {
    const h = history(
      RECEIVE,
      VERIFY,
      low,
      ['ASSESS_NEEDS'],
      plan([T1, POLICE], [T2, POLICE]),
      APPROVE,
      ['TASK_ACCEPT', { taskId: T1 }, 'partner'],
      ['TASK_DECLINE', { taskId: T2 }, 'partner'],
      ['TASK_REASSIGN', { taskId: T2, agencyId: HEALTH, dueDate: '2026-04-15' }],
      ['TASK_DONE', { taskId: T1 }, 'partner'],
    );
    expect(deriveCaseState(h.slice(0, 5)).tasks.map((t) => t.status)).toEqual(['planned', 'planned']);
    expect(deriveCaseState(h.slice(0, 6)).tasks.map((t) => t.status)).toEqual(['pending', 'pending']);
    expect(deriveCaseState(h.slice(0, 8)).tasks.map((t) => t.status)).toEqual(['accepted', 'declined']);
    const s = deriveCaseState(h);
    expect(s.status).toBe('in_progress');
    expect(s.tasks).toEqual([
      expect.objectContaining({ taskId: T1, status: 'done', doneAt: at(h, 9), agencyId: POLICE }),
      expect.objectContaining({ taskId: T2, status: 'pending', agencyId: HEALTH, dueDate: '2026-04-15' }),
    ]);
  });

  it('loops through a re-plan: the new plan cancels the unfinished tasks, a returned draft is redone', () => {
    const h = history(
      RECEIVE,
      VERIFY,
      low,
      ['ASSESS_NEEDS'],
      plan([T1, POLICE], [T2, POLICE]),
      APPROVE,
      ['TASK_DONE', { taskId: T1 }],
      ['REVIEW', { recommendation: 'replan' }],
      ['REPLAN', {}, 'chairman'],
      ['ASSESS_NEEDS'],
      plan([T3, HEALTH]),
      ['RETURN_PLAN', {}, 'chairman'],
    );
    expect(deriveCaseState(h.slice(0, 8))).toMatchObject({
      status: 'reviewed',
      lastReviewRecommendation: 'replan',
    });
    expect(deriveCaseState(h.slice(0, 9)).status).toBe('replanning');
    const s = deriveCaseState(h);
    expect(s).toMatchObject({ status: 'needs_assessed', planVersion: 2 });
    expect(s.tasks.map((t) => [t.taskId, t.status, t.planVersion])).toEqual([
      [T1, 'done', 1],
      [T2, 'cancelled', 1],
      [T3, 'planned', 2],
    ]);
  });

  it('cancels the unfinished tasks on closing, and re-opens a closed case into a new cycle', () => {
    const h = history(
      RECEIVE,
      VERIFY,
      serious,
      ['EMERGENCY_PROTECT', {}, 'chairman'],
      ['ASSESS_NEEDS'],
      plan([T1, POLICE], [T2, POLICE]),
      APPROVE,
      ['TASK_DONE', { taskId: T1 }],
      ['REVIEW', { recommendation: 'close' }],
      ['CLOSE', { reason: 'goals_met' }, 'chairman'],
      ['REOPEN', {}, 'chairman'],
    );
    const closed = deriveCaseState(h.slice(0, 10));
    expect(closed).toMatchObject({ status: 'closed', closedAt: at(h, 9), lastReviewRecommendation: 'close' });
    expect(closed.tasks.map((t) => t.status)).toEqual(['done', 'cancelled']);
    const s = deriveCaseState(h);
    expect(s).toMatchObject({
      status: 'verified',
      closedAt: null,
      cycleStartedAt: at(h, 10),
      emergencyNeeded: null,
      emergencyProtectedAt: null,
      lastReviewRecommendation: null,
      marks: { REOPEN: at(h, 10) },
    });
  });

  it('keeps the status through a transfer and a link to the register', () => {
    const h = history(
      RECEIVE,
      VERIFY,
      ['TRANSFER', { toCommuneCode: '22366' }],
      ['LINK_CHILD', { childId: T3 }],
    );
    expect(deriveCaseState(h)).toMatchObject({ status: 'verified', transferredTo: '22366', childId: T3 });
  });
});

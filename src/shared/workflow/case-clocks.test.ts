import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar/working-calendar';
import { caseClocks, clockState, nextDeadline, nextSweep, type CaseClock } from './case-clocks';
import type { ActorKind, CaseActionType, ClockKind } from './case-workflow';
import { deriveCaseState, type WorkflowAction } from './derive-case-state';

/** The legal clocks of a case, with the real working-day calendar (weekends, Tết, overrides). */
const calendar = createWorkingCalendar([]);
const settings = { acknowledgeHours: 4 };
const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';

/** An instant at a Vietnam wall-clock time. */
const vn = (date: string, time = '10:00') => new Date(`${date}T${time}:00+07:00`).toISOString();
/** The end (24:00 Vietnam time) of a day. */
const endOf = (date: string) => `${date}T17:00:00.000Z`;

type Step = [CaseActionType, string, Record<string, unknown>?, ActorKind?];
function clocksOf(steps: Step[], cal = calendar): CaseClock[] {
  const actions: WorkflowAction[] = steps.map(([type, at, data = {}, actorKind = 'officer'], seq) => ({
    seq,
    type,
    at,
    actorKind,
    data,
  }));
  return caseClocks(deriveCaseState(actions), cal, settings);
}
const clock = (cs: CaseClock[], kind: ClockKind, taskId: string | null = null) =>
  cs.find((c) => c.kind === kind && c.taskId === taskId);
const receive = (at: string, ack = false): Step => [
  'RECEIVE',
  at,
  { requiresAcknowledgement: ack },
  'system',
];
const lowRisk = { riskLevel: 'low', caregiverIsPerpetrator: false };
const seriousRisk = { riskLevel: 'serious', caregiverIsPerpetrator: true };

describe('the 12-hour emergency clock (Nghị định 56 Điều 26 khoản 3)', () => {
  const received = vn('2026-03-07', '20:00'); // a Saturday evening: hours, not working days

  it('runs 12 hours from receipt, weekend or not', () => {
    const c = clock(clocksOf([receive(received)]), 'emergency_12h');
    expect(c).toMatchObject({ startedAt: received, dueAt: vn('2026-03-08', '08:00'), stoppedAt: null });
    expect(clockState(c as CaseClock, new Date(vn('2026-03-08', '07:59')))).toBe('running');
    expect(clockState(c as CaseClock, new Date(vn('2026-03-08', '08:01')))).toBe('overdue');
  });

  it('stops at an initial assessment that finds no emergency', () => {
    const steps: Step[] = [receive(received), ['VERIFY', vn('2026-03-07', '21:00')]];
    const c = clock(
      clocksOf([...steps, ['ASSESS_INITIAL', vn('2026-03-07', '22:00'), lowRisk]]),
      'emergency_12h',
    );
    expect(c?.stoppedAt).toBe(vn('2026-03-07', '22:00'));
    expect(clockState(c as CaseClock, new Date(vn('2026-03-09')))).toBe('met');
  });

  it('keeps running when an emergency is needed, until the measures; late when after 12 hours', () => {
    const steps: Step[] = [
      receive(received),
      ['VERIFY', vn('2026-03-07', '21:00')],
      ['ASSESS_INITIAL', vn('2026-03-07', '22:00'), seriousRisk],
    ];
    expect(clock(clocksOf(steps), 'emergency_12h')?.stoppedAt).toBeNull();
    const late = clock(
      clocksOf([...steps, ['EMERGENCY_PROTECT', vn('2026-03-08', '09:00'), {}, 'chairman']]),
      'emergency_12h',
    );
    expect(clockState(late as CaseClock, new Date(vn('2026-03-09')))).toBe('late');
  });
});

describe('the working-day clocks', () => {
  /** Received, verified and assessed in the three hours before the assessment of needs at `at`. */
  const toNeeds = (at: string): Step[] => {
    const before = (h: number) => new Date(Date.parse(at) - h * 3_600_000).toISOString();
    return [
      receive(before(3)),
      ['VERIFY', before(2)],
      ['ASSESS_INITIAL', before(1), lowRisk],
      ['ASSESS_NEEDS', at],
    ];
  };

  it('gives the plan 5 working days across a weekend', () => {
    // Friday 10 October 2025 → Monday 13 … Friday 17.
    const c = clock(clocksOf(toNeeds(vn('2025-10-10'))), 'plan_5wd');
    expect(c).toMatchObject({ startedAt: vn('2025-10-10'), dueAt: endOf('2025-10-17'), stoppedAt: null });
  });

  it('skips Tết 2026 (16–20 February) for the plan and for the approval', () => {
    expect(clock(clocksOf(toNeeds(vn('2026-02-13'))), 'plan_5wd')?.dueAt).toBe(endOf('2026-02-27'));
    const drafted = clocksOf([...toNeeds(vn('2026-02-11')), ['DRAFT_PLAN', vn('2026-02-12'), { tasks: [] }]]);
    expect(clock(drafted, 'plan_5wd')?.stoppedAt).toBe(vn('2026-02-12'));
    // Thursday 12 February: 13, then 23, 24, 25, 26, 27 and Monday 2 March.
    expect(clock(drafted, 'approval_7wd')?.dueAt).toBe(endOf('2026-03-02'));
  });

  it('skips a compensatory day off kept as an override', () => {
    // Giỗ Tổ 2026 falls on Sunday 26 April; Monday 27 is the day in lieu. 30/4, 1/5 and the weekend are off too.
    const compensated = createWorkingCalendar([
      { date: '2026-04-27', kind: 'day_off', nameVi: 'Nghỉ bù Giỗ Tổ', nameEn: "Hung Kings' day in lieu" },
    ]);
    expect(clock(clocksOf(toNeeds(vn('2026-04-24'))), 'plan_5wd')?.dueAt).toBe(endOf('2026-05-05'));
    expect(clock(clocksOf(toNeeds(vn('2026-04-24')), compensated), 'plan_5wd')?.dueAt).toBe(
      endOf('2026-05-06'),
    );
  });

  it('gives each task of the approved plan its own due date; a declined task stops its clock', () => {
    const tasks = [T1, T2].map((taskId) => ({
      taskId,
      measure: 'medical_care',
      agencyId: null,
      dueDate: '2026-01-20',
    }));
    const cs = clocksOf([
      ...toNeeds(vn('2026-01-06')),
      ['DRAFT_PLAN', vn('2026-01-07'), { tasks }],
      ['APPROVE_PLAN', vn('2026-01-08'), {}, 'chairman'],
      ['TASK_DECLINE', vn('2026-01-09'), { taskId: T2 }, 'partner'],
    ]);
    expect(clock(cs, 'approval_7wd')?.stoppedAt).toBe(vn('2026-01-08'));
    expect(clock(cs, 'task', T1)).toMatchObject({ dueAt: endOf('2026-01-20'), stoppedAt: null });
    expect(clock(cs, 'task', T2)?.stoppedAt).toBe(vn('2026-01-08'));
  });
});

describe('the acknowledgement clock, the next deadline and the next sweep', () => {
  it('gives a hotline transfer the configured hours to be acknowledged', () => {
    const received = vn('2026-03-02', '09:00');
    const open = clock(clocksOf([receive(received, true)]), 'acknowledge');
    expect(open).toMatchObject({ dueAt: vn('2026-03-02', '13:00'), stoppedAt: null });
    const acked = clock(
      clocksOf([receive(received, true), ['ACKNOWLEDGE', vn('2026-03-02', '10:00'), {}, 'chairman']]),
      'acknowledge',
    );
    expect(acked?.stoppedAt).toBe(vn('2026-03-02', '10:00'));
    expect(clock(clocksOf([receive(received)]), 'acknowledge')).toBeUndefined();
  });

  it('counts the acknowledgement from the hand-over, the 12 hours from the call', () => {
    const call = vn('2026-03-02', '09:00');
    const handedOver = vn('2026-03-02', '15:00');
    const cs = clocksOf([
      ['RECEIVE', call, { requiresAcknowledgement: true, handedOverAt: handedOver }, 'system'],
    ]);
    expect(clock(cs, 'acknowledge')).toMatchObject({
      startedAt: handedOver,
      dueAt: vn('2026-03-02', '19:00'),
    });
    expect(clock(cs, 'emergency_12h')?.dueAt).toBe(vn('2026-03-02', '21:00'));
  });

  it('drops a flagged deadline from the next sweep but keeps it as the next deadline', () => {
    const received = vn('2026-03-02', '09:00');
    const steps: Step[] = [receive(received, true)];
    const before = clocksOf(steps);
    expect(nextDeadline(before)).toMatchObject({ kind: 'acknowledge', flagged: false });
    expect(nextSweep(before)?.kind).toBe('acknowledge');
    const flag: Step = [
      'FLAG_OVERDUE',
      vn('2026-03-02', '13:05'),
      { clock: 'acknowledge', dueAt: vn('2026-03-02', '13:00'), taskId: null },
      'system',
    ];
    const after = clocksOf([...steps, flag]);
    expect(nextDeadline(after)).toMatchObject({ kind: 'acknowledge', flagged: true });
    expect(nextSweep(after)).toMatchObject({ kind: 'emergency_12h', dueAt: vn('2026-03-02', '21:00') });
  });

  it('stops every clock when the case closes', () => {
    const cs = clocksOf([
      receive(vn('2026-03-02')),
      ['VERIFY', vn('2026-03-02', '11:00'), { outcome: 'unfounded' }],
    ]);
    expect(cs.every((c) => c.stoppedAt !== null)).toBe(true);
    expect(nextDeadline(cs)).toBeNull();
    expect(nextSweep(cs)).toBeNull();
  });
});

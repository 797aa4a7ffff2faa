import type { ClockKind } from './case-workflow';
import { flagKey, type CaseState } from './derive-case-state';

/** The part of the working-day calendar (calendar/working-calendar.ts) the clocks need. */
export type DeadlineCalendar = { addWorkingDays(from: Date, n: number): Date };

export type ClockSettings = {
  /** Hours a commune has to acknowledge a hotline transfer before it is escalated (TREEM_ACK_HOURS). */
  acknowledgeHours: number;
};

export type ClockState = 'running' | 'overdue' | 'met' | 'late';
export type CaseClock = {
  kind: ClockKind;
  taskId: string | null;
  startedAt: string;
  dueAt: string;
  stoppedAt: string | null;
  /** Whether the sweeper has already flagged this deadline (FLAG_OVERDUE). */
  flagged: boolean;
};

const HOUR = 3_600_000;
/** Nghị định 56/2017/NĐ-CP Điều 26 khoản 3: emergency measures within 12 hours of receiving the information. */
export const EMERGENCY_HOURS = 12;
/** Nghị định 56/2017/NĐ-CP Điều 28 khoản 1: the plan within 05 working days (domain.md §2.2 [S13]). */
export const PLAN_WORKING_DAYS = 5;
/** TTHC 2.001947 "Phê duyệt kế hoạch hỗ trợ, can thiệp": 07 working days (domain.md §2.2 [S20]). */
export const APPROVAL_WORKING_DAYS = 7;

const iso = (d: Date) => d.toISOString();
const after = (a: string | undefined, b: string): a is string => a !== undefined && a >= b;

/** End of a due date in Vietnam time (24:00 UTC+7 = 17:00Z of that date). */
export function endOfVnDay(date: string): string {
  return `${date}T17:00:00.000Z`;
}

/**
 * The legal clocks of the current cycle of a case, derived from its state (architecture.md convention 2: deadlines
 * are derived, never stored as truth). A clock stops when the step it waits for is taken, or when the case closes.
 */
export function caseClocks(s: CaseState, calendar: DeadlineCalendar, settings: ClockSettings): CaseClock[] {
  const clocks: CaseClock[] = [];
  const m = s.marks;
  const closed = s.closedAt;
  const add = (
    kind: ClockKind,
    startedAt: string,
    due: Date,
    stoppedAt: string | null,
    taskId: string | null = null,
  ) => {
    const dueAt = iso(due);
    clocks.push({
      kind,
      taskId,
      startedAt: iso(new Date(startedAt)),
      dueAt,
      stoppedAt: stoppedAt ?? closed,
      flagged: s.flagged.has(flagKey(kind, dueAt, taskId)),
    });
  };
  const start = s.cycleStartedAt;

  if (s.requiresAck && !m.REOPEN)
    add(
      'acknowledge',
      s.handedOverAt,
      new Date(Date.parse(s.handedOverAt) + settings.acknowledgeHours * HOUR),
      s.acknowledgedAt,
    );

  // 12 hours from receipt: stopped by an initial assessment that finds no emergency, or by the emergency measures.
  const emergencyStop =
    s.emergencyNeeded === false
      ? (m.ASSESS_INITIAL ?? null)
      : s.emergencyNeeded === true
        ? s.emergencyProtectedAt
        : null;
  add('emergency_12h', start, new Date(Date.parse(start) + EMERGENCY_HOURS * HOUR), emergencyStop);

  if (after(m.ASSESS_NEEDS, start)) {
    const drafted = after(m.DRAFT_PLAN, m.ASSESS_NEEDS) ? m.DRAFT_PLAN : null;
    add(
      'plan_5wd',
      m.ASSESS_NEEDS,
      calendar.addWorkingDays(new Date(m.ASSESS_NEEDS), PLAN_WORKING_DAYS),
      drafted,
    );
  }
  if (after(m.DRAFT_PLAN, start)) {
    const approved = after(m.APPROVE_PLAN, m.DRAFT_PLAN) ? m.APPROVE_PLAN : null;
    const returned = after(m.RETURN_PLAN, m.DRAFT_PLAN) ? m.RETURN_PLAN : null;
    add(
      'approval_7wd',
      m.DRAFT_PLAN,
      calendar.addWorkingDays(new Date(m.DRAFT_PLAN), APPROVAL_WORKING_DAYS),
      approved ?? returned,
    );
  }
  const approvedAt = m.APPROVE_PLAN;
  if (approvedAt)
    for (const t of s.tasks) {
      if (t.planVersion !== s.planVersion || t.status === 'planned' || t.status === 'cancelled') continue;
      const stopped = t.status === 'done' ? t.doneAt : t.status === 'declined' ? approvedAt : null;
      add('task', approvedAt, new Date(endOfVnDay(t.dueDate)), stopped, t.taskId);
    }
  return clocks;
}

export function clockState(c: CaseClock, now: Date): ClockState {
  if (c.stoppedAt) return c.stoppedAt <= c.dueAt ? 'met' : 'late';
  return now.toISOString() <= c.dueAt ? 'running' : 'overdue';
}

/** The earliest deadline still running: the queue's "due soon / overdue" (cases.next_due_at). */
export function nextDeadline(clocks: readonly CaseClock[]): CaseClock | null {
  return earliest(clocks.filter((c) => c.stoppedAt === null));
}

/** The earliest running deadline not yet flagged: when the sweeper must look at the case again (cases.sweep_at). */
export function nextSweep(clocks: readonly CaseClock[]): CaseClock | null {
  return earliest(clocks.filter((c) => c.stoppedAt === null && !c.flagged));
}

function earliest(clocks: readonly CaseClock[]): CaseClock | null {
  let best: CaseClock | null = null;
  for (const c of clocks) if (!best || c.dueAt < best.dueAt) best = c;
  return best;
}

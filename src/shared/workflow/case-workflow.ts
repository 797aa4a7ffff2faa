/**
 * The support and intervention procedure of Nghị định 56/2017/NĐ-CP Chương III (Điều 25–32) as an explicit state
 * machine (architecture.md convention 2; domain.md §2.2). A case is a list of append-only actions; its status is
 * derived (derive-case-state.ts). This file is the single table of which action is allowed from which status and
 * by whom: the server enforces it and the web app shows exactly these buttons.
 */

export const CASE_STATUSES = [
  'received', // Điều 25: information received (Mẫu 01)
  'verified', // Điều 25 khoản 2: checked as credible
  'initial_assessed', // Điều 26 khoản 2: initial risk assessment (Mẫu 02)
  'emergency_protected', // Điều 26 khoản 3, Điều 31–32: emergency measures / temporary separation (Mẫu 07)
  'needs_assessed', // Điều 27: specific assessment and case meeting (Mẫu 03 + minutes)
  'plan_drafted', // Điều 28 khoản 1–2: support and intervention plan (Mẫu 04) submitted to the chairman
  'in_progress', // Điều 28–29: plan approved (Mẫu 05), tasks carried out
  'reviewed', // Điều 30: review after the plan (Mẫu 06)
  'replanning', // Điều 30 point c: a new assessment and plan are needed
  'closed', // Điều 30 point b: closed (or closed as unfounded / duplicate)
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => s !== 'closed');

export const CASE_ACTION_TYPES = [
  'RECEIVE', // system: the case is opened by its first report
  'LINK_REPORT', // system: a later report about the same child joins the open case
  'ACKNOWLEDGE', // the commune confirms it has taken the case (stops the hotline transfer clock)
  'VERIFY',
  'ASSESS_INITIAL', // Mẫu 02
  'EMERGENCY_PROTECT', // Mẫu 07
  'ASSESS_NEEDS', // Mẫu 03 and the case meeting minutes
  'DRAFT_PLAN', // Mẫu 04
  'RETURN_PLAN', // the chairman sends the draft back with a reason
  'APPROVE_PLAN', // Mẫu 05
  'TASK_ACCEPT',
  'TASK_DECLINE',
  'TASK_DONE',
  'TASK_REASSIGN', // a declined task given to another agency
  'NOTE', // activity note (Điều 29)
  'REVIEW', // Mẫu 06
  'REPLAN',
  'CLOSE',
  'REOPEN',
  'TRANSFER', // the child moved: the case goes to another commune with its history
  'LINK_CHILD', // a case about an unregistered child is linked to the register
  'FLAG_OVERDUE', // system (sweeper): a legal clock ran out; escalated to the province
] as const;
export type CaseActionType = (typeof CASE_ACTION_TYPES)[number];

/** Who acts: a role seen from the case (the user's role and whether the case is in their jurisdiction). */
export const ACTOR_KINDS = ['officer', 'chairman', 'province', 'partner', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export type ActionRule = {
  /** Statuses the action may start from; 'open' = every status but closed. */
  from: readonly CaseStatus[] | 'open';
  by: readonly ActorKind[];
  /** The official form the action produces, printed from its data. */
  form?: FormCode;
};

export const FORM_CODES = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07'] as const;
export type FormCode = (typeof FORM_CODES)[number];

const officerSteps = ['officer'] as const;
const chairmanSteps = ['chairman'] as const;
const communeStaff = ['officer', 'chairman'] as const;

/**
 * Who may do what, from where. Conditions that depend on the data (emergency needed, task state, the partner's
 * own agency) are checked in allowedActions (derive-case-state.ts).
 */
export const ACTION_RULES = {
  RECEIVE: { from: [], by: ['system'], form: 'M01' },
  LINK_REPORT: { from: 'open', by: ['system'], form: 'M01' },
  ACKNOWLEDGE: { from: 'open', by: communeStaff },
  // Điều 25 khoản 2: the commune where it happened or where the child lives checks the information.
  VERIFY: { from: ['received'], by: officerSteps },
  // Điều 26 khoản 2: the chairman directs the commune child-protection worker to assess (Mẫu 02).
  ASSESS_INITIAL: { from: ['verified'], by: officerSteps, form: 'M02' },
  // Điều 26 khoản 3: the chairman applies emergency measures / temporary separation (Mẫu 07).
  EMERGENCY_PROTECT: { from: ['initial_assessed'], by: chairmanSteps, form: 'M07' },
  // Điều 27: specific assessment by the worker, then the chairman's meeting (Mẫu 03 + minutes).
  ASSESS_NEEDS: {
    from: ['initial_assessed', 'emergency_protected', 'replanning'],
    by: officerSteps,
    form: 'M03',
  },
  // Điều 28 khoản 1–2: the worker drafts the plan and submits it to the chairman (Mẫu 04).
  DRAFT_PLAN: { from: ['needs_assessed'], by: officerSteps, form: 'M04' },
  RETURN_PLAN: { from: ['plan_drafted'], by: chairmanSteps },
  // Điều 28: the chairman's approval decision (Mẫu 05).
  APPROVE_PLAN: { from: ['plan_drafted'], by: chairmanSteps, form: 'M05' },
  TASK_ACCEPT: { from: ['in_progress'], by: ['partner', 'officer'] },
  TASK_DECLINE: { from: ['in_progress'], by: ['partner', 'officer'] },
  TASK_DONE: { from: ['in_progress'], by: ['partner', 'officer'] },
  TASK_REASSIGN: { from: ['in_progress'], by: officerSteps },
  NOTE: { from: 'open', by: ['officer', 'chairman', 'province', 'partner'] },
  // Điều 30: the worker reviews with all participants (Mẫu 06).
  REVIEW: { from: ['in_progress'], by: officerSteps, form: 'M06' },
  REPLAN: { from: ['reviewed'], by: communeStaff },
  // Điều 30 point b: the chairman closes; a report found unfounded or duplicate may be closed before assessment.
  CLOSE: { from: ['received', 'verified', 'reviewed'], by: chairmanSteps },
  REOPEN: { from: ['closed'], by: communeStaff },
  TRANSFER: { from: 'open', by: ['officer', 'province'] },
  LINK_CHILD: { from: 'open', by: communeStaff },
  FLAG_OVERDUE: { from: 'open', by: ['system'] },
} as const satisfies Record<CaseActionType, ActionRule>;

export function rulesAllowFrom(type: CaseActionType, status: CaseStatus): boolean {
  const from: readonly CaseStatus[] | 'open' = ACTION_RULES[type].from;
  return from === 'open' ? status !== 'closed' : from.includes(status);
}

/** The status an action leads to; `same` keeps the status (notes, tasks, transfers, flags). */
export function nextStatus(
  type: CaseActionType,
  status: CaseStatus,
  data: { outcome?: string; emergencyNeeded?: boolean },
): CaseStatus {
  switch (type) {
    case 'RECEIVE':
    case 'REOPEN':
      return type === 'RECEIVE' ? 'received' : 'verified';
    case 'VERIFY':
      return data.outcome === 'unfounded' ? 'closed' : 'verified';
    case 'ASSESS_INITIAL':
      return 'initial_assessed';
    case 'EMERGENCY_PROTECT':
      return 'emergency_protected';
    case 'ASSESS_NEEDS':
    case 'RETURN_PLAN':
      return 'needs_assessed';
    case 'DRAFT_PLAN':
      return 'plan_drafted';
    case 'APPROVE_PLAN':
      return 'in_progress';
    case 'REVIEW':
      return 'reviewed';
    case 'REPLAN':
      return 'replanning';
    case 'CLOSE':
      return 'closed';
    case 'LINK_REPORT':
    case 'ACKNOWLEDGE':
    case 'TASK_ACCEPT':
    case 'TASK_DECLINE':
    case 'TASK_DONE':
    case 'TASK_REASSIGN':
    case 'NOTE':
    case 'TRANSFER':
    case 'LINK_CHILD':
    case 'FLAG_OVERDUE':
      return status;
  }
}

/**
 * The legal clocks of a case (derive-case-state.ts computes them):
 * - acknowledge: a hotline transfer must be acknowledged by the commune within the configured hours (issue #4 item 3);
 * - emergency_12h: Nghị định 56 Điều 26 khoản 3 — emergency measures within 12 hours of receiving the information
 *   when the initial assessment finds serious risk or the caregiver is the perpetrator; it runs from receipt until the
 *   initial assessment (so the risk is known in time) and, when emergency is needed, until the measures are applied;
 * - plan_5wd: Điều 28 khoản 1 — the plan is drafted within 5 working days (from the specific assessment);
 * - approval_7wd: the administrative procedure 2.001947 publishes 7 working days for the approval (domain.md §2.2 [S20]);
 * - task: a plan task's own due date.
 */
export const CLOCK_KINDS = ['acknowledge', 'emergency_12h', 'plan_5wd', 'approval_7wd', 'task'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

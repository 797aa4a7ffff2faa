import type { CaseTaskView } from '../../../shared/domain/Case';
import type { CloseReason, RiskRating } from '../../../shared/domain/CaseAction';
import type {
  HarmEnvironment,
  PerpetratorRelation,
  ReportChannel,
  Urgency,
} from '../../../shared/domain/Report';
import type { Locale } from '../../../shared/i18n/locale';
import { INTERVENTION_MEASURES } from '../../../shared/reference/intervention-measures';
import type { CaseActionType, CaseStatus, ClockKind } from '../../../shared/workflow/case-workflow';
import type { MessageId } from '../../i18n/catalogue';
import type { CaseQueue, CaseViewPurpose } from './cases-api';

/** Words for the coded values of cases (src/shared/domain/Case*.ts, Report.ts), one message id per value. */
export const STATUS_LABEL: Record<CaseStatus, MessageId> = {
  received: 'case.status.received',
  verified: 'case.status.verified',
  initial_assessed: 'case.status.initial_assessed',
  emergency_protected: 'case.status.emergency_protected',
  needs_assessed: 'case.status.needs_assessed',
  plan_drafted: 'case.status.plan_drafted',
  in_progress: 'case.status.in_progress',
  reviewed: 'case.status.reviewed',
  replanning: 'case.status.replanning',
  closed: 'case.status.closed',
};

export const STATUS_COLOR: Record<CaseStatus, string> = {
  received: 'blue',
  verified: 'blue',
  initial_assessed: 'indigo',
  emergency_protected: 'grape',
  needs_assessed: 'indigo',
  plan_drafted: 'yellow',
  in_progress: 'teal',
  reviewed: 'cyan',
  replanning: 'orange',
  closed: 'gray',
};

/** Button and timeline names of every action (the buttons' accessible names are exactly these). */
export const ACTION_LABEL: Record<CaseActionType, MessageId> = {
  RECEIVE: 'case.action.RECEIVE',
  LINK_REPORT: 'case.action.LINK_REPORT',
  ACKNOWLEDGE: 'case.action.ACKNOWLEDGE',
  VERIFY: 'case.action.VERIFY',
  ASSESS_INITIAL: 'case.action.ASSESS_INITIAL',
  EMERGENCY_PROTECT: 'case.action.EMERGENCY_PROTECT',
  ASSESS_NEEDS: 'case.action.ASSESS_NEEDS',
  DRAFT_PLAN: 'case.action.DRAFT_PLAN',
  RETURN_PLAN: 'case.action.RETURN_PLAN',
  APPROVE_PLAN: 'case.action.APPROVE_PLAN',
  TASK_ACCEPT: 'case.action.TASK_ACCEPT',
  TASK_DECLINE: 'case.action.TASK_DECLINE',
  TASK_DONE: 'case.action.TASK_DONE',
  TASK_REASSIGN: 'case.action.TASK_REASSIGN',
  NOTE: 'case.action.NOTE',
  REVIEW: 'case.action.REVIEW',
  REPLAN: 'case.action.REPLAN',
  CLOSE: 'case.action.CLOSE',
  REOPEN: 'case.action.REOPEN',
  TRANSFER: 'case.action.TRANSFER',
  LINK_CHILD: 'case.action.LINK_CHILD',
  FLAG_OVERDUE: 'case.action.FLAG_OVERDUE',
};

/** The label of a value that arrives as a plain string (stored data); undefined for a value the table lacks. */
export function labelOf(
  table: Record<string, MessageId>,
  value: string | null | undefined,
): MessageId | undefined {
  return value === null || value === undefined
    ? undefined
    : (table as Partial<Record<string, MessageId>>)[value];
}

export const CLOCK_LABEL: Record<ClockKind, MessageId> = {
  acknowledge: 'case.clock.acknowledge',
  emergency_12h: 'case.clock.emergency_12h',
  plan_5wd: 'case.clock.plan_5wd',
  approval_7wd: 'case.clock.approval_7wd',
  task: 'case.clock.task',
};

/** The legal basis shown beside each clock (the same citations as src/shared/workflow/case-clocks.ts). */
export const CLOCK_BASIS: Record<ClockKind, MessageId> = {
  acknowledge: 'case.clockBasis.acknowledge',
  emergency_12h: 'case.clockBasis.emergency_12h',
  plan_5wd: 'case.clockBasis.plan_5wd',
  approval_7wd: 'case.clockBasis.approval_7wd',
  task: 'case.clockBasis.task',
};

export const QUEUE_LABEL: Record<CaseQueue, MessageId> = {
  new: 'case.queue.new',
  due_soon: 'case.queue.due_soon',
  overdue: 'case.queue.overdue',
  open: 'case.queue.open',
  closed: 'case.queue.closed',
  all: 'case.queue.all',
};

export const URGENCY_LABEL: Record<Urgency, MessageId> = {
  immediate: 'case.urgency.immediate',
  high: 'case.urgency.high',
  normal: 'case.urgency.normal',
};
export const URGENCY_COLOR: Record<Urgency, string> = { immediate: 'red', high: 'orange', normal: 'gray' };

export const CHANNEL_LABEL: Record<ReportChannel, MessageId> = {
  hotline_111: 'case.channel.hotline_111',
  online: 'case.channel.online',
  walk_in: 'case.channel.walk_in',
  phone_commune: 'case.channel.phone_commune',
  police: 'case.channel.police',
  school: 'case.channel.school',
  health: 'case.channel.health',
  other: 'case.channel.other',
};

export const ENVIRONMENT_LABEL: Record<HarmEnvironment, MessageId> = {
  family: 'case.env.family',
  school: 'case.env.school',
  community: 'case.env.community',
  online: 'case.env.online',
  other: 'case.env.other',
  unknown: 'case.env.unknown',
};

export const PERPETRATOR_LABEL: Record<PerpetratorRelation, MessageId> = {
  parent: 'case.perp.parent',
  step_parent: 'case.perp.step_parent',
  relative: 'case.perp.relative',
  caregiver: 'case.perp.caregiver',
  teacher: 'case.perp.teacher',
  acquaintance: 'case.perp.acquaintance',
  stranger: 'case.perp.stranger',
  other_child: 'case.perp.other_child',
  none: 'case.perp.none',
  unknown: 'case.perp.unknown',
};

export const REPORTER_LABEL: Record<string, MessageId> = {
  child_self: 'case.reporter.child_self',
  parent: 'case.reporter.parent',
  relative: 'case.reporter.relative',
  neighbour: 'case.reporter.neighbour',
  teacher: 'case.reporter.teacher',
  health_worker: 'case.reporter.health_worker',
  police: 'case.reporter.police',
  officer: 'case.reporter.officer',
  other: 'case.reporter.other',
};

export const TASK_STATUS_LABEL: Record<CaseTaskView['status'], MessageId> = {
  planned: 'case.taskStatus.planned',
  pending: 'case.taskStatus.pending',
  accepted: 'case.taskStatus.accepted',
  declined: 'case.taskStatus.declined',
  done: 'case.taskStatus.done',
  cancelled: 'case.taskStatus.cancelled',
};
export const TASK_STATUS_COLOR: Record<CaseTaskView['status'], string> = {
  planned: 'gray',
  pending: 'yellow',
  accepted: 'blue',
  declined: 'red',
  done: 'teal',
  cancelled: 'gray',
};

/** Mẫu 06 scale (domain.md §2.2 [S15]): Cao / Trung bình / Thấp. */
export const RATING_LABEL: Record<RiskRating, MessageId> = {
  high: 'case.rating.high',
  medium: 'case.rating.medium',
  low: 'case.rating.low',
};

export const CLOSE_REASON_LABEL: Record<CloseReason, MessageId> = {
  goals_met: 'case.closeReason.goals_met',
  unfounded: 'case.closeReason.unfounded',
  duplicate: 'case.closeReason.duplicate',
  moved_abroad: 'case.closeReason.moved_abroad',
  turned_16: 'case.closeReason.turned_16',
  other: 'case.closeReason.other',
};

export const PURPOSE_LABEL: Record<CaseViewPurpose, MessageId> = {
  case_work: 'case.purpose.case_work',
  supervision: 'case.purpose.supervision',
  inspection: 'case.purpose.inspection',
};

export function measureName(code: string, locale: Locale): string {
  const m = INTERVENTION_MEASURES.find((x) => x.code === code);
  return m ? m[locale] : code;
}

export function measureArticle(code: string): string {
  return INTERVENTION_MEASURES.find((x) => x.code === code)?.article ?? '';
}

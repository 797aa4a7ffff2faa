import type { NotificationItem, NotificationKind } from '../../../shared/domain/Notification';
import type { ClockKind } from '../../../shared/workflow/case-workflow';
import type { MessageId } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/translate';

const KIND_TEXT: Record<NotificationKind, MessageId> = {
  'case.new': 'notifications.kind.caseNew',
  'case.transferred': 'notifications.kind.caseTransferred',
  'case.emergency_needed': 'notifications.kind.caseEmergencyNeeded',
  'case.plan_submitted': 'notifications.kind.casePlanSubmitted',
  'case.plan_returned': 'notifications.kind.casePlanReturned',
  'case.plan_approved': 'notifications.kind.casePlanApproved',
  'case.reviewed': 'notifications.kind.caseReviewed',
  'case.overdue': 'notifications.kind.caseOverdue',
  'task.assigned': 'notifications.kind.taskAssigned',
  'task.declined': 'notifications.kind.taskDeclined',
  'task.done': 'notifications.kind.taskDone',
};

const OVERDUE_TEXT: Record<ClockKind, MessageId> = {
  acknowledge: 'notifications.overdue.acknowledge',
  emergency_12h: 'notifications.overdue.emergency12h',
  plan_5wd: 'notifications.overdue.plan5wd',
  approval_7wd: 'notifications.overdue.approval7wd',
  task: 'notifications.overdue.task',
};

const isKind = (kind: string): kind is NotificationKind => Object.hasOwn(KIND_TEXT, kind);

/** The sentence of a notification, e.g. "Vụ việc 22333-2026-00017: quá hạn 12 giờ áp dụng biện pháp bảo vệ khẩn cấp". */
export function notificationText(t: Translate, n: NotificationItem): string {
  const caseNumber = n.params.caseNumber ?? '';
  const deadline = t(n.params.clock ? OVERDUE_TEXT[n.params.clock] : 'notifications.overdue.other');
  return t(isKind(n.kind) ? KIND_TEXT[n.kind] : 'notifications.kind.other', { caseNumber, deadline });
}

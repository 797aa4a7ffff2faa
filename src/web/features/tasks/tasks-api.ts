import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PartnerTask, PartnerTaskList } from '../../../shared/domain/Case';
import type { Locale } from '../../../shared/i18n/locale';
import { INTERVENTION_MEASURES } from '../../../shared/reference/intervention-measures';
import { api } from '../../api/client';
import type { MessageId } from '../../i18n/catalogue';

/** A partner agency's tasks (issue #4 item 5): GET /api/tasks, and the task actions on the case. */
const TASKS_KEY = ['tasks'] as const;

export const tasksQuery = queryOptions({
  queryKey: [...TASKS_KEY, 'list'],
  queryFn: ({ signal }) => api.get<z.infer<typeof PartnerTaskList>>('/api/tasks', undefined, signal),
});

export function invalidateTasks(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: TASKS_KEY });
}

export type TaskActionType = PartnerTask['allowedActions'][number];

/** The text each action requires (CaseAction.ts UserActionBodies); accepting needs none. */
export const TEXT_FIELD: Record<TaskActionType, 'note' | 'reason' | 'result'> = {
  TASK_ACCEPT: 'note',
  TASK_DECLINE: 'reason',
  TASK_DONE: 'result',
  NOTE: 'note',
};

/** The CaseActionInput of a task action, on the case as seen at `task.seq`. */
export function taskActionBody(
  task: PartnerTask,
  type: TaskActionType,
  transactionId: string,
  text: string | null,
) {
  return {
    type,
    transactionId,
    expectedSeq: task.seq,
    // A note belongs to the case, not to one task (CaseAction.ts: NOTE has no data).
    data: type === 'NOTE' ? {} : { taskId: task.taskId },
    text: { [TEXT_FIELD[type]]: text },
  };
}

/** POST /api/cases/:caseId/actions: a case changed meanwhile answers 409, a retried request never acts twice. */
export function takeTaskAction(
  task: PartnerTask,
  type: TaskActionType,
  transactionId: string,
  text: string | null,
) {
  return api.post<{ caseId: string; seq: number; status: string; replayed: boolean }>(
    `/api/cases/${encodeURIComponent(task.caseId)}/actions`,
    taskActionBody(task, type, transactionId, text),
  );
}

export function measureName(code: string, locale: Locale): string {
  const m = INTERVENTION_MEASURES.find((x) => x.code === code);
  return m ? m[locale] : code;
}

export const TASK_STATUS_LABEL: Record<PartnerTask['status'], MessageId> = {
  pending: 'tasks.status.pending',
  accepted: 'tasks.status.accepted',
  declined: 'tasks.status.declined',
  done: 'tasks.status.done',
};

export const TASK_STATUS_COLOR: Record<PartnerTask['status'], string> = {
  pending: 'yellow',
  accepted: 'blue',
  declined: 'gray',
  done: 'teal',
};

export const ACTION_LABEL: Record<TaskActionType, MessageId> = {
  TASK_ACCEPT: 'tasks.action.accept',
  TASK_DECLINE: 'tasks.action.decline',
  TASK_DONE: 'tasks.action.done',
  NOTE: 'tasks.action.note',
};

export type TaskFilter = 'active' | 'finished' | 'all';

export function matchesFilter(task: PartnerTask, filter: TaskFilter): boolean {
  const active = task.status === 'pending' || task.status === 'accepted';
  return filter === 'all' || (filter === 'active') === active;
}

/** A task still to do whose due date has passed (dates compared in Vietnam's calendar). */
export function isOverdue(task: PartnerTask, today: string): boolean {
  return (task.status === 'pending' || task.status === 'accepted') && task.dueDate < today;
}

/** By due date, then case and measure: a card keeps its place when its status changes. */
export function sortTasks(tasks: readonly PartnerTask[]): PartnerTask[] {
  return [...tasks].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.caseNumber.localeCompare(b.caseNumber) ||
      a.measure.localeCompare(b.measure) ||
      a.taskId.localeCompare(b.taskId),
  );
}

import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { CaseDetail, CaseTaskView } from '../../../shared/domain/Case';
import { useI18n } from '../../i18n/context';
import { endOfVnDay } from '../../../shared/workflow/case-clocks';
import { formatDay } from '../children/child-labels';
import { Section } from '../children/ProfileParts';
import { measureName, TASK_STATUS_COLOR, TASK_STATUS_LABEL } from './case-labels';
import { TaskActions } from './steps/TaskActions';
import { useNow } from './useNow';

const LIVE = new Set<CaseTaskView['status']>(['pending', 'accepted']);

function TaskCard({ detail, task, now }: { detail: CaseDetail; task: CaseTaskView; now: number }) {
  const { t, locale } = useI18n();
  const measure = measureName(task.measure, locale);
  const agency = task.agency?.name ?? t('case.plan.noAgency');
  const late = LIVE.has(task.status) && Date.parse(endOfVnDay(task.dueDate)) < now;
  return (
    <Card withBorder padding="sm" component="li" aria-label={`${measure} — ${agency}`}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text fw={700} size="sm">
          {measure}
        </Text>
        <Badge color={TASK_STATUS_COLOR[task.status]} variant="light">
          {t(TASK_STATUS_LABEL[task.status])}
        </Badge>
      </Group>
      <Text size="sm">{agency}</Text>
      <Text size="sm" c={late ? 'red.8' : 'dimmed'} fw={late ? 700 : undefined}>
        {t('case.plan.dueOn', { date: formatDay(task.dueDate) })}
        {late && ` · ${t('case.plan.late')}`}
      </Text>
      {task.description && (
        <Text size="sm" mt={4} className="break-anywhere" style={{ whiteSpace: 'pre-line' }}>
          {task.description}
        </Text>
      )}
      <div style={{ marginTop: 8 }}>
        <TaskActions detail={detail} task={task} />
      </div>
    </Card>
  );
}

/** The tasks in the order the plan lists them (the order of the latest draft), then by due date. */
function planOrder(detail: CaseDetail): (a: CaseTaskView, b: CaseTaskView) => number {
  const draft = [...detail.actions].reverse().find((a) => a.type === 'DRAFT_PLAN');
  const rows = Array.isArray(draft?.data.tasks) ? (draft.data.tasks as { taskId?: unknown }[]) : [];
  const rank = (task: CaseTaskView) => {
    const i = rows.findIndex((r) => r.taskId === task.taskId);
    return i < 0 ? rows.length : i;
  };
  return (a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate);
}

/** The goals of the latest draft (the chairman reads them before approving). */
function latestGoals(detail: CaseDetail): string | null {
  const draft = [...detail.actions].reverse().find((a) => a.type === 'DRAFT_PLAN');
  const goals = draft?.text?.goals;
  return typeof goals === 'string' ? goals : null;
}

/**
 * Kế hoạch hỗ trợ, can thiệp: the goals and tasks of the current plan (awaiting approval, or being carried out) with
 * each task's agency, due date and state, and the task steps the user may take; earlier plans' tasks below.
 */
export function CaseTasks({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const now = useNow(60_000);
  if (detail.tasks.length === 0) return null;
  const version = Math.max(...detail.tasks.map((x) => x.planVersion));
  const current = detail.tasks.filter((x) => x.planVersion === version).sort(planOrder(detail));
  const earlier = detail.tasks.filter((x) => x.planVersion !== version);
  const goals = latestGoals(detail);
  return (
    <Section id="case-plan" title={t('case.plan.title', { n: version })}>
      <Stack gap="sm">
        {goals && (
          <div>
            <Text size="sm" fw={600}>
              {t('case.field.goals')}
            </Text>
            <Text size="sm" className="break-anywhere" style={{ whiteSpace: 'pre-line' }}>
              {goals}
            </Text>
          </div>
        )}
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('case.plan.tasks')}
        >
          {current.map((task) => (
            <TaskCard key={task.taskId} detail={detail} task={task} now={now} />
          ))}
        </Stack>
        {earlier.length > 0 && (
          <>
            <Text size="sm" fw={600} mt="xs">
              {t('case.plan.earlier')}
            </Text>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {earlier.map((task) => (
                <TaskCard key={task.taskId} detail={detail} task={task} now={now} />
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Section>
  );
}

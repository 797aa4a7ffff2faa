import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PartnerTask } from '../../../shared/domain/Case';
import { Sex } from '../../../shared/domain/Child';
import { vnDateOf } from '../../../shared/workflow/calendar/working-calendar';
import { ApiRequestError } from '../../api/client';
import { apiFieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Forbidden } from '../../components/Forbidden';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { SEX_LABEL } from '../children/child-labels';
import {
  ACTION_LABEL,
  invalidateTasks,
  isOverdue,
  matchesFilter,
  measureName,
  sortTasks,
  TASK_STATUS_COLOR,
  TASK_STATUS_LABEL,
  takeTaskAction,
  TEXT_FIELD,
  tasksQuery,
  type TaskActionType,
  type TaskFilter,
} from './tasks-api';

const showDay = (iso: string) => formatDate(`${iso}T00:00:00`);

/**
 * Nhiệm vụ của cơ quan (issue #4 item 5): the plan tasks addressed to the user's agency, with only the child data the
 * task needs. The buttons are exactly the actions the server allows now (PartnerTask.allowedActions).
 */
export function PartnerTasksPage() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const tasks = useQuery(tasksQuery);
  const [filter, setFilter] = useState<TaskFilter>('active');
  const [dialog, setDialog] = useState<{ task: PartnerTask; type: TaskActionType } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const today = vnDateOf(new Date());

  if (!can(me, 'tasks.read')) return <Forbidden />;

  const items = sortTasks((tasks.data?.items ?? []).filter((task) => matchesFilter(task, filter)));
  const onDone = async (message: string) => {
    setDialog(null);
    setDone(message);
    await invalidateTasks(queryClient);
  };

  return (
    <Page title={t('tasks.title')}>
      <Text size="sm">
        {me.agencyName ? t('tasks.intro', { agency: me.agencyName }) : t('tasks.introNoAgency')}
      </Text>
      <SegmentedControl
        aria-label={t('tasks.filter')}
        value={filter}
        onChange={(f) => setFilter(f === 'finished' || f === 'all' ? f : 'active')}
        data={[
          { value: 'active', label: t('tasks.filter.active') },
          { value: 'finished', label: t('tasks.filter.finished') },
          { value: 'all', label: t('tasks.filter.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {done && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState>{filter === 'active' ? t('tasks.emptyActive') : t('tasks.empty')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {items.map((task) => (
            <TaskCard
              key={task.taskId}
              task={task}
              today={today}
              onAction={(type) => {
                setDone(null);
                setDialog({ task, type });
              }}
            />
          ))}
        </SimpleGrid>
      )}
      {dialog && (
        <TaskActionDialog
          key={`${dialog.task.taskId}-${dialog.type}`}
          task={dialog.task}
          type={dialog.type}
          onClose={() => setDialog(null)}
          onDone={(message) => void onDone(message)}
          onStale={() => void invalidateTasks(queryClient)}
        />
      )}
    </Page>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {label}:
      </Text>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

function TaskCard({
  task,
  today,
  onAction,
}: {
  task: PartnerTask;
  today: string;
  onAction: (type: TaskActionType) => void;
}) {
  const { t, locale } = useI18n();
  const overdue = isOverdue(task, today);
  const sex = Sex.safeParse(task.child.sex);
  const child = [
    task.child.label,
    sex.success && sex.data !== 'unknown' ? t(SEX_LABEL[sex.data]) : null,
    task.child.ageYears !== null ? t('tasks.age', { age: task.child.ageYears }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const titleId = `task-${task.taskId}`;

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} size="h4" id={titleId}>
            {measureName(task.measure, locale)}
          </Title>
          <Badge color={TASK_STATUS_COLOR[task.status]} variant="light" style={{ flexShrink: 0 }}>
            {t(TASK_STATUS_LABEL[task.status])}
          </Badge>
        </Group>
        <Fact label={t('tasks.case')}>{task.caseNumber}</Fact>
        <Fact label={t('tasks.commune')}>{task.communeName}</Fact>
        <Fact label={t('tasks.due')}>
          <Text span size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined}>
            {showDay(task.dueDate)}
            {overdue ? ` — ${t('tasks.overdue')}` : ''}
          </Text>
        </Fact>
        <Fact label={t('tasks.child')}>{child}</Fact>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {task.description}
        </Text>
        {task.allowedActions.length > 0 && (
          <Group gap="xs" mt={4}>
            {task.allowedActions.map((type) => (
              <Button
                key={type}
                size="sm"
                variant={type === 'TASK_ACCEPT' || type === 'TASK_DONE' ? 'filled' : 'default'}
                color={type === 'TASK_DECLINE' ? 'red' : undefined}
                onClick={() => onAction(type)}
                aria-describedby={titleId}
              >
                {t(ACTION_LABEL[type])}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Confirms one action on a task: accepting asks for nothing more, declining needs a reason, marking done the result,
 * a note its text. The transactionId lives as long as the dialog: a retried submit never records twice.
 */
function TaskActionDialog({
  task,
  type,
  onClose,
  onDone,
  onStale,
}: {
  task: PartnerTask;
  type: TaskActionType;
  onClose: () => void;
  onDone: (message: string) => void;
  onStale: () => void;
}) {
  const { t, locale } = useI18n();
  const transactionId = useRef(crypto.randomUUID());
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const needsText = type !== 'TASK_ACCEPT';
  const field = TEXT_FIELD[type];

  const run = useMutation({
    mutationFn: () => takeTaskAction(task, type, transactionId.current, text.trim() || null),
    onSuccess: () => onDone(t('tasks.saved')),
    onError: (err) => {
      if (err instanceof ApiRequestError && err.status === 409) onStale();
    },
  });
  const stale = run.error instanceof ApiRequestError && run.error.status === 409;
  const fieldError = apiFieldErrors(run.error)[`text.${field}`];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (needsText && !text.trim()) {
      setMissing(true);
      return;
    }
    run.mutate();
  };

  const label =
    type === 'TASK_DECLINE'
      ? t('tasks.reason')
      : type === 'TASK_DONE'
        ? t('tasks.result')
        : type === 'NOTE'
          ? t('tasks.noteText')
          : t('tasks.acceptNote');

  return (
    <Modal opened onClose={onClose} title={t(ACTION_LABEL[type])} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {measureName(task.measure, locale)} — {task.caseNumber}
          </Text>
          {stale ? (
            <Alert color="yellow" role="alert">
              {t('tasks.stale')}
            </Alert>
          ) : (
            run.error && !fieldError && <ErrorAlert error={run.error} />
          )}
          <Textarea
            label={label}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setMissing(false);
            }}
            required={needsText}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            error={missing ? t('tasks.textRequired') : fieldError}
          />
          <Group gap="xs" justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button
              type="submit"
              loading={run.isPending}
              disabled={stale}
              color={type === 'TASK_DECLINE' ? 'red' : undefined}
            >
              {t(ACTION_LABEL[type])}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

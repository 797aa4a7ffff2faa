import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail, CaseTaskView } from '../../../../shared/domain/Case';
import type { UserActionType } from '../../../../shared/domain/CaseAction';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../i18n/context';
import { AgencySelect } from '../../agencies/AgencySelect';
import { ACTION_LABEL } from '../case-labels';
import { FieldError, LongText } from './fields';
import { StepForm } from './StepForm';
import { StepModal } from './StepModal';
import { useStepSubmit } from './useStepSubmit';

type TaskStep = 'TASK_DECLINE' | 'TASK_DONE' | 'TASK_REASSIGN';
type TaskFormProps = { detail: CaseDetail; task: CaseTaskView; onDone: () => void; onCancel: () => void };

/** Decline with a reason, or done with the result: one required text about one task. */
function TaskTextForm({
  type,
  detail,
  task,
  onDone,
  onCancel,
}: TaskFormProps & { type: 'TASK_DECLINE' | 'TASK_DONE' }) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, type);
  const [value, setValue] = useState('');
  const field = type === 'TASK_DONE' ? 'result' : 'reason';
  return (
    <StepForm
      label={t(ACTION_LABEL[type])}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.submit({ data: { taskId: task.taskId }, text: { [field]: value } }, onDone)}
    >
      <LongText
        label={type === 'TASK_DONE' ? 'case.field.result' : 'case.field.declineReason'}
        path={`text.${field}`}
        value={value}
        onChange={setValue}
        errors={step.errors}
        required
        max={2000}
      />
    </StepForm>
  );
}

/** A declined task given to another agency with a new due date. */
function ReassignForm({ detail, task, onDone, onCancel }: TaskFormProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'TASK_REASSIGN');
  const [agency, setAgency] = useState<{ id: string | null; name: string | null }>({ id: null, name: null });
  const [dueDate, setDueDate] = useState<string | null>(task.dueDate);
  const [note, setNote] = useState('');
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.TASK_REASSIGN)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit(
          {
            data: { taskId: task.taskId, agencyId: agency.id ?? undefined, dueDate: dueDate ?? undefined },
            text: { note },
          },
          onDone,
        )
      }
    >
      <AgencySelect
        label={t('case.plan.agency')}
        value={agency.id}
        valueLabel={agency.name}
        onChange={(id, name) => setAgency({ id, name })}
        required
        error={e['data.agencyId']}
      />
      <DateField label={t('case.plan.dueDate')} value={dueDate} onChange={setDueDate} />
      <FieldError error={e['data.dueDate']} />
      <LongText
        label="case.field.note"
        path="text.note"
        value={note}
        onChange={setNote}
        errors={e}
        rows={2}
        max={2000}
      />
    </StepForm>
  );
}

/** Which task steps apply to a task in its state (the workflow's guards, allowedActions.ts, per task). */
function taskSteps(allowed: readonly UserActionType[], task: CaseTaskView): UserActionType[] {
  const steps: UserActionType[] = [];
  if (task.status === 'pending' && allowed.includes('TASK_ACCEPT')) steps.push('TASK_ACCEPT');
  if (task.status === 'pending' && allowed.includes('TASK_DECLINE')) steps.push('TASK_DECLINE');
  if ((task.status === 'pending' || task.status === 'accepted') && allowed.includes('TASK_DONE'))
    steps.push('TASK_DONE');
  if (task.status === 'declined' && allowed.includes('TASK_REASSIGN')) steps.push('TASK_REASSIGN');
  return steps;
}

/**
 * The buttons of one task, from the case's allowed actions only: accept (one tap), decline with a reason, done
 * with the result, or — once declined — give it to another agency. The commune officer may record them for an
 * agency that has no account.
 */
export function TaskActions({ detail, task }: { detail: CaseDetail; task: CaseTaskView }) {
  const { t } = useI18n();
  const accept = useStepSubmit(detail, 'TASK_ACCEPT');
  const [open, setOpen] = useState<TaskStep | null>(null);
  const steps = taskSteps(detail.allowedActions, task);
  if (steps.length === 0) return null;
  const close = () => setOpen(null);
  const props = { detail, task, onDone: close, onCancel: close };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {steps.map((s) =>
          s === 'TASK_ACCEPT' ? (
            <Button
              key={s}
              size="xs"
              loading={accept.pending}
              onClick={() => accept.submit({ data: { taskId: task.taskId }, text: { note: null } })}
            >
              {t(ACTION_LABEL[s])}
            </Button>
          ) : (
            <Button
              key={s}
              size="xs"
              variant={s === 'TASK_DONE' ? 'filled' : 'default'}
              onClick={() => setOpen(s as TaskStep)}
            >
              {t(ACTION_LABEL[s])}
            </Button>
          ),
        )}
      </Group>
      {Boolean(accept.error) && <ErrorAlert error={accept.error} />}
      <StepModal title={open ? t(ACTION_LABEL[open]) : ''} opened={open !== null} onClose={close}>
        {open === 'TASK_REASSIGN' ? (
          <ReassignForm {...props} />
        ) : open ? (
          <TaskTextForm {...props} type={open} />
        ) : null}
      </StepModal>
    </Stack>
  );
}

import { Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { FieldErrors } from '../../../api/form-errors';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n/context';
import { INTERVENTION_MEASURES } from '../../../../shared/reference/intervention-measures';
import { AgencySelect } from '../../agencies/AgencySelect';
import { FieldError } from './fields';

/** One task of a plan as edited: a client uuid (the task's id for its whole life), what, who, by when. */
export type PlanTaskDraft = {
  taskId: string;
  measure: string | null;
  agencyId: string | null;
  agencyName: string | null;
  dueDate: string | null;
  description: string;
};

export function newTask(): PlanTaskDraft {
  return {
    taskId: crypto.randomUUID(),
    measure: null,
    agencyId: null,
    agencyName: null,
    dueDate: null,
    description: '',
  };
}

/**
 * The tasks of a support and intervention plan (Mẫu 04): each names a measure (Luật Trẻ em Điều 49–50), the agency
 * that carries it out (empty: the commune officer), a due date and what exactly is to be done.
 */
export function PlanTaskEditor({
  tasks,
  onChange,
  errors,
}: {
  tasks: PlanTaskDraft[];
  onChange: (tasks: PlanTaskDraft[]) => void;
  errors: FieldErrors;
}) {
  const { t, locale } = useI18n();
  const measures = INTERVENTION_MEASURES.map((m) => ({ value: m.code, label: m[locale] }));
  const set = (i: number, patch: Partial<PlanTaskDraft>) =>
    onChange(tasks.map((task, k) => (k === i ? { ...task, ...patch } : task)));
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('case.plan.tasks')}
      </Text>
      <FieldError error={errors['data.tasks'] ?? errors['text.tasks']} />
      {tasks.map((task, i) => (
        <Card
          key={task.taskId}
          withBorder
          padding="sm"
          bg="gray.0"
          component="fieldset"
          style={{ margin: 0 }}
        >
          <Text component="legend" fw={600} size="sm" px={4}>
            {t('case.plan.taskNumber', { n: i + 1 })}
          </Text>
          <Stack gap="xs">
            <Select
              label={t('case.plan.measure')}
              data={measures}
              value={task.measure}
              onChange={(v) => set(i, { measure: v })}
              searchable
              required
              error={errors[`data.tasks.${i}.measure`]}
              comboboxProps={{ width: 'target' }}
            />
            <AgencySelect
              label={t('case.plan.agency')}
              value={task.agencyId}
              valueLabel={task.agencyName}
              onChange={(id, name) => set(i, { agencyId: id, agencyName: name })}
              error={errors[`data.tasks.${i}.agencyId`]}
            />
            <DateField
              label={t('case.plan.dueDate')}
              value={task.dueDate}
              onChange={(d) => set(i, { dueDate: d })}
            />
            <FieldError error={errors[`data.tasks.${i}.dueDate`]} />
            <Textarea
              label={t('case.plan.description')}
              value={task.description}
              onChange={(e) => set(i, { description: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={2000}
              required
              error={errors[`text.tasks.${i}.description`]}
            />
            {tasks.length > 1 && (
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => onChange(tasks.filter((_, k) => k !== i))}
                  aria-label={t('case.plan.removeTaskNumber', { n: i + 1 })}
                >
                  {t('case.plan.removeTask')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
      <Group>
        <Button variant="light" onClick={() => onChange([...tasks, newTask()])} disabled={tasks.length >= 30}>
          {t('case.plan.addTask')}
        </Button>
      </Group>
    </Stack>
  );
}

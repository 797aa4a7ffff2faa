import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/domain/Case';
import { useI18n } from '../../../i18n/context';
import { DateField } from '../../../components/DateField';
import { ACTION_LABEL } from '../case-labels';
import { FieldError, LongText } from './fields';
import { newTask, PlanTaskEditor, type PlanTaskDraft } from './PlanTaskEditor';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * A new draft starts from the last one (returned by the chairman, or re-planned after a review): the same goals
 * and tasks, each with a new id, as the workflow requires fresh task ids for every draft.
 */
function fromLastDraft(detail: CaseDetail): { goals: string; tasks: PlanTaskDraft[] } {
  const last = [...detail.actions].reverse().find((a) => a.type === 'DRAFT_PLAN');
  const rows = Array.isArray(last?.data.tasks) ? (last.data.tasks as Record<string, unknown>[]) : [];
  const texts = Array.isArray(last?.text?.tasks) ? (last.text.tasks as Record<string, unknown>[]) : [];
  const tasks = rows.map((row) => {
    const old = str(row.taskId);
    const agency = detail.tasks.find((x) => x.taskId === old)?.agency ?? null;
    return {
      ...newTask(),
      measure: str(row.measure),
      agencyId: str(row.agencyId),
      agencyName: agency?.name ?? null,
      dueDate: str(row.dueDate),
      description: str(texts.find((x) => x.taskId === old)?.description) ?? '',
    };
  });
  return { goals: str(last?.text?.goals) ?? '', tasks: tasks.length > 0 ? tasks : [newTask()] };
}

/**
 * Xây dựng kế hoạch hỗ trợ, can thiệp, Mẫu 04 (Nghị định 56/2017/NĐ-CP Điều 28 khoản 1–2): goals, tasks for the
 * agencies, and when the plan will be reviewed; submitted to the chairman for approval.
 */
export function PlanForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'DRAFT_PLAN');
  const [initial] = useState(() => fromLastDraft(detail));
  const [goals, setGoals] = useState(initial.goals);
  const [tasks, setTasks] = useState<PlanTaskDraft[]>(initial.tasks);
  const [reviewDate, setReviewDate] = useState<string | null>(null);
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.DRAFT_PLAN)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit(
          {
            data: {
              reviewDate: reviewDate ?? undefined,
              tasks: tasks.map((x) => ({
                taskId: x.taskId,
                measure: x.measure ?? undefined,
                agencyId: x.agencyId,
                dueDate: x.dueDate ?? undefined,
              })),
            },
            text: { goals, tasks: tasks.map((x) => ({ taskId: x.taskId, description: x.description })) },
          },
          onDone,
        )
      }
    >
      <LongText
        label="case.field.goals"
        path="text.goals"
        value={goals}
        onChange={setGoals}
        errors={e}
        required
      />
      <PlanTaskEditor tasks={tasks} onChange={setTasks} errors={e} />
      <DateField label={t('case.field.reviewDate')} value={reviewDate} onChange={setReviewDate} />
      <FieldError error={e['data.reviewDate']} />
    </StepForm>
  );
}

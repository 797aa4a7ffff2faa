import { useState } from 'react';
import type { UserActionType } from '../../../../shared/domain/CaseAction';
import type { MessageId } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { LongText } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

/** A step whose only content is one required text (a reason or a note). */
function TextStep({
  type,
  field,
  label,
  description,
  detail,
  onDone,
  onCancel,
}: StepProps & {
  type: UserActionType;
  field: 'reason' | 'note';
  label: MessageId;
  description?: MessageId;
}) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, type);
  const [value, setValue] = useState('');
  return (
    <StepForm
      label={t(ACTION_LABEL[type])}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.submit({ data: {}, text: { [field]: value } }, onDone)}
    >
      <LongText
        label={label}
        path={`text.${field}`}
        value={value}
        onChange={setValue}
        errors={step.errors}
        required
        rows={4}
        max={2000}
        description={description ? t(description) : undefined}
      />
    </StepForm>
  );
}

/** The chairman sends the draft plan back to the officer with what must change (Điều 28). */
export function ReturnPlanForm(props: StepProps) {
  return <TextStep {...props} type="RETURN_PLAN" field="reason" label="case.field.returnReason" />;
}

/** After the review, a new assessment and plan are needed (Nghị định 56/2017/NĐ-CP Điều 30 điểm c). */
export function ReplanForm(props: StepProps) {
  return <TextStep {...props} type="REPLAN" field="reason" label="case.field.replanReason" />;
}

/** A closed case is opened again (new information, new risk): the legal clocks start again. */
export function ReopenForm(props: StepProps) {
  return (
    <TextStep
      {...props}
      type="REOPEN"
      field="reason"
      label="case.field.reopenReason"
      description="case.reopenHint"
    />
  );
}

/** An activity note (Điều 29: carrying out the plan): a visit, a call, a meeting. */
export function NoteForm(props: StepProps) {
  return <TextStep {...props} type="NOTE" field="note" label="case.field.note" />;
}

import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { vietnamToday } from '../../../../shared/reference/child-age';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { FieldError, LongText } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

/**
 * Quyết định phê duyệt kế hoạch hỗ trợ, can thiệp, Mẫu 05 (Nghị định 56/2017/NĐ-CP Điều 28; TTHC 2.001947): the
 * chairman's decision number and date. The plan itself is shown on the case page (Kế hoạch).
 */
export function ApprovePlanForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'APPROVE_PLAN');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decidedAt, setDecidedAt] = useState<string | null>(vietnamToday());
  const [note, setNote] = useState('');
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.APPROVE_PLAN)}
      step={step}
      submitLabel="case.approve"
      onCancel={onCancel}
      onSubmit={() =>
        step.submit({ data: { decisionNumber, decidedAt: decidedAt ?? undefined }, text: { note } }, onDone)
      }
    >
      <TextInput
        label={t('case.field.decisionNumber')}
        placeholder={t('case.decisionNumberHint')}
        value={decisionNumber}
        onChange={(ev) => setDecisionNumber(ev.currentTarget.value)}
        maxLength={50}
        required
        error={e['data.decisionNumber']}
      />
      <DateField label={t('case.field.decisionDate')} value={decidedAt} onChange={setDecidedAt} />
      <FieldError error={e['data.decidedAt']} />
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

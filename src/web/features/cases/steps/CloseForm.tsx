import { Select } from '@mantine/core';
import { useState } from 'react';
import type { CloseReason } from '../../../../shared/domain/CaseAction';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL, CLOSE_REASON_LABEL } from '../case-labels';
import { LongText } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

const REASONS: readonly CloseReason[] = [
  'goals_met',
  'unfounded',
  'duplicate',
  'moved_abroad',
  'turned_16',
  'other',
];

/**
 * Kết thúc (Nghị định 56/2017/NĐ-CP Điều 30 điểm b): the chairman closes after the review, or closes a report found
 * unfounded or a duplicate before any assessment.
 */
export function CloseForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'CLOSE');
  const [reason, setReason] = useState<CloseReason | null>(detail.status === 'reviewed' ? 'goals_met' : null);
  const [note, setNote] = useState('');
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.CLOSE)}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.submit({ data: { reason: reason ?? undefined }, text: { note } }, onDone)}
    >
      <Select
        label={t('case.field.closeReason')}
        data={REASONS.map((r) => ({ value: r, label: t(CLOSE_REASON_LABEL[r]) }))}
        value={reason}
        onChange={(v) => setReason(REASONS.find((r) => r === v) ?? null)}
        allowDeselect={false}
        required
        error={e['data.reason']}
      />
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

import { useState } from 'react';
import type { Unit } from '../../../../shared/domain/Unit';
import { UnitPicker } from '../../../components/UnitPicker';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { LongText } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

/** The child moved: the case goes to the commune of the new residence with its whole history. */
export function TransferForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'TRANSFER');
  const [unit, setUnit] = useState<Unit | null>(null);
  const [reason, setReason] = useState('');
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.TRANSFER)}
      step={step}
      onCancel={onCancel}
      onSubmit={() => step.submit({ data: { toCommuneCode: unit?.code }, text: { reason } }, onDone)}
    >
      <UnitPicker
        label={t('case.field.toCommune')}
        value={unit}
        onChange={setUnit}
        level="commune"
        required
        error={e['data.toCommuneCode']}
      />
      <LongText
        label="case.field.reason"
        path="text.reason"
        value={reason}
        onChange={setReason}
        errors={e}
        required
        rows={3}
        max={2000}
      />
    </StepForm>
  );
}

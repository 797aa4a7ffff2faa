import { Select } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { METHOD_LABEL, OUTCOME_LABEL, type VerifyMethod, type VerifyOutcome } from '../step-labels';
import { Choice, LongText } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

const METHODS: readonly VerifyMethod[] = ['home_visit', 'phone', 'school', 'police', 'health', 'other'];

/** Kiểm tra tính xác thực (Nghị định 56/2017/NĐ-CP Điều 25 khoản 2); "unfounded" closes the case. */
export function VerifyForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'VERIFY');
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const [method, setMethod] = useState<string | null>('home_visit');
  const [findings, setFindings] = useState('');
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.VERIFY)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit({ data: { outcome: outcome ?? undefined, method }, text: { findings } }, onDone)
      }
    >
      <Choice
        label={t('case.field.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={(['confirmed', 'unfounded'] as const).map((o) => ({ value: o, label: t(OUTCOME_LABEL[o]) }))}
        error={e['data.outcome']}
      />
      <Select
        label={t('case.field.method')}
        data={METHODS.map((m) => ({ value: m, label: t(METHOD_LABEL[m]) }))}
        value={method}
        onChange={setMethod}
        allowDeselect={false}
        required
        error={e['data.method']}
      />
      <LongText
        label="case.field.findings"
        path="text.findings"
        value={findings}
        onChange={setFindings}
        errors={e}
        required
      />
    </StepForm>
  );
}

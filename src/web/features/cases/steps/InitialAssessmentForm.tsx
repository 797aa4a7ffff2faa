import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import type { InitialRiskLevel } from '../../../../shared/domain/CaseAction';
import { CAREGIVER_RELATIONS } from '../../../../shared/domain/Report';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { RISK_LABEL } from '../step-labels';
import { Choice, LongText, YesNo } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

const LEVELS: readonly InitialRiskLevel[] = ['serious', 'moderate', 'low'];

/**
 * Đánh giá nguy cơ ban đầu, Mẫu 02 (Nghị định 56/2017/NĐ-CP Điều 26 khoản 2). Serious risk, or a parent/caregiver
 * who is the perpetrator, calls for emergency protection within 12 hours (Điều 26 khoản 3): said as the officer
 * answers, before saving.
 */
export function InitialAssessmentForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'ASSESS_INITIAL');
  const reported = detail.reports.some((r) => CAREGIVER_RELATIONS.includes(r.perpetratorRelation));
  const [riskLevel, setRiskLevel] = useState<InitialRiskLevel | null>(null);
  const [caregiver, setCaregiver] = useState(reported);
  const [safeNow, setSafeNow] = useState(false);
  const [harmDescription, setHarm] = useState('');
  const [childCondition, setCondition] = useState('');
  const [conclusion, setConclusion] = useState('');
  const e = step.errors;
  const emergency = riskLevel === 'serious' || caregiver;
  return (
    <StepForm
      label={t(ACTION_LABEL.ASSESS_INITIAL)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit(
          {
            data: {
              riskLevel: riskLevel ?? undefined,
              caregiverIsPerpetrator: caregiver,
              childSafeNow: safeNow,
            },
            text: { harmDescription, childCondition, conclusion },
          },
          onDone,
        )
      }
    >
      <Choice
        label={t('case.field.riskLevel')}
        value={riskLevel}
        onChange={setRiskLevel}
        options={LEVELS.map((l) => ({ value: l, label: t(RISK_LABEL[l]) }))}
        error={e['data.riskLevel']}
      />
      <Stack gap={6}>
        <YesNo label="case.field.caregiverIsPerpetrator" checked={caregiver} onChange={setCaregiver} />
        <YesNo label="case.field.childSafeNow" checked={safeNow} onChange={setSafeNow} />
      </Stack>
      {emergency && (
        <Alert color="red" variant="light" role="status">
          {t('case.emergencyHint')}
        </Alert>
      )}
      <LongText
        label="case.field.harmDescription"
        path="text.harmDescription"
        value={harmDescription}
        onChange={setHarm}
        errors={e}
        required
      />
      <LongText
        label="case.field.childCondition"
        path="text.childCondition"
        value={childCondition}
        onChange={setCondition}
        errors={e}
        required
      />
      <LongText
        label="case.field.conclusion"
        path="text.conclusion"
        value={conclusion}
        onChange={setConclusion}
        errors={e}
        required
      />
    </StepForm>
  );
}

import { Text } from '@mantine/core';
import { useState } from 'react';
import type { RiskRating } from '../../../../shared/domain/CaseAction';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { RECOMMENDATION_LABEL } from '../step-labels';
import { Choice, LongText, RatingField } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

type Recommendation = 'close' | 'replan';

/**
 * Rà soát, đánh giá tình trạng của trẻ em sau khi thực hiện kế hoạch, Mẫu 06 (Nghị định 56/2017/NĐ-CP Điều 30):
 * the harm factors and the child's capacity on the Cao / Trung bình / Thấp scale (domain.md §2.2 [S15]), and the
 * proposal to the chairman: close, or make a new plan.
 */
export function ReviewForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'REVIEW');
  const [remainingHarm, setRemainingHarm] = useState<RiskRating | null>(null);
  const [abuserAccess, setAbuserAccess] = useState<RiskRating | null>(null);
  const [careEnvironment, setCareEnvironment] = useState<RiskRating | null>(null);
  const [childCapacity, setChildCapacity] = useState<RiskRating | null>(null);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
  const [childCondition, setChildCondition] = useState('');
  const [notes, setNotes] = useState('');
  const e = step.errors;
  const rating = (r: RiskRating | null) => r ?? undefined;
  return (
    <StepForm
      label={t(ACTION_LABEL.REVIEW)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit(
          {
            data: {
              remainingHarm: rating(remainingHarm),
              abuserAccess: rating(abuserAccess),
              careEnvironment: rating(careEnvironment),
              childCapacity: rating(childCapacity),
              recommendation: recommendation ?? undefined,
            },
            text: { childCondition, notes },
          },
          onDone,
        )
      }
    >
      <Text size="sm" fw={600}>
        {t('case.review.harmHeading')}
      </Text>
      <RatingField
        label="case.field.remainingHarm"
        value={remainingHarm}
        onChange={setRemainingHarm}
        error={e['data.remainingHarm']}
      />
      <RatingField
        label="case.field.abuserAccess"
        value={abuserAccess}
        onChange={setAbuserAccess}
        error={e['data.abuserAccess']}
      />
      <RatingField
        label="case.field.careEnvironment"
        value={careEnvironment}
        onChange={setCareEnvironment}
        error={e['data.careEnvironment']}
      />
      <RatingField
        label="case.field.childCapacity"
        value={childCapacity}
        onChange={setChildCapacity}
        error={e['data.childCapacity']}
      />
      <LongText
        label="case.field.childCondition"
        path="text.childCondition"
        value={childCondition}
        onChange={setChildCondition}
        errors={e}
        required
      />
      <Choice
        label={t('case.field.recommendation')}
        value={recommendation}
        onChange={setRecommendation}
        options={(['close', 'replan'] as const).map((r) => ({ value: r, label: t(RECOMMENDATION_LABEL[r]) }))}
        error={e['data.recommendation']}
      />
      <LongText
        label="case.field.notes"
        path="text.notes"
        value={notes}
        onChange={setNotes}
        errors={e}
        rows={2}
      />
    </StepForm>
  );
}

import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import type { RiskRating } from '../../../../shared/domain/CaseAction';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { DateTimeField, LongText, nowParts, RatingField, toInstant } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

/**
 * Đánh giá nguy cơ cụ thể, xác định nhu cầu (Mẫu 03) and the case meeting the chairman holds, with its minutes
 * (Nghị định 56/2017/NĐ-CP Điều 27).
 */
export function NeedsAssessmentForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'ASSESS_NEEDS');
  const start = nowParts();
  const [riskLevel, setRiskLevel] = useState<RiskRating | null>(null);
  const [date, setDate] = useState<string | null>(start.date);
  const [time, setTime] = useState(start.time);
  const [count, setCount] = useState<number | string>('');
  const [risks, setRisks] = useState('');
  const [needs, setNeeds] = useState('');
  const [participants, setParticipants] = useState('');
  const [minutes, setMinutes] = useState('');
  const e = step.errors;
  return (
    <StepForm
      label={t(ACTION_LABEL.ASSESS_NEEDS)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit(
          {
            data: {
              riskLevel: riskLevel ?? undefined,
              meetingAt: toInstant(date, time),
              participantCount: typeof count === 'number' ? count : undefined,
            },
            text: { risks, needs, participants, minutes },
          },
          onDone,
        )
      }
    >
      <RatingField
        label="case.field.riskLevel"
        value={riskLevel}
        onChange={setRiskLevel}
        error={e['data.riskLevel']}
      />
      <LongText
        label="case.field.risks"
        path="text.risks"
        value={risks}
        onChange={setRisks}
        errors={e}
        required
      />
      <LongText
        label="case.field.needs"
        path="text.needs"
        value={needs}
        onChange={setNeeds}
        errors={e}
        required
      />
      <DateTimeField
        label="case.field.meetingAt"
        date={date}
        time={time}
        onChange={(d, h) => {
          setDate(d);
          setTime(h);
        }}
        error={e['data.meetingAt']}
      />
      <NumberInput
        label={t('case.field.participantCount')}
        value={count}
        onChange={setCount}
        min={1}
        max={100}
        allowDecimal={false}
        required
        maw={200}
        error={e['data.participantCount']}
      />
      <LongText
        label="case.field.participants"
        path="text.participants"
        value={participants}
        onChange={setParticipants}
        errors={e}
        required
        rows={2}
        max={2000}
      />
      <LongText
        label="case.field.minutes"
        path="text.minutes"
        value={minutes}
        onChange={setMinutes}
        errors={e}
        required
        rows={5}
        max={10000}
      />
    </StepForm>
  );
}

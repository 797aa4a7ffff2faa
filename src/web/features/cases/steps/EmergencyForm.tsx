import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import {
  EMERGENCY_MEASURE_LABEL,
  PLACEMENT_LABEL,
  type EmergencyMeasure,
  type PlacementType,
} from '../step-labels';
import { DateTimeField, LongText, nowParts, toInstant } from './fields';
import { StepForm, type StepProps } from './StepForm';
import { useStepSubmit } from './useStepSubmit';

/** Nghị định 56/2017/NĐ-CP Điều 31 (measures at commune level) and Điều 32 (temporary separation). */
const MEASURES: readonly EmergencyMeasure[] = [
  'temporary_separation',
  'stop_act_with_police',
  'first_aid',
  'preserve_evidence',
  'safe_shelter',
  'other',
];
const PLACEMENTS: readonly PlacementType[] = ['relative', 'foster_family', 'social_facility', 'other'];

/**
 * Bảo vệ khẩn cấp / quyết định tạm thời cách ly trẻ em, Mẫu 07 (Điều 26 khoản 3, Điều 31–32): the chairman's
 * decision, within 12 hours of receiving the information.
 */
export function EmergencyForm({ detail, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'EMERGENCY_PROTECT');
  const start = nowParts();
  const [measures, setMeasures] = useState<EmergencyMeasure[]>(['temporary_separation']);
  const [placementType, setPlacementType] = useState<PlacementType | null>(null);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [date, setDate] = useState<string | null>(start.date);
  const [time, setTime] = useState(start.time);
  const [reason, setReason] = useState('');
  const [placement, setPlacement] = useState('');
  const [notes, setNotes] = useState('');
  const e = step.errors;
  const separation = measures.includes('temporary_separation');
  const sheltered = separation || measures.includes('safe_shelter');
  return (
    <StepForm
      label={t(ACTION_LABEL.EMERGENCY_PROTECT)}
      step={step}
      onCancel={onCancel}
      onSubmit={() =>
        step.submit(
          {
            data: {
              measures,
              separation,
              placementType: sheltered ? placementType : null,
              decisionNumber,
              decidedAt: toInstant(date, time),
            },
            text: { reason, placement: sheltered ? placement : null, notes },
          },
          onDone,
        )
      }
    >
      <Checkbox.Group
        label={t('case.field.measures')}
        value={measures}
        onChange={(v) => setMeasures(MEASURES.filter((m) => v.includes(m)))}
        required
        error={e['data.measures']}
      >
        <Stack gap={6} mt={6}>
          {MEASURES.map((m) => (
            <Checkbox key={m} value={m} label={t(EMERGENCY_MEASURE_LABEL[m])} />
          ))}
        </Stack>
      </Checkbox.Group>
      {sheltered && (
        <>
          <Select
            label={t('case.field.placementType')}
            data={PLACEMENTS.map((p) => ({ value: p, label: t(PLACEMENT_LABEL[p]) }))}
            value={placementType}
            onChange={(v) => setPlacementType(PLACEMENTS.find((p) => p === v) ?? null)}
            clearable
            error={e['data.placementType']}
          />
          <LongText
            label="case.field.placement"
            path="text.placement"
            value={placement}
            onChange={setPlacement}
            errors={e}
            rows={2}
            max={1000}
          />
        </>
      )}
      <TextInput
        label={t('case.field.decisionNumber')}
        placeholder={t('case.decisionNumberHint')}
        value={decisionNumber}
        onChange={(ev) => setDecisionNumber(ev.currentTarget.value)}
        maxLength={50}
        error={e['data.decisionNumber']}
      />
      <DateTimeField
        label="case.field.decidedAt"
        date={date}
        time={time}
        onChange={(d, h) => {
          setDate(d);
          setTime(h);
        }}
        error={e['data.decidedAt']}
      />
      <LongText
        label="case.field.reason"
        path="text.reason"
        value={reason}
        onChange={setReason}
        errors={e}
        required
      />
      <LongText
        label="case.field.notes"
        path="text.notes"
        value={notes}
        onChange={setNotes}
        errors={e}
        rows={2}
        max={2000}
      />
    </StepForm>
  );
}

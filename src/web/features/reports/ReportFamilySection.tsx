import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../api/form-errors';
import { useI18n } from '../../i18n/context';
import type { ReportFormValues } from './report-form-values';

type Family = ReportFormValues['family'];

/** Mẫu 01: father and mother (name, age, occupation), the current caregiver and the family's circumstances. */
export function ReportFamilySection({
  family,
  errors,
  onChange,
}: {
  family: Family;
  errors: FieldErrors;
  onChange: (family: Family) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<Family>) => onChange({ ...family, ...patch });
  const age = (n: string | number) => (typeof n === 'number' ? n : null);

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('report.family.fatherName')}
          value={family.fatherName}
          onChange={(e) => set({ fatherName: e.currentTarget.value })}
          maxLength={200}
          autoComplete="off"
          error={errors['family.fatherName']}
        />
        <NumberInput
          label={t('report.family.fatherAge')}
          value={family.fatherAge ?? ''}
          onChange={(n) => set({ fatherAge: age(n) })}
          min={10}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          error={errors['family.fatherAge']}
        />
        <TextInput
          label={t('report.family.fatherJob')}
          value={family.fatherJob}
          onChange={(e) => set({ fatherJob: e.currentTarget.value })}
          maxLength={200}
          error={errors['family.fatherJob']}
        />
        <TextInput
          label={t('report.family.motherName')}
          value={family.motherName}
          onChange={(e) => set({ motherName: e.currentTarget.value })}
          maxLength={200}
          autoComplete="off"
          error={errors['family.motherName']}
        />
        <NumberInput
          label={t('report.family.motherAge')}
          value={family.motherAge ?? ''}
          onChange={(n) => set({ motherAge: age(n) })}
          min={10}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          error={errors['family.motherAge']}
        />
        <TextInput
          label={t('report.family.motherJob')}
          value={family.motherJob}
          onChange={(e) => set({ motherJob: e.currentTarget.value })}
          maxLength={200}
          error={errors['family.motherJob']}
        />
      </SimpleGrid>
      <TextInput
        label={t('report.family.caregiver')}
        description={t('report.family.caregiverHint')}
        value={family.caregiver}
        onChange={(e) => set({ caregiver: e.currentTarget.value })}
        maxLength={300}
        error={errors['family.caregiver']}
      />
      <Textarea
        label={t('report.family.situation')}
        value={family.situation}
        onChange={(e) => set({ situation: e.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={2000}
        error={errors['family.situation']}
      />
    </Stack>
  );
}

import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FieldErrors } from '../../api/form-errors';
import { useI18n } from '../../i18n/context';
import { plansQuery } from './am-api';
import { AmDateField } from './AmDateField';
import { parentLevelOf, type AmLevel } from './am-view';

/** The editable fields of a plan (AmPlanInput / AmPlanUpdate), as the form holds them. */
export type PlanValues = {
  issuingBody: string;
  title: string;
  purpose: string;
  requirements: string;
  periodStart: string | null;
  periodEnd: string | null;
  parentPlanId: string | null;
  documentNumber: string;
  documentDate: string | null;
  signerName: string;
  signerTitle: string;
};

/** The body fields shared by create and update (empty text → null, as the API stores it). */
export function planBody(v: PlanValues) {
  return {
    issuingBody: v.issuingBody,
    title: v.title,
    purpose: v.purpose || null,
    requirements: v.requirements || null,
    periodStart: v.periodStart ?? '',
    periodEnd: v.periodEnd ?? '',
    parentPlanId: v.parentPlanId,
    documentNumber: v.documentNumber || null,
    documentDate: v.documentDate,
    signerName: v.signerName || null,
    signerTitle: v.signerTitle || null,
  };
}

/** Chooses the issued plan one level up that this plan implements (commune/agency → province → national). */
function ParentPlanSelect({
  year,
  level,
  value,
  onChange,
  error,
}: {
  year: number;
  level: AmLevel;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const parentLevel = parentLevelOf(level);
  const plans = useQuery({
    ...plansQuery({ year, level: parentLevel ?? undefined }),
    enabled: !!parentLevel,
  });
  if (!parentLevel) return null;
  const options = (plans.data?.items ?? [])
    .filter((p) => p.status === 'issued')
    .map((p) => ({
      value: p.id,
      label: [p.documentNumber, p.title, p.unitName].filter(Boolean).join(' — '),
    }));
  return (
    <Select
      label={t('am.plan.parent')}
      description={t('am.plan.parentHint')}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      nothingFoundMessage={plans.isFetching ? t('state.loading') : t('am.plan.parentNone')}
      placeholder={options.length ? undefined : t('am.plan.parentNone')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function PlanFields({
  year,
  level,
  values,
  onChange,
  errors,
  withDocument,
}: {
  year: number;
  level: AmLevel;
  values: PlanValues;
  onChange: (patch: Partial<PlanValues>) => void;
  errors: FieldErrors;
  /** Number, date and signer: also asked when the plan is issued, so optional while drafting. */
  withDocument: boolean;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <TextInput
        label={t('am.plan.issuingBody')}
        value={values.issuingBody}
        onChange={(e) => onChange({ issuingBody: e.currentTarget.value })}
        error={errors.issuingBody}
        required
      />
      <Textarea
        label={t('am.plan.titleField')}
        value={values.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        error={errors.title}
        autosize
        minRows={1}
        required
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AmDateField
          label={t('am.plan.periodStart')}
          value={values.periodStart}
          onChange={(periodStart) => onChange({ periodStart })}
          error={errors.periodStart}
        />
        <AmDateField
          label={t('am.plan.periodEnd')}
          value={values.periodEnd}
          onChange={(periodEnd) => onChange({ periodEnd })}
          error={errors.periodEnd}
        />
      </SimpleGrid>
      <ParentPlanSelect
        year={year}
        level={level}
        value={values.parentPlanId}
        onChange={(parentPlanId) => onChange({ parentPlanId })}
        error={errors.parentPlanId}
      />
      <Textarea
        label={t('am.plan.purpose')}
        value={values.purpose}
        onChange={(e) => onChange({ purpose: e.currentTarget.value })}
        error={errors.purpose}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('am.plan.requirements')}
        value={values.requirements}
        onChange={(e) => onChange({ requirements: e.currentTarget.value })}
        error={errors.requirements}
        autosize
        minRows={2}
      />
      {withDocument && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('am.plan.documentNumber')}
            value={values.documentNumber}
            onChange={(e) => onChange({ documentNumber: e.currentTarget.value })}
            error={errors.documentNumber}
          />
          <AmDateField
            label={t('am.plan.documentDate')}
            value={values.documentDate}
            onChange={(documentDate) => onChange({ documentDate })}
            error={errors.documentDate}
          />
          <TextInput
            label={t('am.plan.signerName')}
            value={values.signerName}
            onChange={(e) => onChange({ signerName: e.currentTarget.value })}
            error={errors.signerName}
          />
          <TextInput
            label={t('am.plan.signerTitle')}
            value={values.signerTitle}
            onChange={(e) => onChange({ signerTitle: e.currentTarget.value })}
            error={errors.signerTitle}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

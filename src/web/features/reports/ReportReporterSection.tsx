import { Checkbox, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { ReporterRelation } from '../../../shared/domain/Report';
import type { FieldErrors } from '../../api/form-errors';
import { useI18n } from '../../i18n/context';
import { REPORTER_RELATION_LABEL, type ReportFormValues } from './report-form-values';

type Reporter = ReportFormValues['reporter'];

/**
 * Mẫu 01, the reporter: anonymous by default; a name, phone and address are kept only when the reporter agrees
 * (the identity fields appear only then), and they are never shown to the family.
 */
export function ReportReporterSection({
  reporter,
  errors,
  onChange,
}: {
  reporter: Reporter;
  errors: FieldErrors;
  onChange: (reporter: Reporter) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<Reporter>) => onChange({ ...reporter, ...patch });
  const identified = !reporter.anonymous && reporter.consent;

  return (
    <Stack gap="sm">
      <Select
        label={t('report.reporter.relation')}
        data={ReporterRelation.options.map((r) => ({ value: r, label: t(REPORTER_RELATION_LABEL[r]) }))}
        value={reporter.relation}
        onChange={(r) => set({ relation: ReporterRelation.parse(r ?? 'other') })}
        allowDeselect={false}
        maw={360}
      />
      <Switch
        label={t('report.reporter.anonymous')}
        description={t('report.reporter.anonymousHint')}
        checked={reporter.anonymous}
        onChange={(e) => set({ anonymous: e.currentTarget.checked })}
      />
      {!reporter.anonymous && (
        <Checkbox
          label={t('report.reporter.consent')}
          description={t('report.reporter.consentHint')}
          checked={reporter.consent}
          onChange={(e) => set({ consent: e.currentTarget.checked })}
        />
      )}
      {!reporter.anonymous && !reporter.consent && (
        <Text size="sm" c="dimmed">
          {t('report.reporter.noConsent')}
        </Text>
      )}
      {identified && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('report.reporter.name')}
            value={reporter.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            maxLength={200}
            autoComplete="off"
            error={errors['reporter.name']}
          />
          <TextInput
            label={t('report.reporter.phone')}
            value={reporter.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            inputMode="tel"
            maxLength={20}
            autoComplete="off"
            error={errors['reporter.phone'] ? t('report.error.phone') : undefined}
          />
          <TextInput
            label={t('report.reporter.address')}
            value={reporter.address}
            onChange={(e) => set({ address: e.currentTarget.value })}
            maxLength={300}
            autoComplete="off"
            error={errors['reporter.address']}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Unit } from '../../../shared/domain/Unit';
import type { FieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { DateField } from '../../components/DateField';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { AgencySelect } from '../agencies/AgencySelect';
import { CHANNEL_LABEL, FORM_CHANNELS, type ReportFormValues } from './report-form-values';

/**
 * Mẫu 01, the receipt: the source of the information, the date and hour it was received, the receiving agency, and
 * where it happened when that is not the commune that must act.
 */
export function ReportReceiptSection({
  v,
  errors,
  onChange,
}: {
  v: ReportFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<ReportFormValues>) => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const [eventUnit, setEventUnit] = useState<Unit | null>(null);
  const channels = FORM_CHANNELS.includes(v.channel) ? FORM_CHANNELS : [v.channel, ...FORM_CHANNELS];

  return (
    <Stack gap="sm">
      <Select
        label={t('report.field.channel')}
        data={channels.map((c) => ({ value: c, label: t(CHANNEL_LABEL[c]) }))}
        value={v.channel}
        onChange={(c) => onChange({ channel: channels.find((x) => x === c) ?? v.channel })}
        allowDeselect={false}
        maw={360}
        error={errors.channel}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={480}>
        <DateField
          label={t('report.field.receivedDate')}
          value={v.receivedDate}
          onChange={(receivedDate) => onChange({ receivedDate })}
        />
        <TextInput
          label={t('report.field.receivedTime')}
          placeholder="hh:mm"
          value={v.receivedTime}
          onChange={(e) => onChange({ receivedTime: e.currentTarget.value })}
          inputMode="numeric"
          maxLength={5}
          error={errors.receivedAt}
        />
      </SimpleGrid>
      {can(me, 'agencies.read') && (
        <AgencySelect
          label={t('report.field.receivingAgency')}
          value={v.receivingAgencyId}
          valueLabel={v.receivingAgencyName}
          onChange={(receivingAgencyId, receivingAgencyName) =>
            onChange({ receivingAgencyId, receivingAgencyName })
          }
          error={errors.receivingAgencyId}
        />
      )}
      <UnitPicker
        label={t('report.field.eventCommune')}
        description={t('report.field.eventCommuneHint')}
        value={eventUnit}
        onChange={(u) => {
          setEventUnit(u);
          onChange({ eventCommuneCode: u?.code ?? null });
        }}
        level="commune"
        error={errors.eventCommuneCode}
      />
      <TextInput
        label={t('report.field.eventPlace')}
        value={v.eventPlace}
        onChange={(e) => onChange({ eventPlace: e.currentTarget.value })}
        maxLength={500}
        error={errors.eventPlace}
      />
    </Stack>
  );
}

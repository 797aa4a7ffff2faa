import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { DisclosureInput, type Disclosure } from '../../../shared/domain/Fund';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { CampaignSelect } from './CampaignSelect';
import { FieldError } from './FieldError';
import { invalidateFund, publishDisclosure } from './fund-api';
import { startOfYearInVietnam, todayInVietnam } from './money';

export type DisclosureDefaults = {
  title: string;
  campaignId: string | null;
  periodStart: string;
  periodEnd: string;
};

/**
 * Publishes the income and expenditure of the fund (or of one campaign) over a period, as a frozen public report
 * (Thông tư 87/2008/TT-BTC: funds disclose what they receive and spend). Donors who did not agree are anonymous and
 * no child is named: the form says so before publishing.
 */
export function DisclosureForm({
  fundId,
  defaults,
  fixedCampaign,
  onSaved,
  onCancel,
}: {
  fundId: string;
  defaults?: Partial<DisclosureDefaults>;
  fixedCampaign?: boolean;
  onSaved: (d: Disclosure) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [title, setTitle] = useState(defaults?.title ?? '');
  const [campaignId, setCampaignId] = useState<string | null>(defaults?.campaignId ?? null);
  const [periodStart, setPeriodStart] = useState<string | null>(
    defaults?.periodStart ?? startOfYearInVietnam(),
  );
  const [periodEnd, setPeriodEnd] = useState<string | null>(defaults?.periodEnd ?? todayInVietnam());
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: DisclosureInput) => publishDisclosure(fundId, input),
    onSuccess: async (d) => {
      await invalidateFund(queryClient, fundId);
      onSaved(d);
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      DisclosureInput,
      {
        transactionId: transactionId.current,
        campaignId,
        title,
        periodStart: periodStart ?? '',
        periodEnd: periodEnd ?? '',
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="disclosure-form-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="disclosure-form-title">
          {t('fund.disclosure.new')}
        </Title>
        <Text size="sm">{t('fund.disclosure.privacy')}</Text>
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('fund.disclosure.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={300}
          required
          error={shown.title}
        />
        <CampaignSelect
          fundId={fundId}
          label={t('fund.disclosure.scope')}
          noneLabel={t('fund.disclosure.wholeFund')}
          value={campaignId}
          onChange={setCampaignId}
          disabled={fixedCampaign}
          error={shown.campaignId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={2}>
            <DateField
              label={t('fund.disclosure.periodStart')}
              value={periodStart}
              onChange={setPeriodStart}
            />
            <FieldError text={shown.periodStart} />
          </Stack>
          <Stack gap={2}>
            <DateField label={t('fund.disclosure.periodEnd')} value={periodEnd} onChange={setPeriodEnd} />
            <FieldError text={shown.periodEnd} />
          </Stack>
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('fund.disclosure.publish')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { CampaignInput, type Campaign } from '../../../shared/domain/Fund';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { createCampaign, invalidateFund } from './fund-api';
import { FieldError } from './FieldError';
import { MoneyInput } from './MoneyInput';

/**
 * A fund-raising campaign: name, target, period, and the Action Month year when it is that month's fund drive. The
 * transactionId is made once per form, so a retried save never creates the campaign twice.
 */
export function CampaignForm({
  fundId,
  onSaved,
  onCancel,
}: {
  fundId: string;
  onSaved: (c: Campaign) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [target, setTarget] = useState<number | ''>('');
  const [startDate, setStartDate] = useState<string | null>(null);
  const [endDate, setEndDate] = useState<string | null>(null);
  const [year, setYear] = useState<number | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: CampaignInput) => createCampaign(fundId, input),
    onSuccess: async (c) => {
      await invalidateFund(queryClient, fundId);
      onSaved(c);
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      CampaignInput,
      {
        transactionId: transactionId.current,
        name,
        description,
        targetAmount: target === '' ? 0 : target,
        startDate: startDate ?? '',
        endDate: endDate ?? '',
        actionMonthYear: year === '' ? null : year,
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="campaign-form-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="campaign-form-title">
          {t('fund.campaign.new')}
        </Title>
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('fund.campaign.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={300}
          required
          error={shown.name}
        />
        <Textarea
          label={t('fund.campaign.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          error={shown.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MoneyInput
            label={t('fund.campaign.target')}
            value={target}
            onChange={setTarget}
            error={shown.targetAmount}
          />
          <NumberInput
            label={t('fund.campaign.actionMonthYear')}
            description={t('fund.campaign.actionMonthYearHint')}
            value={year}
            onChange={(v) => setYear(typeof v === 'number' ? v : '')}
            min={2000}
            max={2100}
            allowDecimal={false}
            hideControls
            error={shown.actionMonthYear}
          />
          <Stack gap={2}>
            <DateField label={t('fund.campaign.start')} value={startDate} onChange={setStartDate} />
            <FieldError text={shown.startDate} />
          </Stack>
          <Stack gap={2}>
            <DateField label={t('fund.campaign.end')} value={endDate} onChange={setEndDate} />
            <FieldError text={shown.endDate} />
          </Stack>
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('fund.campaign.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

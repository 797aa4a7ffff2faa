import {
  Anchor,
  Button,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import {
  DonationInput,
  type Donation,
  type Donor,
  type FundPurpose,
  type GoodsKind,
} from '../../../shared/domain/Fund';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { CampaignSelect } from './CampaignSelect';
import { DonorForm } from './DonorForm';
import { DonorPicker } from './DonorPicker';
import { FieldError } from './FieldError';
import { invalidateFund, recordDonation } from './fund-api';
import { GOODS_KIND_LABEL, optionsOf, PURPOSE_LABEL } from './fund-labels';
import { MoneyInput } from './MoneyInput';
import { todayInVietnam } from './money';

/**
 * Records money or goods received, with its receipt number and the purpose the donor asked for ("general" leaves it
 * to the fund). One transactionId per form: pressing Save again after a network failure records it once.
 */
export function DonationForm({
  fundId,
  campaignId: fixedCampaign,
  onSaved,
  onCancel,
}: {
  fundId: string;
  /** On a campaign's page: the donation belongs to it. */
  campaignId?: string;
  onSaved: (d: Donation) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const transactionId = useRef(crypto.randomUUID());
  const [donor, setDonor] = useState<Donor | null>(null);
  const [addingDonor, setAddingDonor] = useState(false);
  const [campaignId, setCampaignId] = useState<string | null>(fixedCampaign ?? null);
  const [receivedOn, setReceivedOn] = useState<string | null>(todayInVietnam());
  const [kind, setKind] = useState<GoodsKind>('cash');
  const [amount, setAmount] = useState<number | ''>('');
  const [goods, setGoods] = useState('');
  const [purpose, setPurpose] = useState<FundPurpose>('general');
  const [receipt, setReceipt] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: DonationInput) => recordDonation(fundId, input),
    onSuccess: async (d) => {
      await invalidateFund(queryClient, fundId);
      onSaved(d);
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      DonationInput,
      {
        transactionId: transactionId.current,
        campaignId,
        donorId: donor?.id ?? '',
        receivedOn: receivedOn ?? '',
        kind,
        amount: amount === '' ? undefined : amount,
        goodsDescription: kind === 'in_kind' ? goods : '',
        purpose,
        receiptNumber: receipt,
        notes,
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <>
      <form onSubmit={submit} noValidate aria-labelledby="donation-form-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="donation-form-title">
            {t('fund.donation.new')}
          </Title>
          {Boolean(save.error) && <ErrorAlert error={save.error} />}
          <Stack gap={4}>
            <DonorPicker
              fundId={fundId}
              value={donor}
              onChange={setDonor}
              error={shown.donorId ? t('fund.donor.pickOne') : undefined}
            />
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setAddingDonor(true)}>
              {t('fund.donor.addFromDonation')}
            </Anchor>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <CampaignSelect
              fundId={fundId}
              value={campaignId}
              onChange={setCampaignId}
              disabled={fixedCampaign !== undefined}
              error={shown.campaignId}
            />
            <Stack gap={2}>
              <DateField label={t('fund.donation.receivedOn')} value={receivedOn} onChange={setReceivedOn} />
              <FieldError text={shown.receivedOn} />
            </Stack>
          </SimpleGrid>
          <Input.Wrapper label={t('fund.field.kind')} error={shown.kind}>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(v) => setKind(v === 'in_kind' ? 'in_kind' : 'cash')}
              data={optionsOf(GOODS_KIND_LABEL, t)}
            />
          </Input.Wrapper>
          {kind === 'in_kind' && (
            <Textarea
              label={t('fund.field.goods')}
              value={goods}
              onChange={(e) => setGoods(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
              required
              error={shown.goodsDescription}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MoneyInput
              label={t(kind === 'cash' ? 'fund.field.amount' : 'fund.field.goodsValue')}
              value={amount}
              onChange={setAmount}
              required
              error={shown.amount}
            />
            <Select
              label={t('fund.field.purpose')}
              description={t('fund.donation.purposeHint')}
              data={optionsOf(PURPOSE_LABEL, t)}
              value={purpose}
              onChange={(v) => setPurpose(v ?? 'general')}
              allowDeselect={false}
              error={shown.purpose}
              comboboxProps={{ withinPortal: false }}
            />
          </SimpleGrid>
          <TextInput
            label={t('fund.donation.receipt')}
            value={receipt}
            onChange={(e) => setReceipt(e.currentTarget.value)}
            maxLength={100}
            required
            error={shown.receiptNumber}
          />
          <Textarea
            label={t('fund.field.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={1}
            maxLength={2000}
            error={shown.notes}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('fund.donation.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={addingDonor}
        onClose={() => setAddingDonor(false)}
        title={t('fund.donor.new')}
        fullScreen={phone}
        size="lg"
      >
        <DonorForm
          fundId={fundId}
          heading={false}
          onSaved={(d) => {
            setDonor(d);
            setAddingDonor(false);
          }}
          onCancel={() => setAddingDonor(false)}
        />
      </Modal>
    </>
  );
}

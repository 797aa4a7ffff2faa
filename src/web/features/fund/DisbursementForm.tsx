import {
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChildSearchItem } from '../../../shared/domain/ChildSearch';
import {
  DisbursementInput,
  type Disbursement,
  type DisbursementPurpose,
  type GoodsKind,
} from '../../../shared/domain/Fund';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/context';
import { CampaignSelect } from './CampaignSelect';
import { ChildPicker } from './ChildPicker';
import { FieldError } from './FieldError';
import { invalidateFund, recordDisbursement } from './fund-api';
import {
  BENEFICIARY_LABEL,
  DISBURSEMENT_PURPOSES,
  GOODS_KIND_LABEL,
  optionsOf,
  PURPOSE_LABEL,
} from './fund-labels';
import { DisbursementError, insufficientAvailable } from './InsufficientAlert';
import { MoneyInput } from './MoneyInput';
import { formatVnd, todayInVietnam } from './money';

/**
 * Pays out a gift, a scholarship… to a register child or to a project, on a signed decision. The server draws on
 * the money given for that purpose first, then on unrestricted money, and refuses (409) when they cannot cover it.
 */
export function DisbursementForm({
  fundId,
  campaignId: fixedCampaign,
  onSaved,
  onCancel,
}: {
  fundId: string;
  campaignId?: string;
  onSaved: (d: Disbursement) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [campaignId, setCampaignId] = useState<string | null>(fixedCampaign ?? null);
  const [purpose, setPurpose] = useState<DisbursementPurpose>('scholarship');
  const [beneficiary, setBeneficiary] = useState<'child' | 'project'>('child');
  const [child, setChild] = useState<ChildSearchItem | null>(null);
  const [project, setProject] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [disbursedOn, setDisbursedOn] = useState<string | null>(todayInVietnam());
  const [kind, setKind] = useState<GoodsKind>('cash');
  const [amount, setAmount] = useState<number | ''>('');
  const [goods, setGoods] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: DisbursementInput) => recordDisbursement(fundId, input),
    onSuccess: async (d) => {
      await invalidateFund(queryClient, fundId);
      onSaved(d);
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };
  const available = insufficientAvailable(save.error);
  // The answer shows above the form while Save is at its foot: bring it into view (a phone shows one screen).
  const errorBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (save.error) errorBox.current?.scrollIntoView({ block: 'center' });
  }, [save.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      DisbursementInput,
      {
        transactionId: transactionId.current,
        campaignId,
        purpose,
        beneficiaryKind: beneficiary,
        childId: beneficiary === 'child' ? (child?.id ?? null) : null,
        projectName: beneficiary === 'project' ? project : '',
        decisionNumber,
        decisionDate: decisionDate ?? '',
        disbursedOn: disbursedOn ?? '',
        kind,
        amount: amount === '' ? undefined : amount,
        goodsDescription: kind === 'in_kind' ? goods : '',
        notes,
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="disbursement-form-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="disbursement-form-title">
          {t('fund.disbursement.new')}
        </Title>
        {Boolean(save.error) && (
          <div ref={errorBox}>
            <DisbursementError error={save.error} requested={amount} />
          </div>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CampaignSelect
            fundId={fundId}
            value={campaignId}
            onChange={setCampaignId}
            disabled={fixedCampaign !== undefined}
            error={shown.campaignId}
          />
          <Select
            label={t('fund.field.purpose')}
            data={optionsOf(PURPOSE_LABEL, t, DISBURSEMENT_PURPOSES)}
            value={purpose}
            onChange={(v) => setPurpose(v ?? 'scholarship')}
            allowDeselect={false}
            error={shown.purpose}
            comboboxProps={{ withinPortal: false }}
          />
        </SimpleGrid>
        <Input.Wrapper label={t('fund.field.beneficiary')}>
          <SegmentedControl
            fullWidth
            value={beneficiary}
            onChange={(v) => setBeneficiary(v === 'project' ? 'project' : 'child')}
            data={optionsOf(BENEFICIARY_LABEL, t)}
          />
        </Input.Wrapper>
        {beneficiary === 'child' ? (
          <ChildPicker value={child} onChange={setChild} error={shown.childId} />
        ) : (
          <TextInput
            label={t('fund.field.project')}
            value={project}
            onChange={(e) => setProject(e.currentTarget.value)}
            maxLength={300}
            required
            error={shown.projectName}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('fund.disbursement.decisionNumber')}
            value={decisionNumber}
            onChange={(e) => setDecisionNumber(e.currentTarget.value)}
            maxLength={100}
            required
            error={shown.decisionNumber}
          />
          <Stack gap={2}>
            <DateField
              label={t('fund.disbursement.decisionDate')}
              value={decisionDate}
              onChange={setDecisionDate}
            />
            <FieldError text={shown.decisionDate} />
          </Stack>
          <Stack gap={2}>
            <DateField
              label={t('fund.disbursement.disbursedOn')}
              value={disbursedOn}
              onChange={setDisbursedOn}
            />
            <FieldError text={shown.disbursedOn} />
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
        <MoneyInput
          label={t(kind === 'cash' ? 'fund.field.amount' : 'fund.field.goodsValue')}
          value={amount}
          onChange={(v) => {
            setAmount(v);
            // A new amount is a new question: the refusal of the old one no longer applies.
            if (available !== null) save.reset();
          }}
          required
          error={
            shown.amount ??
            (available === null
              ? undefined
              : t('fund.disbursement.insufficientField', { available: formatVnd(available, locale) }))
          }
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
            {t('fund.disbursement.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

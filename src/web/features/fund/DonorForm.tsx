import {
  Button,
  Checkbox,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { DonorInput, type Donor, type DonorKind } from '../../../shared/domain/Fund';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { createDonor, invalidateFund } from './fund-api';
import { DONOR_KIND_LABEL, optionsOf } from './fund-labels';

/**
 * A donor (organisation or person). A person's phone and address are personal data, kept encrypted; the name is
 * printed in public reports only when the donor agreed ("show publicly"), otherwise they are "Nhà hảo tâm".
 */
export function DonorForm({
  fundId,
  onSaved,
  onCancel,
  heading = true,
}: {
  fundId: string;
  onSaved: (d: Donor) => void;
  onCancel: () => void;
  /** false inside a dialog that already carries the title. */
  heading?: boolean;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [kind, setKind] = useState<DonorKind>('organisation');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const [showPublicly, setShowPublicly] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: DonorInput) => createDonor(fundId, input),
    onSuccess: async (d) => {
      await invalidateFund(queryClient, fundId);
      onSaved(d);
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Shown in a dialog over the donation form: its submit must not reach that form through the React tree.
    event.stopPropagation();
    const checked = validateWith(
      DonorInput,
      { transactionId: transactionId.current, kind, name, phone, address, showPublicly },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      {...(heading ? { 'aria-labelledby': 'donor-form-title' } : { 'aria-label': t('fund.donor.new') })}
    >
      <Stack gap="sm">
        {heading && (
          <Title order={2} size="h4" id="donor-form-title">
            {t('fund.donor.new')}
          </Title>
        )}
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <Input.Wrapper label={t('fund.donor.kind')} error={shown.kind}>
          <SegmentedControl
            fullWidth
            value={kind}
            onChange={(v) => setKind(v === 'person' ? 'person' : 'organisation')}
            data={optionsOf(DONOR_KIND_LABEL, t)}
          />
        </Input.Wrapper>
        <TextInput
          label={t('fund.donor.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={300}
          required
          error={shown.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('fund.donor.phone')}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            maxLength={20}
            error={shown.phone}
          />
          <TextInput
            label={t('fund.donor.address')}
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            maxLength={500}
            error={shown.address}
          />
        </SimpleGrid>
        <Checkbox
          label={t('fund.donor.showPublicly')}
          description={t('fund.donor.showPubliclyHint')}
          checked={showPublicly}
          onChange={(e) => setShowPublicly(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('fund.donor.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

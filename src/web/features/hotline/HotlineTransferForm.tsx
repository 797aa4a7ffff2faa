import {
  Alert,
  Button,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import {
  HotlineTransferInput,
  type HotlineContact,
  type HotlineTransfer,
  type TransferBasis,
} from '../../../shared/domain/Hotline';
import type { HarmEnvironment, PerpetratorRelation, Urgency } from '../../../shared/domain/Report';
import type { Sex } from '../../../shared/domain/Child';
import type { Unit } from '../../../shared/domain/Unit';
import { ApiRequestError } from '../../api/client';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { transferContact } from './hotline-api';
import {
  BASIS_LABEL,
  ENVIRONMENT_LABEL,
  PERPETRATOR_LABEL,
  SEX_LABEL,
  URGENCY_LABEL,
  optionsOf,
} from './hotline-labels';

/** The case number of a 409 "already transferred" answer (details of the API error). */
function alreadyTransferredTo(err: unknown): string | null {
  if (!(err instanceof ApiRequestError) || err.status !== 409) return null;
  const n = err.details.caseNumber;
  return typeof n === 'string' ? n : null;
}

/**
 * Transfers a logged call to a commune (Nghị định 56 Điều 26 khoản 1): the commune of the child's residence or of
 * the event, with the Mẫu 01 facts the call did not record. The commune must acknowledge it in time.
 */
export function HotlineTransferForm({ contact }: { contact: HotlineContact }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [unit, setUnit] = useState<Unit | null>(null);
  const [basis, setBasis] = useState<TransferBasis>('residence');
  const [environment, setEnvironment] = useState<HarmEnvironment | null>(null);
  const [perpetrator, setPerpetrator] = useState<PerpetratorRelation>('unknown');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [childName, setChildName] = useState(contact.childName ?? '');
  const [age, setAge] = useState<number | ''>('');
  const [sex, setSex] = useState<Sex>('unknown');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<HotlineTransfer | null>(null);
  const send = useMutation({
    mutationFn: (input: HotlineTransferInput) => transferContact(contact.id, input),
    onSuccess: (tr) => {
      setDone(tr);
      void queryClient.invalidateQueries({ queryKey: ['hotline'] });
    },
  });
  const shown = { ...apiFieldErrors(send.error), ...errors };
  const already = alreadyTransferredTo(send.error);

  if (done)
    return (
      <Alert color="teal" role="status" title={t('hotline.transfer.done')}>
        {t('hotline.transfer.doneText', {
          commune: done.transfer.communeName,
          caseNumber: done.transfer.caseNumber,
        })}
      </Alert>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      HotlineTransferInput,
      {
        transactionId: transactionId.current,
        communeCode: unit?.code,
        basis,
        environment: environment ?? undefined,
        perpetratorRelation: perpetrator,
        urgency,
        child: { fullName: childName || null, estimatedAge: age === '' ? null : age, sex },
        description: description || null,
      },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    send.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="hotline-transfer-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="hotline-transfer-title">
          {t('hotline.transfer.title')}
        </Title>
        <Text size="sm">{t('hotline.transfer.intro')}</Text>
        {already ? (
          <Alert color="orange" role="alert">
            {t('hotline.transfer.already', { caseNumber: already })}
          </Alert>
        ) : (
          Boolean(send.error) && <ErrorAlert error={send.error} />
        )}
        <Input.Wrapper label={t('hotline.transfer.basis')}>
          <SegmentedControl
            fullWidth
            value={basis}
            onChange={(v) => setBasis(v === 'event' ? 'event' : 'residence')}
            data={optionsOf(BASIS_LABEL, t)}
          />
        </Input.Wrapper>
        <UnitPicker
          label={t(basis === 'event' ? 'hotline.transfer.communeEvent' : 'hotline.transfer.communeResidence')}
          value={unit}
          onChange={setUnit}
          level="commune"
          required
          error={shown.communeCode}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('hotline.transfer.environment')}
            data={optionsOf(ENVIRONMENT_LABEL, t)}
            value={environment}
            onChange={(v) => setEnvironment(v ?? null)}
            required
            error={shown.environment}
          />
          <Select
            label={t('hotline.transfer.perpetrator')}
            data={optionsOf(PERPETRATOR_LABEL, t)}
            value={perpetrator}
            onChange={(v) => setPerpetrator(v ?? 'unknown')}
            allowDeselect={false}
            error={shown.perpetratorRelation}
          />
          <Select
            label={t('hotline.transfer.urgency')}
            data={optionsOf(URGENCY_LABEL, t)}
            value={urgency}
            onChange={(v) => setUrgency(v ?? 'normal')}
            allowDeselect={false}
            error={shown.urgency}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('hotline.transfer.childName')}
            value={childName}
            onChange={(e) => setChildName(e.currentTarget.value)}
            maxLength={200}
            error={shown['child.fullName']}
          />
          <NumberInput
            label={t('hotline.transfer.childAge')}
            value={age}
            onChange={(v) => setAge(typeof v === 'number' ? v : '')}
            min={0}
            max={17}
            allowDecimal={false}
            error={shown['child.estimatedAge']}
          />
          <Select
            label={t('hotline.transfer.childSex')}
            data={optionsOf(SEX_LABEL, t)}
            value={sex}
            onChange={(v) => setSex(v ?? 'unknown')}
            allowDeselect={false}
            error={shown['child.sex']}
          />
        </SimpleGrid>
        <Textarea
          label={t('hotline.transfer.description')}
          description={t('hotline.transfer.descriptionHint')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          error={shown.description}
        />
        <Group>
          <Button type="submit" loading={send.isPending}>
            {t('hotline.transfer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

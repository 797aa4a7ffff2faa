import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { SupportInput, SupportType, type Child, type ViewPurpose } from '../../../shared/domain/Child';
import { vietnamToday } from '../../../shared/reference/child-age';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatNumber } from '../../i18n/format';
import { formatDay, SUPPORT_TYPE_LABEL } from './child-labels';
import { Section } from './ProfileParts';
import { useChildChange } from './useChildChange';

function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Text c="red.8" size="sm" role="alert" mt={-6}>
      {message}
    </Text>
  );
}

function SupportForm({ child, purpose, onDone }: { child: Child; purpose: ViewPurpose; onDone: () => void }) {
  const { t, locale } = useI18n();
  const add = useChildChange(child.id, purpose);
  const transactionId = useRef(crypto.randomUUID());
  const [type, setType] = useState<SupportType | null>(null);
  const [amount, setAmount] = useState<number | null>(null);
  const [inKind, setInKind] = useState('');
  const [periodStart, setPeriodStart] = useState<string | null>(vietnamToday());
  const [periodEnd, setPeriodEnd] = useState<string | null>(null);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [provider, setProvider] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...apiFieldErrors(add.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      SupportInput,
      {
        transactionId: transactionId.current,
        supportType: type ?? undefined,
        amountVnd: amount,
        inKind: inKind || null,
        periodStart: periodStart ?? undefined,
        periodEnd,
        decisionNumber: decisionNumber || null,
        decisionDate,
        provider: provider || null,
      },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    add.mutate({ path: 'supports', body: checked.data }, { onSuccess: onDone });
  };

  return (
    <Card withBorder padding="sm" bg="gray.0">
      <form onSubmit={submit} noValidate aria-label={t('child.supportAdd')}>
        <Stack gap="sm">
          {Boolean(add.error) && <ErrorAlert error={add.error} />}
          <Select
            label={t('child.supportType')}
            data={SupportType.options.map((s) => ({ value: s, label: t(SUPPORT_TYPE_LABEL[s]) }))}
            value={type}
            onChange={(v) => setType(v ?? null)}
            required
            searchable
            error={shown.supportType}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t('child.supportAmount')}
              value={amount ?? ''}
              onChange={(v) => setAmount(typeof v === 'number' ? v : null)}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              error={shown.amountVnd}
            />
            <TextInput
              label={t('child.supportInKind')}
              value={inKind}
              onChange={(e) => setInKind(e.currentTarget.value)}
              maxLength={300}
              error={shown.inKind}
            />
            <div>
              <DateField label={t('child.periodStart')} value={periodStart} onChange={setPeriodStart} />
              <FieldError message={shown.periodStart} />
            </div>
            <div>
              <DateField label={t('child.periodEnd')} value={periodEnd} onChange={setPeriodEnd} />
              <FieldError message={shown.periodEnd} />
            </div>
            <TextInput
              label={t('child.decisionNumber')}
              value={decisionNumber}
              onChange={(e) => setDecisionNumber(e.currentTarget.value)}
              maxLength={100}
              error={shown.decisionNumber}
            />
            <DateField label={t('child.decisionDate')} value={decisionDate} onChange={setDecisionDate} />
          </SimpleGrid>
          <TextInput
            label={t('child.provider')}
            value={provider}
            onChange={(e) => setProvider(e.currentTarget.value)}
            maxLength={200}
            error={shown.provider}
          />
          <Group gap="xs">
            <Button type="submit" loading={add.isPending}>
              {t('action.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Trợ giúp, hỗ trợ đã nhận: kind, amount or goods, period, deciding document, provider. */
export function ChildSupports({
  child,
  purpose,
  editable,
}: {
  child: Child;
  purpose: ViewPurpose;
  editable: boolean;
}) {
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <Section
      id="child-supports"
      title={t('child.supportsTitle')}
      actions={
        editable &&
        !adding && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            {t('child.supportAdd')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && <SupportForm child={child} purpose={purpose} onDone={() => setAdding(false)} />}
        {child.supports.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('child.supportNone')}
          </Text>
        ) : (
          <TableScroll label={t('child.supportsTitle')} minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('child.supportType')}</Table.Th>
                  <Table.Th scope="col">{t('child.supportWhat')}</Table.Th>
                  <Table.Th scope="col">{t('child.supportPeriod')}</Table.Th>
                  <Table.Th scope="col">{t('child.decisionNumber')}</Table.Th>
                  <Table.Th scope="col">{t('child.provider')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {child.supports.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{t(SUPPORT_TYPE_LABEL[s.supportType])}</Table.Td>
                    <Table.Td>
                      {[s.amountVnd !== null ? `${formatNumber(s.amountVnd, locale)} đ` : null, s.inKind]
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </Table.Td>
                    <Table.Td>
                      {s.periodEnd
                        ? t('child.periodShort', {
                            from: formatDay(s.periodStart),
                            to: formatDay(s.periodEnd),
                          })
                        : t('child.since', { from: formatDay(s.periodStart) })}
                    </Table.Td>
                    <Table.Td>
                      {[s.decisionNumber, s.decisionDate ? formatDay(s.decisionDate) : null]
                        .filter(Boolean)
                        .join(', ') || '—'}
                    </Table.Td>
                    <Table.Td>{s.provider ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Section>
  );
}

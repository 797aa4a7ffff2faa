import { Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import {
  RiskFlagInput,
  type Child,
  type ChildRiskFlag,
  type ViewPurpose,
} from '../../../shared/domain/Child';
import { vietnamToday } from '../../../shared/reference/child-age';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { childReferenceQuery } from './children-api';
import { formatDay, refName } from './child-labels';
import { EndDialog } from './EndDialog';
import { Section } from './ProfileParts';
import { useChildChange } from './useChildChange';

function useFlagName() {
  const { locale } = useI18n();
  const reference = useQuery(childReferenceQuery);
  const names = new Map((reference.data?.riskFlagTypes ?? []).map((f) => [f.code, refName(f, locale)]));
  return (code: string) => names.get(code) ?? code;
}

function RiskFlagForm({
  child,
  purpose,
  onDone,
}: {
  child: Child;
  purpose: ViewPurpose;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const reference = useQuery(childReferenceQuery);
  const add = useChildChange(child.id, purpose);
  const transactionId = useRef(crypto.randomUUID());
  const [flag, setFlag] = useState<string | null>(null);
  const [since, setSince] = useState<string | null>(vietnamToday());
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...apiFieldErrors(add.error), ...errors };
  const open = new Set(child.riskFlags.filter((f) => f.active).map((f) => f.flagCode));
  const options = (reference.data?.riskFlagTypes ?? [])
    .filter((f) => !open.has(f.code))
    .map((f) => ({ value: f.code, label: refName(f, locale) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      RiskFlagInput,
      { transactionId: transactionId.current, flagCode: flag ?? undefined, since: since ?? undefined },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    add.mutate({ path: 'risk-flags', body: checked.data }, { onSuccess: onDone });
  };

  return (
    <Card withBorder padding="sm" bg="gray.0">
      <form onSubmit={submit} noValidate aria-label={t('child.riskFlag.add')}>
        <Stack gap="sm">
          {Boolean(add.error) && <ErrorAlert error={add.error} />}
          <Select
            label={t('child.riskFlag.flag')}
            data={options}
            value={flag}
            onChange={setFlag}
            searchable
            required
            error={shown.flagCode}
            nothingFoundMessage={t('children.nothingFound')}
          />
          <DateField label={t('child.riskFlag.since')} value={since} onChange={setSince} />
          {shown.since && (
            <Text c="red.8" size="sm" role="alert">
              {shown.since}
            </Text>
          )}
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

/** Nguy cơ (risk flags): the extendable "at risk" notions, raised and ended with dates. */
export function ChildRiskFlags({
  child,
  purpose,
  editable,
}: {
  child: Child;
  purpose: ViewPurpose;
  editable: boolean;
}) {
  const { t } = useI18n();
  const flagName = useFlagName();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<{ item: ChildRiskFlag; tx: string } | null>(null);
  const end = useChildChange(child.id, purpose);
  const flags = [...child.riskFlags].sort((a, b) => Number(b.active) - Number(a.active));

  return (
    <Section
      id="child-risk-flags"
      title={t('child.riskFlagsTitle')}
      actions={
        editable &&
        !adding && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            {t('child.riskFlag.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {adding && <RiskFlagForm child={child} purpose={purpose} onDone={() => setAdding(false)} />}
        {flags.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('child.riskFlag.none')}
          </Text>
        ) : (
          <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {flags.map((f) => (
              <Group
                key={f.id}
                component="li"
                justify="space-between"
                gap="xs"
                py={6}
                wrap="nowrap"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <div>
                  <Text size="sm" fw={f.active ? 600 : 400}>
                    {flagName(f.flagCode)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {f.until
                      ? t('child.period', { from: formatDay(f.since), to: formatDay(f.until) })
                      : t('child.since', { from: formatDay(f.since) })}
                  </Text>
                </div>
                {editable && f.active && (
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('child.riskFlag.endFor', { name: flagName(f.flagCode) })}
                    onClick={() => {
                      end.reset();
                      setEnding({ item: f, tx: crypto.randomUUID() });
                    }}
                  >
                    {t('child.end')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      {ending && (
        <EndDialog
          opened
          title={t('child.riskFlag.endTitle')}
          what={flagName(ending.item.flagCode)}
          pending={end.isPending}
          error={end.error}
          fieldError={apiFieldErrors(end.error).until}
          onClose={() => setEnding(null)}
          onConfirm={(until) =>
            end.mutate(
              {
                path: `risk-flags/${encodeURIComponent(ending.item.id)}/end`,
                body: { transactionId: ending.tx, until },
              },
              { onSuccess: () => setEnding(null) },
            )
          }
        />
      )}
    </Section>
  );
}

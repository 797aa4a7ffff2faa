import { Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { CircumstanceInput, type Child, type ViewPurpose } from '../../../shared/domain/Child';
import { vietnamToday } from '../../../shared/reference/child-age';
import type { CircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { childReferenceQuery } from './children-api';
import { refName } from './child-labels';
import { useChildChange } from './useChildChange';

/**
 * Marks a special-circumstance group from a start date, with a sub-group of that group if known. Groups the child
 * is already in are not offered; sensitive groups only to users who may see them.
 */
export function CircumstanceForm({
  child,
  purpose,
  onDone,
  onCancel,
}: {
  child: Child;
  purpose: ViewPurpose;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const reference = useQuery(childReferenceQuery);
  const add = useChildChange(child.id, purpose);
  const transactionId = useRef(crypto.randomUUID());
  const [group, setGroup] = useState<CircumstanceGroupCode | null>(null);
  const [subgroup, setSubgroup] = useState<string | null>(null);
  const [startDate, setStartDate] = useState<string | null>(vietnamToday());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...apiFieldErrors(add.error), ...errors };

  const mayReadSensitive = can(me, 'children.read_sensitive');
  const open = new Set(child.circumstances.active.map((c) => c.groupCode as string));
  const groups = (reference.data?.circumstanceGroups ?? [])
    .filter((g) => (mayReadSensitive || !g.isSensitive) && !open.has(g.code))
    .map((g) => ({ value: g.code, label: `${g.code}. ${refName(g, locale)}` }));
  const subgroups = (reference.data?.subgroups ?? [])
    .filter((s) => s.groupCode === group)
    .map((s) => ({ value: s.code, label: `${s.code} — ${refName(s, locale)}` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      CircumstanceInput,
      {
        transactionId: transactionId.current,
        groupCode: group ?? undefined,
        subgroupCode: subgroup,
        startDate: startDate ?? undefined,
        note: note || null,
      },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    add.mutate({ path: 'circumstances', body: checked.data }, { onSuccess: onDone });
  };

  return (
    <Card withBorder padding="sm" bg="gray.0">
      <form onSubmit={submit} noValidate aria-label={t('child.circumstance.add')}>
        <Stack gap="sm">
          {Boolean(add.error) && <ErrorAlert error={add.error} />}
          <Select
            label={t('child.circumstance.group')}
            data={groups}
            value={group}
            onChange={(v) => {
              setGroup(v ?? null);
              setSubgroup(null);
            }}
            searchable
            required
            error={shown.groupCode}
            nothingFoundMessage={t('children.nothingFound')}
          />
          {subgroups.length > 0 && (
            <Select
              label={t('child.circumstance.subgroup')}
              placeholder={t('child.circumstance.subgroupNone')}
              data={subgroups}
              value={subgroup}
              onChange={setSubgroup}
              clearable
              error={shown.subgroupCode}
              comboboxProps={{ width: 'target' }}
            />
          )}
          <DateField label={t('child.startDate')} value={startDate} onChange={setStartDate} />
          {shown.startDate && (
            <Text c="red.8" size="sm" role="alert">
              {shown.startDate}
            </Text>
          )}
          <Textarea
            label={t('child.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={1000}
            error={shown.note}
          />
          <Group gap="xs">
            <Button type="submit" loading={add.isPending}>
              {t('action.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

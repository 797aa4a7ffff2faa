import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  CalendarOverrideInput,
  CalendarOverrideParams,
  type CalendarDayOff,
  type CalendarOverrideKind,
  type StoredCalendarOverride,
} from '../../../shared/domain/Calendar';
import type { Locale } from '../../../shared/i18n/locale';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from '../../../shared/workflow/calendar/lunar';
import { vnDateOf } from '../../../shared/workflow/calendar/working-calendar';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { calendarYearQuery, removeCalendarOverride, setCalendarOverride } from './calendar-api';

const KINDS: readonly CalendarOverrideKind[] = ['day_off', 'working_day'];

function weekdayOf(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

const showDate = (date: string) => formatDate(`${date}T00:00:00`);

/**
 * The working-day calendar: the days off of a year (statutory holidays computed from the law and the lunar calendar,
 * and the government's yearly overrides); national administrators add, change and remove overrides.
 */
export function CalendarPage() {
  const { t } = useI18n();
  const me = useMe();
  // calendar.manage reaches the user's own unit; the calendar is national, so only a national administrator edits it.
  const mayManage = can(me, 'calendar.manage') && me.unitCode === null;
  const [year, setYear] = useState(() => Number(vnDateOf(new Date()).slice(0, 4)));
  const [editing, setEditing] = useState<StoredCalendarOverride | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const cal = useQuery(calendarYearQuery(year));

  // A new key gives a fresh form (the date field keeps its own text).
  const edit = (o: StoredCalendarOverride | null) => {
    setEditing(o);
    setSaved(false);
    setFormKey((k) => k + 1);
  };

  return (
    <Page title={t('calendar.title')}>
      <Text size="sm">{t('calendar.intro')}</Text>
      <Group align="flex-end" gap="xs">
        <Button variant="default" onClick={() => setYear((y) => Math.max(LUNAR_MIN_YEAR, y - 1))}>
          {t('calendar.previousYear')}
        </Button>
        <NumberInput
          label={t('calendar.year')}
          value={year}
          min={LUNAR_MIN_YEAR}
          max={LUNAR_MAX_YEAR}
          allowDecimal={false}
          onChange={(v) => {
            const n = typeof v === 'number' ? v : Number(v);
            if (Number.isInteger(n) && n >= LUNAR_MIN_YEAR && n <= LUNAR_MAX_YEAR) setYear(n);
          }}
          w={120}
        />
        <Button variant="default" onClick={() => setYear((y) => Math.min(LUNAR_MAX_YEAR, y + 1))}>
          {t('calendar.nextYear')}
        </Button>
      </Group>

      {cal.isPending ? (
        <LoadingState />
      ) : cal.isError ? (
        <ErrorState error={cal.error} onRetry={() => void cal.refetch()} />
      ) : (
        <>
          <DaysOffTable days={cal.data.daysOff} year={year} />
          <OverridesTable overrides={cal.data.overrides} mayManage={mayManage} onEdit={edit} />
        </>
      )}

      {mayManage && saved && (
        <Alert color="teal" role="status">
          {t('state.saved')}
        </Alert>
      )}
      {mayManage && (
        <OverrideForm
          key={formKey}
          initial={editing}
          onSaved={(date) => {
            setYear(Number(date.slice(0, 4)));
            edit(null);
            setSaved(true);
          }}
          onCancel={() => edit(null)}
        />
      )}
    </Page>
  );
}

function SourceBadge({ source }: { source: CalendarDayOff['source'] }) {
  const { t } = useI18n();
  return source === 'statutory' ? (
    <Badge color="blue" variant="light">
      {t('calendar.source.statutory')}
    </Badge>
  ) : (
    <Badge color="grape" variant="light">
      {t('calendar.source.override')}
    </Badge>
  );
}

function DaysOffTable({ days, year }: { days: CalendarDayOff[]; year: number }) {
  const { t, locale } = useI18n();
  const title = t('calendar.daysOffTitle', { year });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      <TableScroll label={title} minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('calendar.date')}</Table.Th>
              <Table.Th scope="col">{t('calendar.weekday')}</Table.Th>
              <Table.Th scope="col">{t('calendar.name')}</Table.Th>
              <Table.Th scope="col">{t('calendar.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>{showDate(d.date)}</Table.Td>
                <Table.Td>{weekdayOf(d.date, locale)}</Table.Td>
                <Table.Td>{locale === 'vi' ? d.nameVi : d.nameEn}</Table.Td>
                <Table.Td>
                  <SourceBadge source={d.source} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function OverridesTable({
  overrides,
  mayManage,
  onEdit,
}: {
  overrides: StoredCalendarOverride[];
  mayManage: boolean;
  onEdit: (o: StoredCalendarOverride) => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: removeCalendarOverride,
    onSuccess: () => setConfirming(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const title = t('calendar.overridesTitle');

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {remove.error && <ErrorAlert error={remove.error} />}
      {overrides.length === 0 ? (
        <EmptyState>{t('calendar.noOverrides')}</EmptyState>
      ) : (
        <TableScroll label={title} minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calendar.date')}</Table.Th>
                <Table.Th scope="col">{t('calendar.weekday')}</Table.Th>
                <Table.Th scope="col">{t('calendar.kind')}</Table.Th>
                <Table.Th scope="col">{t('calendar.name')}</Table.Th>
                <Table.Th scope="col">{t('calendar.notice')}</Table.Th>
                <Table.Th scope="col">{t('calendar.updatedBy')}</Table.Th>
                {mayManage && <Table.Th scope="col">{t('calendar.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overrides.map((o) => (
                <Table.Tr key={o.date}>
                  <Table.Td>{showDate(o.date)}</Table.Td>
                  <Table.Td>{weekdayOf(o.date, locale)}</Table.Td>
                  <Table.Td>
                    <Badge color={o.kind === 'day_off' ? 'orange' : 'teal'} variant="light">
                      {t(o.kind === 'day_off' ? 'calendar.kind.dayOff' : 'calendar.kind.workingDay')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{locale === 'vi' ? o.nameVi : o.nameEn}</Table.Td>
                  <Table.Td>{o.source}</Table.Td>
                  <Table.Td>{o.updatedByName}</Table.Td>
                  {mayManage && (
                    <Table.Td>
                      {confirming === o.date ? (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            color="red"
                            loading={remove.isPending}
                            onClick={() => remove.mutate(o.date)}
                          >
                            {t('calendar.confirmRemove')}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                            {t('action.cancel')}
                          </Button>
                        </Group>
                      ) : (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => onEdit(o)}>
                            {t('calendar.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setConfirming(o.date)}
                          >
                            {t('calendar.remove')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

/** Adds an override, or changes the one given (its date is then fixed: another date is another override). */
function OverrideForm({
  initial,
  onSaved,
  onCancel,
}: {
  initial: StoredCalendarOverride | null;
  onSaved: (date: string) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<string | null>(initial?.date ?? null);
  const [kind, setKind] = useState<CalendarOverrideKind>(initial?.kind ?? 'day_off');
  const [nameVi, setNameVi] = useState(initial?.nameVi ?? '');
  const [nameEn, setNameEn] = useState(initial?.nameEn ?? '');
  const [source, setSource] = useState(initial?.source ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (v: { date: string; input: CalendarOverrideInput }) => setCalendarOverride(v.date, v.input),
    onSuccess: (_saved, v) => onSaved(v.date),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checkedDate = validateWith(CalendarOverrideParams, { date: date ?? undefined }, locale);
    const checked = validateWith(
      CalendarOverrideInput,
      { kind, nameVi, nameEn, source: source || null },
      locale,
    );
    if (!checkedDate.ok || !checked.ok) {
      setErrors({ ...(checkedDate.ok ? {} : checkedDate.errors), ...(checked.ok ? {} : checked.errors) });
      return;
    }
    setErrors({});
    save.mutate({ date: checkedDate.data.date, input: checked.data });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        <Title order={2} size="h4">
          {initial ? t('calendar.editTitle') : t('calendar.addTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calendar.formHelp')}
        </Text>
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        {initial ? (
          <TextInput label={t('calendar.date')} value={showDate(initial.date)} readOnly />
        ) : (
          <Stack gap={4}>
            <DateField label={t('calendar.date')} value={date} onChange={setDate} />
            {shown.date && (
              <Text size="xs" c="red" role="alert">
                {shown.date}
              </Text>
            )}
          </Stack>
        )}
        <Select
          label={t('calendar.kind')}
          data={KINDS.map((k) => ({
            value: k,
            label: t(k === 'day_off' ? 'calendar.kind.dayOff' : 'calendar.kind.workingDay'),
          }))}
          value={kind}
          onChange={(v) => setKind(v === 'working_day' ? 'working_day' : 'day_off')}
          allowDeselect={false}
          required
          error={shown.kind}
        />
        <TextInput
          label={t('calendar.nameVi')}
          value={nameVi}
          onChange={(e) => setNameVi(e.currentTarget.value)}
          required
          maxLength={200}
          error={shown.nameVi}
        />
        <TextInput
          label={t('calendar.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          required
          maxLength={200}
          error={shown.nameEn}
        />
        <TextInput
          label={t('calendar.notice')}
          description={t('calendar.noticeHelp')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          maxLength={300}
          error={shown.source}
        />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
          {initial && (
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

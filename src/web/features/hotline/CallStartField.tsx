import { Button, Group, Input, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const hhmm = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** A local date (yyyy-mm-dd) and time (hh:mm) as an instant, or null while either is unfinished. */
function combine(date: string | null, time: string): Date | null {
  const m = /^\s*(\d{1,2})[:h.](\d{2})\s*$/.exec(time);
  if (!date || !m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h, min);
}

/**
 * When the call started: set when the console opens (the counsellor picks up), shown as dd/mm/yyyy hh:mm; "Change"
 * lets the counsellor correct it when a call is logged afterwards. Typed as dd/mm/yyyy whatever the browser's language.
 */
export function CallStartField({
  value,
  onChange,
  error,
}: {
  value: Date;
  onChange: (d: Date) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState<string | null>(isoDate(value));
  const [time, setTime] = useState(hhmm(value));

  if (!editing)
    return (
      <Input.Wrapper label={t('hotline.contact.startedAt')} error={error}>
        <Group gap="xs" mt={4}>
          <Text size="sm">{formatDateTime(value)}</Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            {t('hotline.contact.changeStart')}
          </Button>
        </Group>
      </Input.Wrapper>
    );

  const update = (nextDate: string | null, nextTime: string) => {
    const d = combine(nextDate, nextTime);
    if (d) onChange(d);
  };
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <DateField
        label={t('hotline.contact.startDate')}
        value={date}
        onChange={(d) => {
          setDate(d);
          update(d, time);
        }}
      />
      <TextInput
        label={t('hotline.contact.startTime')}
        placeholder={t('hotline.contact.timePlaceholder')}
        inputMode="numeric"
        w={90}
        value={time}
        error={combine('2000-01-01', time) === null ? t('hotline.contact.timeInvalid') : error}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setTime(next);
          update(date, next);
        }}
      />
    </Group>
  );
}

import { Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { BirthPrecision } from '../../../shared/domain/Child';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/context';
import { PRECISION_LABEL } from './child-labels';

const pad = (n: number) => String(n).padStart(2, '0');

/** "03/2015" → 2015-03-01; null when not a month of a plausible year. */
function parseMonth(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return month >= 1 && month <= 12 && year >= 1900 ? `${year}-${pad(month)}-01` : null;
}

function monthText(iso: string | null): string {
  return iso ? `${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

/**
 * Date of birth as precise as it is known: the full date (dd/mm/yyyy), a month (mm/yyyy) or an estimated year. The
 * value is the ISO date of the first day of the period (the register stores it so, Child.ts normaliseBirthDate).
 */
export function BirthInput({
  precision,
  value,
  error,
  onChange,
}: {
  precision: BirthPrecision;
  value: string | null;
  error?: string;
  onChange: (precision: BirthPrecision, value: string | null) => void;
}) {
  const { t } = useI18n();
  const [month, setMonth] = useState(precision === 'month' ? monthText(value) : '');
  const [monthInvalid, setMonthInvalid] = useState(false);
  const year = value ? Number(value.slice(0, 4)) : null;

  return (
    <Stack gap={6}>
      <Radio.Group
        label={t('child.field.birthDate')}
        description={t('child.birthKnown')}
        required
        value={precision}
        onChange={(p) => {
          const next = BirthPrecision.parse(p);
          // Keep what can be kept: the year survives a change of precision.
          const kept =
            value && next !== 'day'
              ? `${value.slice(0, 4)}-${next === 'month' ? value.slice(5, 7) : '01'}-01`
              : null;
          if (next === 'month') setMonth(monthText(kept));
          onChange(next, kept);
        }}
      >
        <Group gap="md" mt={4}>
          {BirthPrecision.options.map((p) => (
            <Radio key={p} value={p} label={t(PRECISION_LABEL[p])} />
          ))}
        </Group>
      </Radio.Group>
      <Group gap="xs" align="flex-start">
        {precision === 'day' && (
          <DateField label={t('child.birthDay')} value={value} onChange={(iso) => onChange('day', iso)} />
        )}
        {precision === 'month' && (
          <TextInput
            label={t('child.birthMonthInput')}
            placeholder="mm/yyyy"
            inputMode="numeric"
            autoComplete="off"
            value={month}
            error={monthInvalid ? t('child.error.month') : undefined}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setMonth(text);
              const iso = parseMonth(text);
              if (iso) setMonthInvalid(false);
              onChange('month', iso);
            }}
            onBlur={() => setMonthInvalid(month.trim() !== '' && parseMonth(month) === null)}
          />
        )}
        {precision === 'year' && (
          <NumberInput
            label={t('child.birthYearInput')}
            value={year ?? ''}
            onChange={(v) =>
              onChange('year', typeof v === 'number' && v >= 1900 && v <= 9999 ? `${v}-01-01` : null)
            }
            min={1900}
            max={9999}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            w={160}
          />
        )}
      </Group>
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

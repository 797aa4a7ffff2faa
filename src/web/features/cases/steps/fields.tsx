import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { RiskRating } from '../../../../shared/domain/CaseAction';
import type { FieldErrors } from '../../../api/form-errors';
import { DateField } from '../../../components/DateField';
import type { MessageId } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/context';
import { RATING_LABEL } from '../case-labels';

/** A free-text part of a step (CaseAction.ts `text`), with the error of its path ("text.findings"). */
export function LongText({
  label,
  path,
  value,
  onChange,
  errors,
  required,
  rows = 3,
  max = 5000,
  description,
}: {
  label: MessageId;
  path: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  required?: boolean;
  rows?: number;
  max?: number;
  description?: string;
}) {
  const { t } = useI18n();
  return (
    <Textarea
      label={t(label)}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={rows}
      maxRows={12}
      maxLength={max}
      required={required}
      error={errors[path]}
    />
  );
}

export type Option<T extends string> = { value: T; label: string };

/** One choice among a few, all visible (radio buttons wrap on a phone). */
export function Choice<T extends string>({
  label,
  value,
  onChange,
  options,
  error,
  required = true,
}: {
  label: string;
  value: T | null;
  onChange: (value: T) => void;
  options: readonly Option<T>[];
  error?: string;
  required?: boolean;
}) {
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(v) => {
        const picked = options.find((o) => o.value === v);
        if (picked) onChange(picked.value);
      }}
      required={required}
      error={error}
    >
      <Group gap="md" mt={6}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}

const RATINGS: readonly RiskRating[] = ['high', 'medium', 'low'];

/** Mẫu 03 / Mẫu 06 scale: Cao / Trung bình / Thấp (domain.md §2.2 [S15]). */
export function RatingField({
  label,
  value,
  onChange,
  error,
}: {
  label: MessageId;
  value: RiskRating | null;
  onChange: (value: RiskRating) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <Choice
      label={t(label)}
      value={value}
      onChange={onChange}
      options={RATINGS.map((r) => ({ value: r, label: t(RATING_LABEL[r]) }))}
      error={error}
    />
  );
}

export function YesNo({
  label,
  checked,
  onChange,
}: {
  label: MessageId;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  return <Checkbox label={t(label)} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Now as a local date (yyyy-mm-dd) and time (hh:mm): the default of "when was it decided / held". */
export function nowParts(now = new Date()): { date: string; time: string } {
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

/** A local date and time as an ISO instant; undefined while incomplete (the schema then says it is required). */
export function toInstant(date: string | null, time: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!date || !m) return undefined;
  const [y, mo, d] = date.split('-').map(Number);
  const at = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, Number(m[1]), Number(m[2]));
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** A moment typed as a date (dd/mm/yyyy) and a time (hh:mm), for decisions and meetings. */
export function DateTimeField({
  label,
  date,
  time,
  onChange,
  error,
}: {
  label: MessageId;
  date: string | null;
  time: string;
  onChange: (date: string | null, time: string) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Group gap="sm" align="flex-start" grow>
        <DateField label={t(label)} value={date} onChange={(d) => onChange(d, time)} />
        <TextInput
          label={t('case.field.time')}
          type="time"
          value={time}
          onChange={(e) => onChange(date, e.currentTarget.value)}
          maw={140}
        />
      </Group>
      <FieldError error={error} />
    </Stack>
  );
}

/** The error of a date typed with DateField (which shows its own format errors, not the schema's). */
export function FieldError({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <Text c="red.8" size="sm" role="alert">
      {error}
    </Text>
  );
}

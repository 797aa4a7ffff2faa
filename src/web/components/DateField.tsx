import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatDate, parseDateInput } from '../i18n/format';
import { useI18n } from '../i18n/context';

/**
 * A date typed as dd/mm/yyyy whatever the browser's language (a native date input shows mm/dd/yyyy on an English
 * phone). `value` and `onChange` use ISO dates (yyyy-mm-dd); an unfinished or invalid entry reports null.
 */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value ? formatDate(`${value}T00:00:00`) : '');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (value === null) return;
    setText(formatDate(`${value}T00:00:00`));
    setInvalid(false);
  }, [value]);

  return (
    <TextInput
      label={label}
      placeholder={t('dateField.placeholder')}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      error={invalid ? t('dateField.invalid') : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        if (!next.trim()) {
          setInvalid(false);
          onChange(null);
          return;
        }
        const iso = parseDateInput(next);
        if (iso) setInvalid(false);
        onChange(iso);
      }}
      onBlur={() => setInvalid(text.trim() !== '' && parseDateInput(text) === null)}
    />
  );
}

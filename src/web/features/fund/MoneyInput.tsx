import { NumberInput } from '@mantine/core';
import { useI18n } from '../../i18n/context';

/** An amount in whole đồng, grouped as the user reads it ("1.500.000" in Vietnamese), with "đ" after it. */
export function MoneyInput({
  label,
  value,
  onChange,
  error,
  required,
  description,
}: {
  label: string;
  value: number | '';
  onChange: (value: number | '') => void;
  error?: string;
  required?: boolean;
  description?: string;
}) {
  const { locale } = useI18n();
  return (
    <NumberInput
      label={label}
      description={description}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' ? v : '')}
      min={0}
      max={Number.MAX_SAFE_INTEGER}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={locale === 'vi' ? '.' : ','}
      decimalSeparator={locale === 'vi' ? ',' : '.'}
      suffix=" đ"
      inputMode="numeric"
      hideControls
      required={required}
      error={error}
    />
  );
}

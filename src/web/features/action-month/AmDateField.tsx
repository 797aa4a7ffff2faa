import { Stack, Text } from '@mantine/core';
import { DateField } from '../../components/DateField';

/** The shared dd/mm/yyyy field with the API's field error under it (DateField itself shows only its own). */
export function AmDateField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string;
}) {
  return (
    <Stack gap={2}>
      <DateField label={label} value={value} onChange={onChange} />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

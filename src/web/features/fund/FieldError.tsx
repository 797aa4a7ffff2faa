import { Text } from '@mantine/core';

/** The error under a field whose input takes no error of its own (DateField, a picker built from parts). */
export function FieldError({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <Text size="xs" c="red" role="alert">
      {text}
    </Text>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { vietnamToday } from '../../../shared/reference/child-age';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';

/** Ends a circumstance or a risk flag at a date (today by default); the entry stays in the history. */
export function EndDialog({
  opened,
  title,
  what,
  pending,
  error,
  fieldError,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  what: string;
  pending: boolean;
  error: unknown;
  fieldError?: string;
  onClose: () => void;
  onConfirm: (date: string) => void;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState<string | null>(vietnamToday());
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onConfirm(date);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{what}</Text>
          {Boolean(error) && !fieldError && <ErrorAlert error={error} />}
          <DateField label={t('child.endDate')} value={date} onChange={setDate} />
          {(missing || fieldError) && (
            <Text c="red.8" size="sm" role="alert">
              {fieldError ?? t('child.dateRequired')}
            </Text>
          )}
          <Group gap="xs">
            <Button type="submit" loading={pending}>
              {t('child.endConfirm')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Alert } from '@mantine/core';
import { ApiRequestError } from '../api/client';
import { useI18n } from '../i18n/context';
import type { Translate } from '../i18n/translate';

/** The message to show for a failed request: the server's own (already translated) message when there is one. */
export function errorMessage(err: unknown, t: Translate): string {
  if (err instanceof ApiRequestError) {
    if (err.message) return err.message;
    return err.status === 0 ? t('error.network') : t('error.unexpected');
  }
  return t('error.unexpected');
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('error.title')}>
      {errorMessage(error, t)}
    </Alert>
  );
}

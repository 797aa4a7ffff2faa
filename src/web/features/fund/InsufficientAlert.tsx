import { Alert, Text } from '@mantine/core';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatVnd } from './money';

/** The 409 'fund.insufficient' answer carries what is left for the purpose (restricted + general money). */
export function insufficientAvailable(err: unknown): number | null {
  if (!(err instanceof ApiRequestError) || err.status !== 409 || err.messageId !== 'fund.insufficient')
    return null;
  const available = err.details.available;
  return typeof available === 'number' ? available : 0;
}

/**
 * A failed disbursement: when the money is not there, say plainly how much can be paid for this purpose (what
 * donors gave for it plus unrestricted money, in this campaign); any other error as usual.
 */
export function DisbursementError({ error, requested }: { error: unknown; requested: number | '' }) {
  const { t, locale } = useI18n();
  const available = insufficientAvailable(error);
  if (available === null) return <ErrorAlert error={error} />;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('fund.disbursement.insufficientTitle')}>
      <Text size="sm" fw={700}>
        {t('fund.disbursement.insufficientAvailable', { available: formatVnd(available, locale) })}
      </Text>
      {requested !== '' && (
        <Text size="sm">
          {t('fund.disbursement.insufficientRequested', { requested: formatVnd(requested, locale) })}
        </Text>
      )}
      <Text size="sm">{t('fund.disbursement.insufficientHint')}</Text>
    </Alert>
  );
}

import { Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { RecoveryCodes, TotpEnrolment } from '../../../shared/domain/Auth';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

/** Scan the QR code (or type the key), confirm with a first code, then keep the recovery codes. */
export function TotpEnrolPanel({ onDone, doneLabel }: { onDone: () => void; doneLabel?: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  // A new secret per visit; it is not cached beyond this screen.
  const start = useQuery({
    queryKey: ['totp-enrol'],
    queryFn: () => api.post<TotpEnrolment>('/api/auth/totp/enrol/start'),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: (value: string) => api.post<RecoveryCodes>('/api/auth/totp/enrol/confirm', { code: value }),
  });

  if (confirm.data)
    return <RecoveryCodesPanel codes={confirm.data.recoveryCodes} onDone={onDone} doneLabel={doneLabel} />;
  if (start.isPending) return <LoadingState />;
  if (start.isError) return <ErrorState error={start.error} onRetry={() => void start.refetch()} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    setMissing(!value);
    if (value) confirm.mutate(value);
  };
  const secretGroups = start.data.secret.match(/.{1,4}/g)?.join(' ') ?? start.data.secret;

  return (
    <Stack gap="md">
      <Text size="sm">{t('enrol.step1')}</Text>
      <img className="qr-image" src={start.data.qrDataUrl} alt={t('enrol.qrAlt')} />
      <Stack gap={4}>
        <Text size="sm">{t('enrol.manualKey')}</Text>
        <Group gap="xs" align="center">
          <Code className="break-anywhere" fz="md" aria-label={t('enrol.secretLabel')}>
            {secretGroups}
          </Code>
          <CopyButton value={start.data.secret}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? t('action.copied') : t('action.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('enrol.step2')}</Text>
          {confirm.error && <ErrorAlert error={confirm.error} />}
          <TextInput
            label={t('enrol.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={missing ? t('totp.codeRequired') : undefined}
          />
          <div>
            <Button type="submit" loading={confirm.isPending}>
              {t('enrol.confirm')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}

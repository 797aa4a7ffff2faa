import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RecoveryCodes } from '../../../shared/domain/Auth';
import { api } from '../../api/client';
import { SESSION_KEY } from '../../api/session';
import { useMe } from '../../api/useMe';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { RecoveryCodesPanel } from '../auth/RecoveryCodesPanel';
import { TotpEnrolPanel } from '../auth/TotpEnrolPanel';

/** Turn on the second factor voluntarily, or get a fresh set of recovery codes. */
export function TwoFactorPanel() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);
  const regenerate = useMutation({
    mutationFn: () => api.post<RecoveryCodes>('/api/auth/totp/recovery-codes'),
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="account-2fa">
      <Group gap="sm">
        <Title order={2} size="h4" id="account-2fa">
          {t('account.totpTitle')}
        </Title>
        <Badge color={me.totpEnabled ? 'teal' : 'gray'} variant="light">
          {me.totpEnabled ? t('account.totpOn') : t('account.totpOff')}
        </Badge>
      </Group>
      {!me.totpEnabled && !enrolling && (
        <>
          <Text size="sm">{t('account.totpOffIntro')}</Text>
          <div>
            <Button onClick={() => setEnrolling(true)}>{t('account.totpEnable')}</Button>
          </div>
        </>
      )}
      {!me.totpEnabled && enrolling && (
        <TotpEnrolPanel
          doneLabel={t('account.finish')}
          onDone={() => {
            setEnrolling(false);
            void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
          }}
        />
      )}
      {me.totpEnabled && !regenerate.data && (
        <>
          <Text size="sm">{t('account.recoveryIntro')}</Text>
          {regenerate.error && <ErrorAlert error={regenerate.error} />}
          <div>
            <Button variant="default" loading={regenerate.isPending} onClick={() => regenerate.mutate()}>
              {t('account.recoveryRegenerate')}
            </Button>
          </div>
        </>
      )}
      {me.totpEnabled && regenerate.data && (
        <RecoveryCodesPanel
          codes={regenerate.data.recoveryCodes}
          doneLabel={t('account.finish')}
          onDone={() => regenerate.reset()}
        />
      )}
    </Stack>
  );
}

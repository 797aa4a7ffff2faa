import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { Me } from '../../../shared/domain/Auth';
import { api } from '../../api/client';
import { acceptMe, nextPathFor } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { AuthCard } from './AuthCard';
import { useLogout } from './useLogout';

/** Second step of the login: a 6-digit code from the authenticator app, or one of the recovery codes. */
export function TotpVerifyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);

  const verify = useMutation({
    mutationFn: (value: string) => api.post<Me>('/api/auth/totp/verify', { code: value }),
    onSuccess: async (me) => {
      await navigate({ to: nextPathFor(acceptMe(queryClient, me)), replace: true });
    },
    onError: () => setCode(''),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    setMissing(!value);
    if (value) verify.mutate(value);
  };

  return (
    <AuthCard title={t('totp.verifyTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('totp.verifyIntro')}</Text>
          {verify.error && <ErrorAlert error={verify.error} />}
          <TextInput
            label={t('totp.code')}
            description={t('totp.codeHint')}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            data-autofocus
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={missing ? t('totp.codeRequired') : undefined}
          />
          <Button type="submit" loading={verify.isPending} fullWidth>
            {t('totp.verifySubmit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={() => logout.mutate()}>
            {t('totp.cancel')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}

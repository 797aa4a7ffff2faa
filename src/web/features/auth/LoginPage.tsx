import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { LoginInput, Me } from '../../../shared/domain/Auth';
import { api } from '../../api/client';
import { acceptMe, metaQuery, nextPathFor } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { AuthCard } from './AuthCard';

export function LoginPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meta = useQuery(metaQuery);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  const login = useMutation({
    mutationFn: (input: LoginInput) => api.post<Me>('/api/auth/login', input),
    onSuccess: async (me) => {
      const next = nextPathFor(acceptMe(queryClient, me));
      if (next === '/' && search.redirect) await navigate({ href: search.redirect, replace: true });
      else await navigate({ to: next, replace: true });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { username: !username.trim(), password: !password };
    setMissing(problems);
    if (problems.username || problems.password) return;
    login.mutate({ username: username.trim(), password });
  };

  return (
    <AuthCard title={t('login.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {login.error && <ErrorAlert error={login.error} title={t('login.failed')} />}
          <TextInput
            label={t('login.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={missing.username ? t('login.usernameRequired') : undefined}
          />
          <PasswordInput
            label={t('login.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={missing.password ? t('login.passwordRequired') : undefined}
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('login.submit')}
          </Button>
          {meta.data?.demo && (
            <Text size="sm" c="dimmed">
              {t('login.demoHint')}
            </Text>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
}

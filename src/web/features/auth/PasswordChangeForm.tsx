import { Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { PasswordChangeInput } from '../../../shared/domain/Auth';
import { api, ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';

const MIN_LENGTH = 10;

export function PasswordChangeForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; repeat?: string }>({});

  const change = useMutation({
    mutationFn: (input: PasswordChangeInput) => api.post<void>('/api/auth/password', input),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      onDone();
    },
    onError: (err) => {
      if (err instanceof ApiRequestError)
        for (const f of err.fields) {
          if (f.path.endsWith('newPassword')) setErrors((e) => ({ ...e, next: f.message }));
          if (f.path.endsWith('currentPassword')) setErrors((e) => ({ ...e, current: f.message }));
        }
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      current: current ? undefined : t('password.currentRequired'),
      next: next.length >= MIN_LENGTH ? undefined : t('password.tooShort', { min: MIN_LENGTH }),
      repeat: repeat === next ? undefined : t('password.mismatch'),
    };
    setErrors(problems);
    if (problems.current || problems.next || problems.repeat) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {change.error && <ErrorAlert error={change.error} />}
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.current}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.rule', { min: MIN_LENGTH })}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={errors.next}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <PasswordInput
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

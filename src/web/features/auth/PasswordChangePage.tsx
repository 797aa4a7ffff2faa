import { Anchor, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { nextPathFor, sessionQuery } from '../../api/session';
import { useI18n } from '../../i18n/context';
import { AuthCard } from './AuthCard';
import { PasswordChangeForm } from './PasswordChangeForm';
import { useLogout } from './useLogout';

/** Forced change of a temporary password (new account or reset by an administrator). */
export function PasswordChangePage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useLogout();
  const onDone = async () => {
    const state = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    await navigate({ to: nextPathFor(state), replace: true });
  };
  return (
    <AuthCard title={t('password.forcedTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('password.forcedIntro')}</Text>
        <PasswordChangeForm onDone={() => void onDone()} />
        <Anchor component="button" type="button" size="sm" onClick={() => logout.mutate()}>
          {t('totp.cancel')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}

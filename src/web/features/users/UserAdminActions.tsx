import { Alert, Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { User, UserUpdateInput } from '../../../shared/domain/User';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { generatePassword } from './users-api';
import { UserStatusBadges } from './UsersPage';

type Action = 'disable' | 'enable' | 'unlock' | 'resetPassword' | 'resetTotp';

/** Account actions of an administrator: disable/enable, unlock, reset password, reset the second factor. */
export function UserAdminActions({ user, canManage }: { user: User; canManage: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [tempPassword, setTempPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();

  const run = useMutation({
    mutationFn: (body: UserUpdateInput) => api.patch<User>(`/api/users/${encodeURIComponent(user.id)}`, body),
    onSuccess: async (_data, body) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      setConfirming(null);
      setDone(
        body.resetPassword
          ? t('users.passwordResetDone', { password: body.resetPassword })
          : t('state.saved'),
      );
    },
  });

  const open = (action: Action) => {
    run.reset();
    setDone(null);
    if (action === 'resetPassword') setTempPassword(generatePassword());
    setConfirming(action);
  };
  const bodyFor = (action: Action): UserUpdateInput => {
    switch (action) {
      case 'disable':
        return { isActive: false };
      case 'enable':
        return { isActive: true };
      case 'unlock':
        return { unlock: true };
      case 'resetPassword':
        return { resetPassword: tempPassword };
      case 'resetTotp':
        return { resetTotp: true };
    }
  };
  const question: Record<Action, string> = {
    disable: t('users.confirmDisable', { name: user.displayName }),
    enable: t('users.confirmEnable', { name: user.displayName }),
    unlock: t('users.confirmUnlock', { name: user.displayName }),
    resetPassword: t('users.confirmResetPassword', { name: user.displayName }),
    resetTotp: t('users.confirmResetTotp', { name: user.displayName }),
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="user-account-state">
      <Title order={2} size="h4" id="user-account-state">
        {t('users.accountState')}
      </Title>
      <UserStatusBadges user={user} />
      <Text size="sm">
        {t('users.lastLogin')}: {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}
        {locked && user.lockedUntil
          ? ` · ${t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}`
          : ''}
      </Text>
      {done && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('action.close')}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {canManage && (
        <Group gap="xs">
          {user.isActive ? (
            <Button variant="default" color="red" onClick={() => open('disable')}>
              {t('users.disable')}
            </Button>
          ) : (
            <Button variant="default" onClick={() => open('enable')}>
              {t('users.enable')}
            </Button>
          )}
          {locked && (
            <Button variant="default" onClick={() => open('unlock')}>
              {t('users.unlock')}
            </Button>
          )}
          <Button variant="default" onClick={() => open('resetPassword')}>
            {t('users.resetPassword')}
          </Button>
          {user.totpEnabled && (
            <Button variant="default" onClick={() => open('resetTotp')}>
              {t('users.resetTotp')}
            </Button>
          )}
        </Group>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('action.confirm')}
        closeButtonProps={{ 'aria-label': t('action.cancel') }}
      >
        {confirming && (
          <Stack gap="md">
            <Text>{question[confirming]}</Text>
            {confirming === 'resetPassword' && (
              <Text size="sm">
                {t('users.tempPasswordIs')} <Code fz="md">{tempPassword}</Code>
              </Text>
            )}
            {run.error && <ErrorAlert error={run.error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('action.cancel')}
              </Button>
              <Button
                color={confirming === 'disable' || confirming === 'resetTotp' ? 'red' : undefined}
                loading={run.isPending}
                onClick={() => run.mutate(bodyFor(confirming))}
              >
                {t('action.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

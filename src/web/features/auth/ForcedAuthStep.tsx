import type { ReactNode } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { nextPathFor, sessionQuery } from '../../api/session';
import { useI18n } from '../../i18n/context';
import { AuthCard } from './AuthCard';
import { useLogout } from './useLogout';

/**
 * A step the session must complete before anything else (temporary password, required second factor): the step's
 * form, a way out (log out), and, once done, on to wherever the refreshed session says to go next.
 */
export function ForcedAuthStep(props: {
  title: string;
  intro: string;
  children: (onDone: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useLogout();
  const onDone = async () => {
    const state = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    await navigate({ to: nextPathFor(state), replace: true });
  };
  return (
    <AuthCard title={props.title}>
      <Stack gap="md">
        <Text size="sm">{props.intro}</Text>
        {props.children(() => void onDone())}
        <Anchor component="button" type="button" size="sm" onClick={() => logout.mutate()}>
          {t('totp.cancel')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}

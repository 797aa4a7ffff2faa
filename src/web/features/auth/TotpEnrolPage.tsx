import { Anchor, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { nextPathFor, sessionQuery } from '../../api/session';
import { useI18n } from '../../i18n/context';
import { AuthCard } from './AuthCard';
import { TotpEnrolPanel } from './TotpEnrolPanel';
import { useLogout } from './useLogout';

/** Forced enrolment: the user's role requires a second factor and none is set up yet. */
export function TotpEnrolPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useLogout();
  const onDone = async () => {
    const state = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    await navigate({ to: nextPathFor(state), replace: true });
  };
  return (
    <AuthCard title={t('enrol.title')}>
      <Stack gap="md">
        <Text size="sm">{t('enrol.requiredIntro')}</Text>
        <TotpEnrolPanel onDone={() => void onDone()} />
        <Anchor component="button" type="button" size="sm" onClick={() => logout.mutate()}>
          {t('totp.cancel')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}

import { Alert, Divider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/context';
import { roleLabelId } from '../../i18n/labels';
import { PasswordChangeForm } from '../auth/PasswordChangeForm';
import { SessionsPanel } from './SessionsPanel';
import { TwoFactorPanel } from './TwoFactorPanel';

export function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  const [passwordChanged, setPasswordChanged] = useState(false);
  const roleId = roleLabelId(me.role);
  return (
    <Page title={t('account.title')}>
      <Stack gap={2}>
        <Text fw={700}>
          {me.displayName} ({me.username})
        </Text>
        <Text size="sm">
          {roleId ? t(roleId) : me.role}
          {me.unitName ? ` · ${me.unitName}` : ''}
          {me.agencyName ? ` · ${me.agencyName}` : ''}
        </Text>
      </Stack>
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby="account-password" maw={480}>
        <Title order={2} size="h4" id="account-password">
          {t('account.passwordTitle')}
        </Title>
        {passwordChanged && (
          <Alert
            color="teal"
            role="status"
            withCloseButton
            closeButtonLabel={t('action.close')}
            onClose={() => setPasswordChanged(false)}
          >
            {t('password.changed')}
          </Alert>
        )}
        <PasswordChangeForm onDone={() => setPasswordChanged(true)} />
      </Stack>
      <Divider />
      <TwoFactorPanel />
      <Divider />
      <SessionsPanel />
    </Page>
  );
}

import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/context';

/** The frame of the login screens: product name, language switch, and one card. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · Treem`;
  }, [title]);
  return (
    <main className="auth-page" id="main-content" tabIndex={-1}>
      <Stack w="100%" maw={440} gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={800} fz={28} c="blue.9" lh={1.1}>
              Treem
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.fullName')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="xs" p={{ base: 'md', xs: 'lg' }} radius="md">
          <Stack gap="md">
            <Title order={1} size="h3">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </main>
  );
}

import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context';
import { ErrorAlert } from './ErrorAlert';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm">{label ?? t('state.loading')}</Text>
      </Stack>
    </Center>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text py="lg" ta="center" c="dimmed" role="status">
      {children}
    </Text>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" py="md">
      <ErrorAlert error={error} />
      {onRetry && (
        <div>
          <Button variant="default" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        </div>
      )}
    </Stack>
  );
}

import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../shared/domain/Auth';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { TableScroll } from '../../components/TableScroll';

/** "Chrome on Android" is enough to recognise a device; the full user agent stays in the title attribute. */
function deviceOf(userAgent: string | null): string {
  if (!userAgent) return '';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : '';
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return [browser, os].filter(Boolean).join(' / ') || userAgent.slice(0, 40);
}

export function SessionsPanel() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: ({ signal }) => api.get<SessionInfo[]>('/api/auth/sessions', undefined, signal),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['auth', 'sessions'] }),
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="account-sessions">
      <Title order={2} size="h4" id="account-sessions">
        {t('account.sessionsTitle')}
      </Title>
      <Text size="sm">{t('account.sessionsIntro')}</Text>
      {revoke.error && <ErrorAlert error={revoke.error} />}
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <EmptyState>{t('account.noSessions')}</EmptyState>
      ) : (
        <TableScroll label={t('account.sessionsTitle')} minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.device')}</Table.Th>
                <Table.Th scope="col">{t('account.signedIn')}</Table.Th>
                <Table.Th scope="col">{t('account.lastSeen')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('account.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td title={s.userAgent ?? undefined}>
                    <Text size="sm">{deviceOf(s.userAgent)}</Text>
                    <Text size="xs" c="dimmed">
                      {s.ip ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Badge variant="light">{t('account.currentSession')}</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        loading={revoke.isPending && revoke.variables === s.id}
                        onClick={() => revoke.mutate(s.id)}
                        aria-label={t('account.revokeSession', { device: deviceOf(s.userAgent) })}
                      >
                        {t('account.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

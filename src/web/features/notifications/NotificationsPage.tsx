import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { NotificationItem } from '../../../shared/domain/Notification';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { useMarkRead } from './NotificationBell';
import { NOTIFICATION_POLL_MS, notificationsQuery } from './notifications-api';
import { notificationText } from './notification-text';

const PAGE_SIZE = 20;

function NotificationCard({ n, onRead, busy }: { n: NotificationItem; onRead: () => void; busy: boolean }) {
  const { t } = useI18n();
  const caseId = n.caseId;
  return (
    <Card withBorder padding="sm" bg={n.readAt ? undefined : 'var(--mantine-color-blue-light)'}>
      <Stack gap={4}>
        <Text fw={n.readAt ? 400 : 700}>{notificationText(t, n)}</Text>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {formatDateTime(n.createdAt)}
            </Text>
            {!n.readAt && (
              <Badge size="xs" color="blue" variant="filled">
                {t('notifications.unread')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {caseId && (
              <Anchor
                size="sm"
                renderRoot={(props) => <Link {...props} to="/cases/$caseId" params={{ caseId }} />}
                onClick={() => {
                  if (!n.readAt) onRead();
                }}
              >
                {t('notifications.openCase')}
              </Anchor>
            )}
            {!n.readAt && (
              <Button size="compact-sm" variant="default" loading={busy} onClick={onRead}>
                {t('notifications.markRead')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}

/** All of one's notifications, newest first, paged; unread ones stand out and can be marked read. */
export function NotificationsPage() {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    ...notificationsQuery({ limit: PAGE_SIZE, offset, unreadOnly }),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
  const markRead = useMarkRead();
  const unread = list.data?.unread ?? 0;
  // The total counts every notification; with the filter on, the unread count is the list's length.
  const total = list.data ? (unreadOnly ? list.data.unread : list.data.total) : 0;

  return (
    <Page
      title={t('notifications.title')}
      actions={
        unread > 0 ? (
          <Button
            variant="default"
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('notifications.markAllRead')}
          </Button>
        ) : undefined
      }
    >
      <Text size="sm">{t('notifications.intro')}</Text>
      <Switch
        label={t('notifications.unreadOnly')}
        checked={unreadOnly}
        onChange={(e) => {
          setUnreadOnly(e.currentTarget.checked);
          setOffset(0);
        }}
      />
      {markRead.error && <ErrorAlert error={markRead.error} />}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</EmptyState>
      ) : (
        <Stack gap="xs">
          {list.data.items.map((n) => (
            <NotificationCard
              key={n.id}
              n={n}
              busy={markRead.isPending && markRead.variables.ids?.includes(n.id) === true}
              onRead={() => markRead.mutate({ ids: [n.id] })}
            />
          ))}
          <Pager total={total} limit={PAGE_SIZE} offset={offset} onOffset={setOffset} />
        </Stack>
      )}
    </Page>
  );
}

import { ActionIcon, Indicator, Menu, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { NotificationItem } from '../../../shared/domain/Notification';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { markNotificationsRead, NOTIFICATION_POLL_MS, notificationsQuery } from './notifications-api';
import { notificationText } from './notification-text';

const SHOWN = 8;

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 0 1-3.46 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Marks notifications read and refreshes every list of them (the bell and the page share the cache). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

function BellItem({ n, onOpen }: { n: NotificationItem; onOpen: () => void }) {
  const { t } = useI18n();
  const text = (
    <>
      <Text size="sm" fw={n.readAt ? 400 : 700}>
        {notificationText(t, n)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(n.createdAt)}
        {n.readAt ? '' : ` · ${t('notifications.unread')}`}
      </Text>
    </>
  );
  if (!n.caseId) return <Menu.Item onClick={onOpen}>{text}</Menu.Item>;
  const caseId = n.caseId;
  return (
    <Menu.Item
      onClick={onOpen}
      renderRoot={(props) => <Link {...props} to="/cases/$caseId" params={{ caseId }} />}
    >
      {text}
    </Menu.Item>
  );
}

/**
 * The bell in the header: the number of unread notifications (polled every minute) and a menu of the latest, each
 * opening its case and marking itself read.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const list = useQuery({
    ...notificationsQuery({ limit: SHOWN }),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
  const markRead = useMarkRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  return (
    <Menu position="bottom-end" width={340} shadow="md" withinPortal>
      <Menu.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          disabled={unread === 0}
          offset={4}
        >
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} title={label}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.latest')}</Menu.Label>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('notifications.empty')}
          </Text>
        ) : (
          items.map((n) => (
            <BellItem
              key={n.id}
              n={n}
              onOpen={() => {
                if (!n.readAt) markRead.mutate({ ids: [n.id] });
              }}
            />
          ))
        )}
        <Menu.Divider />
        <Menu.Item c="blue" renderRoot={(props) => <Link {...props} to="/notifications" />}>
          {t('notifications.seeAll')}
        </Menu.Item>
        {unread > 0 && (
          <Menu.Item c="blue" closeMenuOnClick={false} onClick={() => markRead.mutate({ all: true })}>
            {t('notifications.markAllRead')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

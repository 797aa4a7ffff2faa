import { queryOptions } from '@tanstack/react-query';
import type {
  MarkNotificationsRead,
  MarkNotificationsReadResult,
  NotificationList,
  OutboxPage,
  OutboxStatus,
} from '../../../shared/domain/Notification';
import { api } from '../../api/client';

/** The bell polls every minute; the page refreshes on focus like any query. */
export const NOTIFICATION_POLL_MS = 60_000;

export const notificationsQuery = (opts: { limit: number; offset?: number; unreadOnly?: boolean }) =>
  queryOptions({
    queryKey: ['notifications', opts],
    queryFn: ({ signal }) =>
      api.get<NotificationList>(
        '/api/notifications',
        { limit: opts.limit, offset: opts.offset ?? 0, unreadOnly: opts.unreadOnly ? 'true' : undefined },
        signal,
      ),
  });

export const markNotificationsRead = (input: MarkNotificationsRead) =>
  api.post<MarkNotificationsReadResult>('/api/notifications/read', input);

export const outboxQuery = (opts: { limit: number; offset: number; status: OutboxStatus | null }) =>
  queryOptions({
    queryKey: ['outbox', opts],
    queryFn: ({ signal }) =>
      api.get<OutboxPage>(
        '/api/outbox',
        { limit: opts.limit, offset: opts.offset, status: opts.status ?? undefined },
        signal,
      ),
  });

import type { AppDeps } from '../../app-deps';
import {
  NotificationParams,
  type MarkNotificationsRead,
  type MarkNotificationsReadResult,
  type NotificationItem,
  type NotificationList,
  type NotificationQuery,
} from '../../../shared/domain/Notification';
import {
  countUserNotifications,
  listUserNotifications,
  markNotificationsRead,
  type NotificationRow,
} from './notifications.repo';

type Deps = Pick<AppDeps, 'db' | 'now'>;

function toItem(r: NotificationRow): NotificationItem {
  // Params are written by notify.ts; anything else in them is dropped rather than passed to the browser.
  const params = NotificationParams.safeParse(r.params);
  return {
    id: r.id,
    kind: r.kind,
    caseId: r.case_id,
    params: params.success ? params.data : {},
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at ? r.read_at.toISOString() : null,
  };
}

/** The caller's own notifications, newest first, with the unread count (the bell polls this). */
export async function listMyNotifications(
  deps: Deps,
  userId: string,
  query: NotificationQuery,
): Promise<NotificationList> {
  const rows = await listUserNotifications(deps.db, userId, {
    limit: query.limit,
    offset: query.offset,
    unreadOnly: query.unreadOnly ?? false,
  });
  const counts = await countUserNotifications(deps.db, userId);
  return { ...counts, items: rows.map(toItem) };
}

/** Marks some (or all) of the caller's notifications read; ids of other users' notifications change nothing. */
export async function markMyNotificationsRead(
  deps: Deps,
  userId: string,
  input: MarkNotificationsRead,
): Promise<MarkNotificationsReadResult> {
  return deps.db.transaction().execute(async (tx) => {
    const updated = await markNotificationsRead(tx, userId, input.ids ?? null, deps.now());
    const { unread } = await countUserNotifications(tx, userId);
    return { updated, unread };
  });
}

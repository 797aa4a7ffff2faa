import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import type { RequestContext } from '../../http/request-context';
import {
  MarkNotificationsRead,
  MarkNotificationsReadResult,
  NotificationList,
  NotificationQuery,
  OutboxPage,
  OutboxQuery,
} from '../../../shared/domain/Notification';
import { Permission } from '../../../shared/permissions/Permission';
import { listMyNotifications, markMyNotificationsRead } from './notifications.service';
import { viewOutbox } from './outbox.service';

const userIdOf = (ctx: RequestContext): string => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return ctx.user.id;
};

/** In-app notifications (each user's own) and the e-mail outbox (administrators). */
export function registerNotificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['notifications'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/notifications',
    access: 'authenticated',
    summary: 'The caller’s own notifications, newest first, with the unread count',
    tags,
    querystring: NotificationQuery,
    response: NotificationList,
    handler: async ({ query, ctx }) => listMyNotifications(deps, userIdOf(ctx), query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/notifications/read',
    access: 'authenticated',
    summary: 'Mark some of the caller’s notifications read ({ids}), or all of them ({all: true})',
    tags,
    body: MarkNotificationsRead,
    response: MarkNotificationsReadResult,
    handler: async ({ body, ctx }) => markMyNotificationsRead(deps, userIdOf(ctx), body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/outbox',
    access: Permission.outboxRead,
    summary:
      'E-mails sent or waiting (in demo mode: what would be sent), to users in the caller’s jurisdiction',
    tags,
    querystring: OutboxQuery,
    response: OutboxPage,
    handler: async ({ query, ctx }) => {
      if (!ctx.scope) throw new AppError('FORBIDDEN');
      return viewOutbox(deps, ctx.actor, ctx.scope, query);
    },
  });
}

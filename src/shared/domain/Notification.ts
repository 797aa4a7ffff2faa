import { z } from 'zod';
import { CLOCK_KINDS } from '../workflow/case-workflow';
import { Page, PageQuery } from './Common';

/**
 * In-app notifications and the e-mail outbox (issue #4 item 4). A notification names a case by its number and,
 * for an overdue step, the legal clock that ran out: never a child's name.
 */
export const NOTIFICATION_KINDS = [
  'case.new',
  'case.transferred',
  'case.emergency_needed',
  'case.plan_submitted',
  'case.plan_returned',
  'case.plan_approved',
  'case.reviewed',
  'case.overdue',
  'task.assigned',
  'task.declined',
  'task.done',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationParams = z.object({
  caseNumber: z.string().optional(),
  clock: z.enum(CLOCK_KINDS).optional(),
});
export type NotificationParams = z.infer<typeof NotificationParams>;

export const NotificationItem = z.object({
  id: z.uuid(),
  /** One of NOTIFICATION_KINDS; an older kind the client does not know is shown with a generic text. */
  kind: z.string(),
  caseId: z.uuid().nullable(),
  params: NotificationParams,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationList = z.object({
  unread: z.number().int(),
  total: z.number().int(),
  items: z.array(NotificationItem),
});
export type NotificationList = z.infer<typeof NotificationList>;

/** Mark some of one's notifications read ({ids}), or all of them ({all: true}): one of the two. */
export const MarkNotificationsRead = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(200).optional(),
    all: z.literal(true).optional(),
  })
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), {
    path: ['ids'],
    message: 'give either ids or all',
  });
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsRead>;

export const MarkNotificationsReadResult = z.object({ updated: z.number().int(), unread: z.number().int() });
export type MarkNotificationsReadResult = z.infer<typeof MarkNotificationsReadResult>;

/** An e-mail is tried this many times, then left as failed (the outbox page shows the last error). */
export const MAX_MAIL_ATTEMPTS = 5;

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OutboxQuery = PageQuery.extend({ status: z.enum(OUTBOX_STATUSES).optional() });
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export const OutboxEntry = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** pending: waiting (or retrying); failed: given up after the last attempt; sent. */
  status: z.enum(OUTBOX_STATUSES),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const OutboxPage = Page(OutboxEntry).extend({
  /** Whether this server sends e-mail at all (production mode with an SMTP server); otherwise nothing leaves. */
  sending: z.boolean(),
});
export type OutboxPage = z.infer<typeof OutboxPage>;

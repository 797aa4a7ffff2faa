import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/transaction';
import type { EmailOutboxTable } from '../../db/schema';
import type { OutboxStatus } from '../../../shared/domain/Notification';
import type { Role } from '../../../shared/permissions/roles';

/** Users to notify: active users of some roles, in a unit or of an agency. */
export type RecipientQuery = { roles: Role[]; unitCode?: string; agencyId?: string };

export async function recipientsOf(
  tx: Tx,
  queries: readonly RecipientQuery[],
): Promise<{ id: string; email: string | null }[]> {
  const seen = new Map<string, { id: string; email: string | null }>();
  for (const q of queries) {
    let query = tx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('is_active', '=', true)
      .where('role', 'in', q.roles);
    if (q.unitCode !== undefined) query = query.where('unit_code', '=', q.unitCode);
    if (q.agencyId !== undefined) query = query.where('agency_id', '=', q.agencyId);
    for (const u of await query.execute()) seen.set(u.id, u);
  }
  return [...seen.values()];
}

export async function insertNotifications(
  tx: Tx,
  rows: {
    user_id: string;
    kind: string;
    case_id: string | null;
    params: Record<string, unknown>;
    dedupe_key: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(rows.map((r) => ({ ...r, params: JSON.stringify(r.params) })))
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .execute();
}

export async function queueEmails(tx: Tx, rows: Insertable<EmailOutboxTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('email_outbox')
    .values(rows)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

// ---- In-app notifications of one user (GET /api/notifications) ----

export type NotificationRow = {
  id: string;
  kind: string;
  case_id: string | null;
  params: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
};

export async function listUserNotifications(
  db: DbOrTx,
  userId: string,
  page: { limit: number; offset: number; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  let q = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'case_id', 'params', 'created_at', 'read_at'])
    .where('user_id', '=', userId);
  if (page.unreadOnly) q = q.where('read_at', 'is', null);
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countUserNotifications(
  db: DbOrTx,
  userId: string,
): Promise<{ total: number; unread: number }> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.countAll<number>().filterWhere('read_at', 'is', null).as('unread'),
    ])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), unread: Number(row.unread) };
}

/** Marks notifications of one user read (all of them when ids is null); other users' ids are left alone. */
export async function markNotificationsRead(
  tx: DbOrTx,
  userId: string,
  ids: readonly string[] | null,
  at: Date,
): Promise<number> {
  let q = tx
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids) q = q.where('id', 'in', [...ids]);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

// ---- E-mail outbox: the page (GET /api/outbox) and the sender job ----

/** Which recipients' mails a reader of the outbox sees: national, or the users of a province or a commune. */
export type OutboxReach =
  { kind: 'all' } | { kind: 'province'; code: string } | { kind: 'commune'; code: string };

export type OutboxRow = Selectable<EmailOutboxTable> & { user_name: string | null };

function outboxQuery(db: DbOrTx, reach: OutboxReach, status: OutboxStatus | undefined, maxAttempts: number) {
  let q = db.selectFrom('email_outbox as o').leftJoin('users as u', 'u.id', 'o.user_id');
  if (reach.kind === 'province') q = q.where('u.province_code', '=', reach.code);
  if (reach.kind === 'commune') q = q.where('u.unit_code', '=', reach.code);
  if (status === 'sent') q = q.where('o.sent_at', 'is not', null);
  if (status === 'pending') q = q.where('o.sent_at', 'is', null).where('o.attempts', '<', maxAttempts);
  if (status === 'failed') q = q.where('o.sent_at', 'is', null).where('o.attempts', '>=', maxAttempts);
  return q;
}

export async function listOutbox(
  db: DbOrTx,
  reach: OutboxReach,
  filter: { status?: OutboxStatus; limit: number; offset: number; maxAttempts: number },
): Promise<{ rows: OutboxRow[]; total: number }> {
  const base = outboxQuery(db, reach, filter.status, filter.maxAttempts);
  const rows = await base
    .selectAll('o')
    .select('u.display_name as user_name')
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/**
 * Claims up to `limit` unsent mails for one sending pass: rows another sender holds are skipped (SKIP LOCKED), and
 * the attempt is counted before sending, so a crash mid-send still counts towards the limit.
 */
export async function claimUnsentMail(
  tx: Tx,
  limit: number,
  maxAttempts: number,
): Promise<Pick<Selectable<EmailOutboxTable>, 'id' | 'to_address' | 'subject' | 'body' | 'attempts'>[]> {
  const rows = await tx
    .selectFrom('email_outbox')
    .select('id')
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (rows.length === 0) return [];
  return tx
    .updateTable('email_outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .returning(['id', 'to_address', 'subject', 'body', 'attempts'])
    .execute();
}

export async function markMailSent(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.updateTable('email_outbox').set({ sent_at: at, last_error: null }).where('id', '=', id).execute();
}

export async function markMailFailed(db: DbOrTx, id: string, error: string): Promise<void> {
  await db.updateTable('email_outbox').set({ last_error: error }).where('id', '=', id).execute();
}

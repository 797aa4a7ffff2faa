import type { Insertable } from 'kysely';
import type { Tx } from '../../db/transaction';
import type { EmailOutboxTable } from '../../db/schema';
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

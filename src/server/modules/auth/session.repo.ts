import type { DbOrTx } from '../../db/transaction';
import type { Role } from '../../../shared/permissions/roles';

export type SessionWithUser = {
  sessionId: string;
  csrfToken: string;
  mfaState: 'ok' | 'pending' | 'enrol_required';
  expiresAt: Date;
  lastSeenAt: Date;
  /** The user's id. */
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
  provinceCode: string | null;
  agencyId: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
};

/** The live session with this id and its active user, or undefined (expired, revoked, user disabled). */
export async function findActiveSession(db: DbOrTx, sessionId: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.mfa_state as mfaState',
      's.expires_at as expiresAt',
      's.last_seen_at as lastSeenAt',
      'u.id as id',
      'u.username',
      'u.display_name as displayName',
      'u.role',
      'u.unit_code as unitCode',
      'u.province_code as provinceCode',
      'u.agency_id as agencyId',
      'u.must_change_password as mustChangePassword',
      'u.totp_enabled_at as totpEnabledAt',
    ])
    .where('s.id', '=', sessionId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', new Date())
    .where('u.is_active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  const { totpEnabledAt, ...rest } = row;
  return { ...rest, role: rest.role as Role, totpEnabled: totpEnabledAt !== null };
}

export async function touchSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', sessionId).execute();
}

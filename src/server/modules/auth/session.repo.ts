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

export type NewSession = {
  id: string;
  userId: string;
  csrfToken: string;
  mfaState: SessionWithUser['mfaState'];
  ip: string | null;
  userAgent: string | null;
  now: Date;
  expiresAt: Date;
};

export async function insertSession(db: DbOrTx, s: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      mfa_state: s.mfaState,
      ip: s.ip,
      user_agent: s.userAgent,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
    })
    .execute();
}

/** Moves a live session to a new id (a new token) and second-factor state; false when it is no longer live. */
export async function rotateSession(
  db: DbOrTx,
  oldId: string,
  next: { id: string; mfaState: SessionWithUser['mfaState']; expiresAt: Date; now: Date },
): Promise<boolean> {
  const res = await db
    .updateTable('sessions')
    .set({ id: next.id, mfa_state: next.mfaState, expires_at: next.expiresAt, last_seen_at: next.now })
    .where('id', '=', oldId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** Revokes one session of a user; false when the user has no such live session. */
export async function revokeSession(
  db: DbOrTx,
  userId: string,
  sessionId: string,
  now: Date,
): Promise<boolean> {
  const res = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** Revokes every live session of a user except `exceptId`; returns how many. */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  now: Date,
  exceptId?: string,
): Promise<number> {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now);
  if (exceptId) q = q.where('id', '<>', exceptId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export type SessionListRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
};

export async function listLiveSessions(db: DbOrTx, userId: string, now: Date): Promise<SessionListRow[]> {
  return db
    .selectFrom('sessions')
    .select([
      'id',
      'created_at as createdAt',
      'last_seen_at as lastSeenAt',
      'expires_at as expiresAt',
      'ip',
      'user_agent as userAgent',
    ])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

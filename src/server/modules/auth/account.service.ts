import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Me, PasswordChangeInput, SessionInfo } from '../../../shared/domain/Auth';
import { findCredentialsById, setPassword } from './auth.repo';
import type { AuthDeps, Caller } from './auth-context';
import { buildMe } from './me';
import { hashPassword, verifyPassword } from './password';
import { listLiveSessions, revokeSession, revokeUserSessions, type SessionWithUser } from './session.repo';

export function getMe(deps: AuthDeps, session: SessionWithUser): Promise<Me> {
  return buildMe(deps.db, deps.config.mode === 'demo', session);
}

/**
 * Changes one's own password after checking the current one. Every other session of the user is revoked (someone
 * who knew the old password may hold one); this one stays.
 */
export async function changePassword(
  deps: AuthDeps,
  caller: Caller,
  session: SessionWithUser,
  input: PasswordChangeInput,
): Promise<void> {
  const user = await findCredentialsById(deps.db, session.id);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError('VALIDATION', { messageId: 'error.wrongCurrentPassword' });
  if (input.newPassword === input.currentPassword)
    throw new AppError('VALIDATION', { messageId: 'error.samePassword' });
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.now();
  await deps.db.transaction().execute(async (tx) => {
    await setPassword(tx, user.id, passwordHash, now, false);
    const revoked = await revokeUserSessions(tx, user.id, now, session.sessionId);
    await recordAudit(tx, caller.actor, {
      operation: 'auth.password.change',
      targetType: 'user',
      targetIds: [user.id],
      counts: { revokedSessions: revoked },
    });
  });
}

/** The user's own live sessions. Their ids are the SHA-256 of the tokens, useless to anyone who reads them. */
export async function listOwnSessions(deps: AuthDeps, session: SessionWithUser): Promise<SessionInfo[]> {
  const rows = await listLiveSessions(deps.db, session.id, deps.now());
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    ip: r.ip,
    userAgent: r.userAgent,
    current: r.id === session.sessionId,
  }));
}

/** Revokes one of the user's own sessions; another user's session answers 404 like a missing one. */
export async function revokeOwnSession(
  deps: AuthDeps,
  caller: Caller,
  session: SessionWithUser,
  sessionId: string,
): Promise<{ current: boolean }> {
  await deps.db.transaction().execute(async (tx) => {
    if (!(await revokeSession(tx, session.id, sessionId, deps.now()))) throw new AppError('NOT_FOUND');
    await recordAudit(tx, caller.actor, {
      operation: 'auth.session.revoke',
      targetType: 'user',
      targetIds: [session.id],
      counts: { sessions: 1 },
    });
  });
  return { current: sessionId === session.sessionId };
}

import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { LoginInput, Me, MfaState } from '../../../shared/domain/Auth';
import { roleRequiresTotp } from '../users/roles.service';
import { findCredentialsByUsername, recordFailure, recordLoginSuccess, type Credentials } from './auth.repo';
import {
  actorForUser,
  addMinutes,
  sessionExpiry,
  type AuthDeps,
  type Caller,
  type SessionTokens,
} from './auth-context';
import { buildMe } from './me';
import { verifyAgainstDummy, verifyPassword } from './password';
import { insertSession, revokeSession, type SessionWithUser } from './session.repo';
import { newToken, sessionIdFromToken } from './session-token';

const invalidCredentials = () => new AppError('UNAUTHENTICATED', { messageId: 'error.invalidCredentials' });

/**
 * Password login (product.md C2). Answers the same way, in about the same time, for an unknown username and a
 * wrong password. A locked account answers 423 even to the right password. On success a server-side session is
 * created; its second-factor state says whether a TOTP code must still be verified or enrolled.
 */
export async function login(
  deps: AuthDeps,
  caller: Caller,
  input: LoginInput,
): Promise<{ me: Me; tokens: SessionTokens }> {
  const now = deps.now();
  const user = await findCredentialsByUsername(deps.db, input.username);
  if (!user) {
    await verifyAgainstDummy(input.password);
    // The attempted username is not recorded: it is often a password typed in the wrong field.
    await recordAudit(deps.db, caller.actor, { operation: 'auth.login.failed', outcome: 'denied' });
    throw invalidCredentials();
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  const actor = actorForUser(caller.actor, user);
  const failed = (counts: Record<string, number>) =>
    recordAudit(deps.db, actor, {
      operation: 'auth.login.failed',
      outcome: 'denied',
      targetType: 'user',
      targetIds: [user.id],
      counts,
    });

  if (user.lockedUntil && user.lockedUntil > now) {
    await failed({ locked: 1 });
    throw new AppError('ACCOUNT_LOCKED');
  }
  if (!passwordOk) {
    const { locked } = await countFailure(deps, actor, user, now, 'auth.login.failed', { wrongPassword: 1 });
    throw locked ? new AppError('ACCOUNT_LOCKED') : invalidCredentials();
  }
  if (!user.isActive) {
    await failed({ disabled: 1 });
    throw new AppError('FORBIDDEN', { messageId: 'error.accountDisabled' });
  }

  const mfaState: MfaState = user.totpEnabledAt
    ? 'pending'
    : (await roleRequiresTotp(deps.db, user.role))
      ? 'enrol_required'
      : 'ok';
  const tokens: SessionTokens = {
    token: newToken(),
    csrfToken: newToken(16),
    expiresAt: sessionExpiry(deps, now, mfaState === 'ok'),
  };
  await deps.db.transaction().execute(async (tx) => {
    // With a second factor still to verify, the failure count is kept: knowing the password must not reset the
    // attempts left at guessing the code.
    if (mfaState !== 'pending') await recordLoginSuccess(tx, user.id, now);
    await insertSession(tx, {
      id: sessionIdFromToken(tokens.token),
      userId: user.id,
      csrfToken: tokens.csrfToken,
      mfaState,
      ip: caller.ip,
      userAgent: caller.userAgent,
      now,
      expiresAt: tokens.expiresAt,
    });
    await recordAudit(tx, actor, {
      operation: 'auth.login',
      targetType: 'user',
      targetIds: [user.id],
      unitCode: user.unitCode,
      provinceCode: user.provinceCode,
      counts: { secondFactorPending: mfaState === 'ok' ? 0 : 1 },
    });
  });
  const me = await buildMe(deps.db, deps.config.mode === 'demo', {
    ...user,
    totpEnabled: user.totpEnabledAt !== null,
    mfaState,
    csrfToken: tokens.csrfToken,
  });
  return { me, tokens };
}

/** Counts a failed password or code and audits it, in one transaction; says whether it locked the account. */
export async function countFailure(
  deps: AuthDeps,
  actor: AuditActor,
  user: Credentials,
  now: Date,
  operation: 'auth.login.failed' | 'auth.totp.failed',
  counts: Record<string, number>,
): Promise<{ locked: boolean }> {
  return deps.db.transaction().execute(async (tx) => {
    const lockUntil = addMinutes(now, deps.config.login.lockMinutes);
    const res = await recordFailure(tx, user.id, deps.config.login.maxFailures, lockUntil);
    await recordAudit(tx, actor, {
      operation,
      outcome: 'denied',
      targetType: 'user',
      targetIds: [user.id],
      counts: { ...counts, locked: res.locked ? 1 : 0 },
    });
    return res;
  });
}

export async function logout(deps: AuthDeps, caller: Caller, session: SessionWithUser): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    await revokeSession(tx, session.id, session.sessionId, deps.now());
    await recordAudit(tx, caller.actor, {
      operation: 'auth.logout',
      targetType: 'user',
      targetIds: [session.id],
    });
  });
}

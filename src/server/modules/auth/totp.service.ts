import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { decryptField, encryptField, resolveFieldKey } from '../../lib/field-cipher';
import type { Me, RecoveryCodes, TotpEnrolment } from '../../../shared/domain/Auth';
import {
  advanceTotpStep,
  enableTotp,
  findCredentialsById,
  recordLoginSuccess,
  replaceRecoveryCodes,
  resetFailures,
  setPendingTotpSecret,
  useRecoveryCode,
  type Credentials,
} from './auth.repo';
import { sessionExpiry, type AuthDeps, type Caller, type SessionTokens } from './auth-context';
import { countFailure } from './login.service';
import { buildMe } from './me';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { rotateSession, type SessionWithUser } from './session.repo';
import { newToken, sessionIdFromToken } from './session-token';
import { isTotpCode, matchTotpStep, newTotpSecret, totpQrDataUrl, totpUri } from './totp';

/** Binds a user's encrypted secret to that user: copied to another row, it does not decrypt. */
const secretContext = (userId: string) => `users.totp_secret_enc:${userId}`;

async function credentialsOf(deps: AuthDeps, session: SessionWithUser): Promise<Credentials> {
  const user = await findCredentialsById(deps.db, session.id);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

function secretOf(deps: AuthDeps, user: Credentials): string {
  if (!user.totpSecretEnc) throw new AppError('CONFLICT', { messageId: 'error.totpNotEnrolled' });
  return decryptField(user.totpSecretEnc, resolveFieldKey(deps.config.encryptionKey), secretContext(user.id));
}

/**
 * A new session token for a session that has just passed the second factor, so a token seen before the factor was
 * verified (session fixation) is worthless after. The CSRF token stays: the web app holds it already.
 */
function rotatedTokens(deps: AuthDeps, session: SessionWithUser, now: Date): SessionTokens {
  return { token: newToken(), csrfToken: session.csrfToken, expiresAt: sessionExpiry(deps, now, true) };
}

async function rotate(
  tx: Parameters<typeof rotateSession>[0],
  session: SessionWithUser,
  tokens: SessionTokens,
  now: Date,
) {
  const moved = await rotateSession(tx, session.sessionId, {
    id: sessionIdFromToken(tokens.token),
    mfaState: 'ok',
    expiresAt: tokens.expiresAt,
    now,
  });
  if (!moved) throw new AppError('UNAUTHENTICATED');
}

/**
 * Second step of a login: a 6-digit TOTP code (each time step accepted once) or an unused recovery code. Wrong
 * codes count toward the same lockout as wrong passwords.
 */
export async function verifySecondFactor(
  deps: AuthDeps,
  caller: Caller,
  session: SessionWithUser,
  code: string,
): Promise<{ me: Me; tokens: SessionTokens }> {
  if (session.mfaState !== 'pending') throw new AppError('CONFLICT', { messageId: 'error.conflict' });
  const now = deps.now();
  const user = await credentialsOf(deps, session);
  if (!user.totpEnabledAt) throw new AppError('CONFLICT', { messageId: 'error.totpNotEnrolled' });
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
  const secret = secretOf(deps, user);
  const key = resolveFieldKey(deps.config.encryptionKey);
  const tokens = rotatedTokens(deps, session, now);

  const result = await deps.db.transaction().execute(async (tx) => {
    let ok: boolean;
    const viaRecovery = !isTotpCode(code);
    if (viaRecovery) {
      ok = await useRecoveryCode(tx, user.id, hashRecoveryCode(code, key), now);
    } else {
      const step = matchTotpStep(secret, code, now);
      ok = step !== null && (await advanceTotpStep(tx, user.id, step));
    }
    if (!ok) return { ok: false as const };
    await recordLoginSuccess(tx, user.id, now);
    await rotate(tx, session, tokens, now);
    await recordAudit(tx, caller.actor, {
      operation: 'auth.totp.verify',
      targetType: 'user',
      targetIds: [user.id],
      counts: { recoveryCode: viaRecovery ? 1 : 0 },
    });
    return { ok: true as const };
  });
  if (!result.ok) {
    const { locked } = await countFailure(deps, caller.actor, user, now, 'auth.totp.failed', {
      wrongCode: 1,
    });
    throw locked
      ? new AppError('ACCOUNT_LOCKED')
      : new AppError('VALIDATION', { messageId: 'error.invalidTotp' });
  }
  const me = await buildMe(deps.db, deps.config.mode === 'demo', {
    ...session,
    mfaState: 'ok',
    csrfToken: tokens.csrfToken,
  });
  return { me, tokens };
}

/** Starts enrolment: a new secret, kept encrypted until a code from it confirms the authenticator has it. */
export async function startEnrolment(deps: AuthDeps, session: SessionWithUser): Promise<TotpEnrolment> {
  const user = await credentialsOf(deps, session);
  if (user.totpEnabledAt) throw new AppError('CONFLICT', { messageId: 'error.totpAlreadyEnabled' });
  const secret = newTotpSecret();
  const key = resolveFieldKey(deps.config.encryptionKey);
  await setPendingTotpSecret(deps.db, user.id, encryptField(secret, key, secretContext(user.id)));
  const otpauthUri = totpUri(secret, user.username);
  return { otpauthUri, qrDataUrl: await totpQrDataUrl(otpauthUri), secret };
}

/**
 * Confirms enrolment with a code from the new authenticator: the second factor is on, 10 recovery codes are
 * returned once (only their keyed hashes are kept), and a session that was waiting for enrolment becomes a full
 * one under a new token.
 */
export async function confirmEnrolment(
  deps: AuthDeps,
  caller: Caller,
  session: SessionWithUser,
  code: string,
): Promise<{ codes: RecoveryCodes; tokens: SessionTokens | null }> {
  const now = deps.now();
  const user = await credentialsOf(deps, session);
  if (user.totpEnabledAt) throw new AppError('CONFLICT', { messageId: 'error.totpAlreadyEnabled' });
  const step = matchTotpStep(secretOf(deps, user), code, now);
  if (step === null) throw new AppError('VALIDATION', { messageId: 'error.invalidTotp' });
  const codes = newRecoveryCodes();
  const key = resolveFieldKey(deps.config.encryptionKey);
  const tokens = session.mfaState === 'enrol_required' ? rotatedTokens(deps, session, now) : null;
  await deps.db.transaction().execute(async (tx) => {
    await enableTotp(tx, user.id, now, step);
    await replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((c) => hashRecoveryCode(c, key)),
    );
    await resetFailures(tx, user.id);
    if (tokens) await rotate(tx, session, tokens, now);
    await recordAudit(tx, caller.actor, {
      operation: 'auth.totp.enrol',
      targetType: 'user',
      targetIds: [user.id],
      counts: { recoveryCodes: codes.length },
    });
  });
  return { codes: { recoveryCodes: codes }, tokens };
}

/** New recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(
  deps: AuthDeps,
  caller: Caller,
  session: SessionWithUser,
): Promise<RecoveryCodes> {
  const user = await credentialsOf(deps, session);
  if (!user.totpEnabledAt) throw new AppError('CONFLICT', { messageId: 'error.totpNotEnrolled' });
  const codes = newRecoveryCodes();
  const key = resolveFieldKey(deps.config.encryptionKey);
  await deps.db.transaction().execute(async (tx) => {
    await replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((c) => hashRecoveryCode(c, key)),
    );
    await recordAudit(tx, caller.actor, {
      operation: 'auth.recovery.regenerate',
      targetType: 'user',
      targetIds: [user.id],
      counts: { recoveryCodes: codes.length },
    });
  });
  return { recoveryCodes: codes };
}

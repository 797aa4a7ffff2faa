import type { DbOrTx } from '../../db/transaction';
import { clearTotp } from './auth.repo';
import { hashPassword } from './password';
import { revokeUserSessions } from './session.repo';

/**
 * What the users module may do to another user's credentials, inside the caller's transaction (a module reaches
 * another through its service, never its repo).
 */
export { hashPassword };

export function revokeAllSessions(tx: DbOrTx, userId: string, now: Date): Promise<number> {
  return revokeUserSessions(tx, userId, now);
}

/** Removes the second factor and its recovery codes: the user enrols again at the next login (lost phone). */
export function resetSecondFactor(tx: DbOrTx, userId: string): Promise<void> {
  return clearTotp(tx, userId);
}

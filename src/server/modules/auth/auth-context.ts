import type { AppDeps } from '../../app-deps';
import type { AuditActor } from '../../audit/audit.repo';
import type { Credentials } from './auth.repo';

/** What the auth services use of the app. */
export type AuthDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;

/** Who is calling, as far as the auth services need: the audit actor of the request and where it came from. */
export type Caller = { actor: AuditActor; ip: string; userAgent: string | null };

/** A new session token pair, for the route to put in cookies. */
export type SessionTokens = { token: string; csrfToken: string; expiresAt: Date };

/** How long a session may stay half-logged-in (second factor pending or enrolment required). */
export const MFA_STEP_MINUTES = 30;

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function sessionExpiry(deps: AuthDeps, now: Date, fullyLoggedIn: boolean): Date {
  const minutes = deps.config.sessionHours * 60;
  return addMinutes(now, fullyLoggedIn ? minutes : Math.min(minutes, MFA_STEP_MINUTES));
}

/** The audit actor for a user who is not (yet) the session's user: a login attempt names the account tried. */
export function actorForUser(base: AuditActor, user: Credentials): AuditActor {
  return {
    ...base,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCode: user.unitCode,
  };
}

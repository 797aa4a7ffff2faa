import type { FastifyReply } from 'fastify';
import type { Config } from '../../config';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-token';

/**
 * The session token travels only in an httpOnly cookie; the CSRF token is also a readable cookie so the web app
 * can send it back in the x-csrf-token header (double submit, checked against the session on the server).
 */
export function setSessionCookies(
  reply: FastifyReply,
  config: Config,
  tokens: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    expires: tokens.expiresAt,
  };
  reply.setCookie(SESSION_COOKIE, tokens.token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, tokens.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, config: Config): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: config.secureCookies };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...common, httpOnly: false });
}

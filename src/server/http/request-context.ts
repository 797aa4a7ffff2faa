import type { FastifyRequest } from 'fastify';
import type { Scope } from '../../shared/permissions/scope';
import type { Locale } from '../../shared/i18n/locale';
import type { SessionWithUser } from '../modules/auth/session.repo';
import type { AuditActor } from '../audit/audit.repo';
import { localeOf } from './locale';

/** The authenticated user of a request, as loaded from the session. */
export type AuthUser = SessionWithUser;

/** What a route handler knows about its caller. */
export type RequestContext = {
  user: AuthUser | null;
  /** The scope of the route's permission for this user; null on public and session-only routes. */
  scope: Scope | null;
  locale: Locale;
  ip: string;
  userAgent: string | null;
  requestId: string;
  /** Who to write in the audit log for this request. */
  actor: AuditActor;
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthUser | null;
    scope: Scope | null;
  }
}

export function actorOf(req: FastifyRequest): AuditActor {
  const u = req.auth;
  const ua = req.headers['user-agent'];
  return {
    userId: u?.id ?? null,
    username: u?.username ?? null,
    displayName: u?.displayName ?? null,
    role: u?.role ?? null,
    unitCode: u?.unitCode ?? null,
    ip: req.ip,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
    requestId: String(req.id),
  };
}

export function contextOf(req: FastifyRequest): RequestContext {
  const ua = req.headers['user-agent'];
  return {
    user: req.auth,
    scope: req.scope,
    locale: localeOf(req),
    ip: req.ip,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
    requestId: String(req.id),
    actor: actorOf(req),
  };
}

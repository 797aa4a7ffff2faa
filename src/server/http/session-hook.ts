import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/open-db';
import { findActiveSession, touchSession } from '../modules/auth/session.repo';
import { SESSION_COOKIE, sessionIdFromToken } from '../modules/auth/session-token';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Loads the session named by the cookie (if any) into req.auth before any route runs. */
export function installSessionHook(app: FastifyInstance, db: Db): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('scope', null);
  app.addHook('onRequest', async (req) => {
    req.auth = null;
    req.scope = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const session = await findActiveSession(db, sessionIdFromToken(token));
    if (!session) return;
    req.auth = session;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchSession(db, session.sessionId);
    }
  });
}

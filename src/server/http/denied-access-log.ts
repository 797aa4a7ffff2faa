import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps';
import { recordAudit } from '../audit/audit.repo';
import { actorOf } from './request-context';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * J7 (product.md): an attempt to reach a record outside one's jurisdiction is answered as "not found" and logged.
 * Before every 403 or 404 answered to a logged-in user on a route that declares a permission, one audit row
 * `access.denied` records the route pattern and the record ids of the URL (never a body or a query string).
 */
export function installDeniedAccessLog(app: FastifyInstance, deps: Pick<AppDeps, 'db'>): void {
  // onSend, not onResponse: the row is written before the answer leaves, so an answered attempt is always logged.
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode !== 403 && reply.statusCode !== 404) return payload;
    const access = (req.routeOptions.config as { access?: string } | undefined)?.access;
    if (!req.auth || !access || access === 'public' || access === 'authenticated') return payload;
    const params = (req.params ?? {}) as Record<string, unknown>;
    const ids = Object.values(params).filter((v): v is string => typeof v === 'string' && UUID_RE.test(v));
    try {
      await recordAudit(deps.db, actorOf(req), {
        operation: 'access.denied',
        outcome: 'denied',
        purpose: `${req.method} ${req.routeOptions.url ?? ''} → ${reply.statusCode}`,
        targetType: access,
        targetIds: ids,
        // The actor's own unit: the inspectors of the actor's province (audit.read 'unit') see the attempt.
        unitCode: req.auth.unitCode,
        provinceCode: req.auth.provinceCode,
      });
    } catch (err) {
      req.log.error({ err: { message: (err as Error).message } }, 'could not log a denied access');
    }
    return payload;
  });
}

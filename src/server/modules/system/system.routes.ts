import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { AppError } from '../../http/app-error';

/** Liveness and readiness for load balancers and orchestrators. */
export function registerSystemRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/healthz',
    access: 'public',
    summary: 'Liveness: the process answers',
    tags: ['system'],
    response: z.object({ status: z.literal('ok') }),
    handler: async () => ({ status: 'ok' as const }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/meta',
    access: 'public',
    summary: 'What the web app needs before login: demo mode, version',
    tags: ['system'],
    response: z.object({ demo: z.boolean(), version: z.string() }),
    handler: async () => ({ demo: deps.config.mode === 'demo', version: '0.1.0' }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/readyz',
    access: 'public',
    summary: 'Readiness: the database answers and is migrated',
    tags: ['system'],
    response: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }),
    handler: async () => {
      try {
        await sql`SELECT 1 FROM schema_migrations LIMIT 1`.execute(deps.db);
      } catch (err) {
        throw new AppError('UNAVAILABLE', { message: 'database not ready', cause: err });
      }
      return { status: 'ready' as const, database: deps.dbHandle.kind };
    },
  });
}

import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import crypto from 'node:crypto';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps';
import { installErrorHandler } from './http/error-handler';
import { installSecurity } from './http/security';
import { installSessionHook } from './http/session-hook';
import { installApiDocs } from './http/api-docs';
import { installWebApp } from './http/web-app';
import { installDeniedAccessLog } from './http/denied-access-log';
import { loggerOptions } from './logger';
import { MODULES } from './modules';

/**
 * Builds the HTTP application without listening (architecture.md, "Layout"): tests use app.inject(), main.ts
 * listens. Every route is added through defineRoute; the few added by plugins (API docs, static files) are marked
 * public with markPluginRoutesPublic, so the route-walk test sees a declaration on every route.
 */
export type RegisteredRoute = { method: string; url: string; access: string | undefined };
declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export async function createApp(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : loggerOptions(deps.config),
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
  });
  // Every route, with the access it declared, as registered (the route-walk test reads this).
  const registry: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registry);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Read access lazily: a child context's onRoute hook (markPluginRoutesPublic) runs after this one.
      registry.push({
        method,
        url: route.url,
        get access() {
          return (route.config as { access?: string } | undefined)?.access;
        },
      });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  installErrorHandler(app);
  await app.register(cookie);
  await installSecurity(app, deps.config);
  installSessionHook(app, deps.db);
  installDeniedAccessLog(app, deps);
  await installApiDocs(app, deps.config);
  for (const register of MODULES) await register(app, deps);
  await installWebApp(app, deps.config);
  return app;
}

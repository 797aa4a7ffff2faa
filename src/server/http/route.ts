import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Permission } from '../../shared/permissions/Permission';
import { scopeFor } from '../../shared/permissions/scope';
import type { MfaState } from '../../shared/domain/Auth';
import { AppError } from './app-error';
import { contextOf, type RequestContext } from './request-context';
import { CSRF_HEADER } from '../modules/auth/session-token';

/**
 * Who may call a route: a permission (checked with its jurisdiction), any logged-in user ('authenticated'), or
 * anyone ('public'). There is no default: every route states one (architecture.md convention 4).
 */
export type RouteAccess = Permission | 'authenticated' | 'public';

type AnySchema = z.ZodType;
type Out<S> = S extends AnySchema ? z.output<S> : undefined;

export type RouteDefinition<P, Q, B, R> = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: RouteAccess;
  summary: string;
  tags: string[];
  params?: P;
  querystring?: Q;
  body?: B;
  /** Schema of the 200/201 response; it also filters out any field not in it. */
  response?: R;
  successStatus?: 200 | 201 | 204;
  /** Second-factor states in which a session may still call this route (login flow routes). */
  allowMfaStates?: readonly MfaState[];
  /** Per-route rate limit, e.g. { max: 10, timeWindow: '1 minute' } on login. */
  /** `hook: 'preHandler'` counts only requests that passed validation (see the login route). */
  rateLimit?: { max: number; timeWindow: string; hook?: 'onRequest' | 'preHandler' };
  bodyLimit?: number;
  /** Hide from the OpenAPI document (e.g. the document itself). */
  hidden?: boolean;
  handler: (input: {
    params: Out<P>;
    query: Out<Q>;
    body: Out<B>;
    ctx: RequestContext;
    req: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<R extends AnySchema ? z.input<R> : unknown>;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set only by defineRoute; the route walk test fails on any route without it. */
    access?: RouteAccess;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Authentication, second factor, CSRF and permission checks, in that order. Sets req.scope. */
function guard(access: RouteAccess, allowMfaStates: readonly MfaState[], method: string) {
  return async (req: FastifyRequest): Promise<void> => {
    req.scope = null;
    if (access === 'public') {
      // Public writes (login, the public report form) have no session to tie a token to; a browser from another
      // site is refused by its Origin header instead (SameSite cookies cover the rest).
      if (UNSAFE.has(method)) assertSameOrigin(req);
      return;
    }
    const user = req.auth;
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (user.mfaState !== 'ok' && !allowMfaStates.includes(user.mfaState))
      throw new AppError('SECOND_FACTOR_REQUIRED', { details: { mfaState: user.mfaState } });
    if (UNSAFE.has(method)) {
      const token = req.headers[CSRF_HEADER];
      if (typeof token !== 'string' || token !== user.csrfToken) throw new AppError('CSRF');
    }
    if (access === 'authenticated') return;
    const scope = scopeFor(user, access);
    if (!scope) throw new AppError('FORBIDDEN', { message: `missing permission ${access}` });
    req.scope = scope;
  };
}

function assertSameOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('CSRF');
  }
  if (host !== req.headers.host) throw new AppError('CSRF');
}

/** Registers a route. The only way routes are added to the API. */
export function defineRoute<
  P extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(app: FastifyInstance, def: RouteDefinition<P, Q, B, R>): void {
  const status = def.successStatus ?? 200;
  const options: RouteOptions = {
    method: def.method,
    url: def.url,
    config: {
      access: def.access,
      ...(def.rateLimit ? { rateLimit: def.rateLimit } : {}),
    },
    ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(def.hidden ? { hide: true } : {}),
      ...(def.access === 'public' ? {} : { security: [{ session: [] }] }),
      ...(def.params ? { params: def.params } : {}),
      ...(def.querystring ? { querystring: def.querystring } : {}),
      ...(def.body ? { body: def.body } : {}),
      ...(def.response ? { response: { [status]: def.response } } : {}),
    },
    preHandler: guard(def.access, def.allowMfaStates ?? [], def.method),
    handler: async (req, reply) => {
      const result = await def.handler({
        params: req.params as Out<P>,
        query: req.query as Out<Q>,
        body: req.body as Out<B>,
        ctx: contextOf(req),
        req,
        reply,
      });
      if (reply.sent) return reply;
      if (status === 204) return reply.status(204).send();
      return reply.status(status).send(result);
    },
  };
  app.withTypeProvider<ZodTypeProvider>().route(options);
}

/**
 * For an encapsulated plugin context whose routes a third-party plugin registers (API docs, static files):
 * marks each of them public, which is what they are, so that no route is left without a declared access.
 */
export function markPluginRoutesPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: RouteAccess };
    if (!config.access) route.config = { ...config, access: 'public' };
  });
}

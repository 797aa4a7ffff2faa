import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import {
  LoginInput,
  Me,
  PasswordChangeInput,
  RecoveryCodes,
  SessionInfo,
  TotpCodeInput,
  TotpEnrolment,
  type MfaState,
} from '../../../shared/domain/Auth';
import type { Caller } from './auth-context';
import { clearSessionCookies, setSessionCookies } from './auth-cookies';
import { changePassword, getMe, listOwnSessions, revokeOwnSession } from './account.service';
import { login, logout } from './login.service';
import type { SessionWithUser } from './session.repo';
import {
  confirmEnrolment,
  regenerateRecoveryCodes,
  startEnrolment,
  verifySecondFactor,
} from './totp.service';

const ANY_MFA_STATE: readonly MfaState[] = ['ok', 'pending', 'enrol_required'];
const tags = ['auth'];

function sessionOf(ctx: RequestContext): SessionWithUser {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return ctx.user;
}

const callerOf = (ctx: RequestContext): Caller => ({
  actor: ctx.actor,
  ip: ctx.ip,
  userAgent: ctx.userAgent,
});

/** Login, second factor, logout, own password and sessions (product.md C2). */
export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  /**
   * Guessing endpoints: a few tries a minute per address (TREEM_LOGIN_ATTEMPTS_PER_MINUTE, default 10) on top of the
   * per-account lockout. Counted after the body is parsed and validated (preHandler), so only real attempts count:
   * an oversize or malformed request gets its own 413/400 and does not use up the tries.
   */
  const GUESS_LIMIT = {
    max: deps.config.login.attemptsPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
  };
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    summary: 'Log in with username and password; sets the session cookie',
    tags,
    rateLimit: GUESS_LIMIT,
    body: LoginInput,
    response: Me,
    handler: async ({ body, ctx, reply }) => {
      const { me, tokens } = await login(deps, callerOf(ctx), body);
      setSessionCookies(reply, deps.config, tokens);
      return me;
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/logout',
    access: 'authenticated',
    allowMfaStates: ANY_MFA_STATE,
    summary: 'Log out: revokes the session and clears the cookies',
    tags,
    successStatus: 204,
    handler: async ({ ctx, reply }) => {
      await logout(deps, callerOf(ctx), sessionOf(ctx));
      clearSessionCookies(reply, deps.config);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/me',
    access: 'authenticated',
    allowMfaStates: ANY_MFA_STATE,
    summary: 'The logged-in user, permissions and second-factor state',
    tags,
    response: Me,
    handler: async ({ ctx }) => getMe(deps, sessionOf(ctx)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/verify',
    access: 'authenticated',
    allowMfaStates: ['pending'],
    summary: 'Second step of login: a TOTP code or a recovery code; renews the session cookie',
    tags,
    rateLimit: GUESS_LIMIT,
    body: TotpCodeInput,
    response: Me,
    handler: async ({ body, ctx, reply }) => {
      const { me, tokens } = await verifySecondFactor(deps, callerOf(ctx), sessionOf(ctx), body.code);
      setSessionCookies(reply, deps.config, tokens);
      return me;
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/enrol/start',
    access: 'authenticated',
    allowMfaStates: ['enrol_required'],
    summary: 'Start setting up an authenticator app: secret, otpauth URI and QR code',
    tags,
    response: TotpEnrolment,
    handler: async ({ ctx }) => startEnrolment(deps, sessionOf(ctx)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/enrol/confirm',
    access: 'authenticated',
    allowMfaStates: ['enrol_required'],
    summary: 'Confirm the authenticator with a code; returns the recovery codes once',
    tags,
    rateLimit: GUESS_LIMIT,
    body: TotpCodeInput,
    response: RecoveryCodes,
    handler: async ({ body, ctx, reply }) => {
      const { codes, tokens } = await confirmEnrolment(deps, callerOf(ctx), sessionOf(ctx), body.code);
      if (tokens) setSessionCookies(reply, deps.config, tokens);
      return codes;
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/recovery-codes',
    access: 'authenticated',
    summary: 'Replace the recovery codes; the old ones stop working',
    tags,
    response: RecoveryCodes,
    handler: async ({ ctx }) => regenerateRecoveryCodes(deps, callerOf(ctx), sessionOf(ctx)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/password',
    access: 'authenticated',
    summary: 'Change one’s own password; other sessions are revoked',
    tags,
    rateLimit: GUESS_LIMIT,
    body: PasswordChangeInput,
    successStatus: 204,
    handler: async ({ body, ctx }) => {
      await changePassword(deps, callerOf(ctx), sessionOf(ctx), body);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/sessions',
    access: 'authenticated',
    summary: 'One’s own live sessions',
    tags,
    response: z.array(SessionInfo),
    handler: async ({ ctx }) => listOwnSessions(deps, sessionOf(ctx)),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/auth/sessions/:id',
    access: 'authenticated',
    summary: 'Revoke one of one’s own sessions',
    tags,
    params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }),
    successStatus: 204,
    handler: async ({ params, ctx, reply }) => {
      const { current } = await revokeOwnSession(deps, callerOf(ctx), sessionOf(ctx), params.id);
      if (current) clearSessionCookies(reply, deps.config);
    },
  });
}

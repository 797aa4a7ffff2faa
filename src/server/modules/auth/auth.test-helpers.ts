import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './session-token';

/**
 * Helpers for the auth tests: real logins through the API (not the fixture shortcut), each from its own loopback
 * address so the per-address login rate limit does not couple tests.
 */
let ipCounter = 0;
export function freshIp(): string {
  ipCounter += 1;
  return `127.1.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

export function cookieOf(res: LightMyRequestResponse, name: string) {
  return res.cookies.find((c) => c.name === name);
}

export type SessionClient = {
  token: string;
  csrf: string;
  ip: string;
  send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** The same client after the server renewed the session cookie (second factor passed). */
  renewedBy(res: LightMyRequestResponse): SessionClient;
};

export function sessionClient(app: FastifyInstance, token: string, csrf: string, ip: string): SessionClient {
  return {
    token,
    csrf,
    ip,
    send: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        remoteAddress: ip,
        headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
    renewedBy(res) {
      const next = cookieOf(res, SESSION_COOKIE)?.value;
      if (!next) throw new Error('no renewed session cookie');
      return sessionClient(app, next, cookieOf(res, CSRF_COOKIE)?.value ?? csrf, ip);
    },
  };
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
  opts: { ip?: string; headers?: Record<string, string> } = {},
): Promise<{ res: LightMyRequestResponse; client: SessionClient | null }> {
  const ip = opts.ip ?? freshIp();
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { username, password },
    ...(opts.headers ? { headers: opts.headers } : {}),
  });
  const token = cookieOf(res, SESSION_COOKIE)?.value;
  const csrf = cookieOf(res, CSRF_COOKIE)?.value;
  return { res, client: token && csrf ? sessionClient(app, token, csrf, ip) : null };
}

/** The code an authenticator app would show at `at` for this base32 secret. */
export function totpCode(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

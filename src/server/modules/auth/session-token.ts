import crypto from 'node:crypto';

export const SESSION_COOKIE = 'treem_session';
export const CSRF_COOKIE = 'treem_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function newToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Sessions are stored under the SHA-256 of their token: the database never holds a usable token. */
export function sessionIdFromToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

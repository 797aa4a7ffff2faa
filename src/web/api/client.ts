import type { ApiError, ApiFieldError } from '../../shared/errors';
import { readCookie } from '../i18n/locale-store';

/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie, the CSRF double-submit header
 * on every unsafe request, and errors turned into ApiRequestError carrying the server's already-translated message.
 */
const CSRF_COOKIE = 'treem_csrf';
const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageId: string;
  readonly fields: ApiFieldError[];
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    body: { code: string; messageId: string; message: string; fields?: ApiFieldError[] },
    details: Record<string, unknown> = {},
  ) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = body.code;
    this.messageId = body.messageId;
    this.fields = body.fields ?? [];
    this.details = details;
  }
}

/** Network failure or an answer that is not our JSON error (a proxy page): the UI shows its own message. */
export const NETWORK_ERROR = 'NETWORK';

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object';
}

export async function request<T>(
  method: string,
  url: string,
  opts: { body?: unknown; query?: Query; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(withQuery(url, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiRequestError(0, { code: NETWORK_ERROR, messageId: '', message: '' });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    if (isApiError(body)) {
      const { code, messageId, message, fields, ...details } = body.error;
      throw new ApiRequestError(res.status, { code, messageId, message, fields }, details);
    }
    throw new ApiRequestError(res.status, { code: NETWORK_ERROR, messageId: '', message: '' });
  }
  return body as T;
}

export const api = {
  get: <T>(url: string, query?: Query, signal?: AbortSignal) => request<T>('GET', url, { query, signal }),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, { body: body ?? {} }),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, { body: body ?? {} }),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, { body: body ?? {} }),
  delete: <T>(url: string) => request<T>('DELETE', url),
};

export function isUnauthenticated(err: unknown): boolean {
  return err instanceof ApiRequestError && err.code === 'UNAUTHENTICATED';
}

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Me, MfaState } from '../../shared/domain/Auth';
import { api, ApiRequestError } from './client';

/**
 * Where the signed-in user stands. The server answers GET /api/auth/me while a second factor or a password change
 * is still due (mfaState, mustChangePassword); other routes answer 401 until then.
 */
export type SessionState =
  | { kind: 'anonymous' }
  | { kind: 'needs-mfa'; mfaState: Exclude<MfaState, 'ok'>; me: Me | null }
  | { kind: 'needs-password'; me: Me }
  | { kind: 'ready'; me: Me };

export function sessionFromMe(me: Me): SessionState {
  if (me.mfaState !== 'ok') return { kind: 'needs-mfa', mfaState: me.mfaState, me };
  if (me.mustChangePassword) return { kind: 'needs-password', me };
  return { kind: 'ready', me };
}

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionState> {
  try {
    return sessionFromMe(await api.get<Me>('/api/auth/me'));
  } catch (err) {
    if (err instanceof ApiRequestError && err.code === 'SECOND_FACTOR_REQUIRED') {
      const state = err.details.mfaState === 'enrol_required' ? 'enrol_required' : 'pending';
      return { kind: 'needs-mfa', mfaState: state, me: null };
    }
    if (err instanceof ApiRequestError && err.status === 401) return { kind: 'anonymous' };
    throw err;
  }
}

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

/** The page a session in this state must go to next. */
export function nextPathFor(
  state: SessionState,
): '/login' | '/login/verify' | '/login/enrol' | '/login/password' | '/' {
  switch (state.kind) {
    case 'anonymous':
      return '/login';
    case 'needs-mfa':
      return state.mfaState === 'pending' ? '/login/verify' : '/login/enrol';
    case 'needs-password':
      return '/login/password';
    case 'ready':
      return '/';
  }
}

/** After login, a verified code or a password change: store the new state and say where to go. */
export function acceptMe(queryClient: QueryClient, me: Me): SessionState {
  const state = sessionFromMe(me);
  queryClient.setQueryData(SESSION_KEY, state);
  return state;
}

export function clearSession(queryClient: QueryClient): void {
  queryClient.removeQueries({
    predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.queryKey[0] !== 'meta',
  });
  queryClient.setQueryData<SessionState>(SESSION_KEY, { kind: 'anonymous' });
}

export type Meta = { demo: boolean; version: string };
export const metaQuery = queryOptions({
  queryKey: ['meta'] as const,
  queryFn: () => api.get<Meta>('/api/meta'),
  staleTime: Infinity,
  retry: 2,
});

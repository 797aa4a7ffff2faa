import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { RoleInfo, User } from '../../../shared/domain/User';
import { api } from '../../api/client';

export type UserFilters = { q?: string; role?: string; unitCode?: string; limit: number; offset: number };

export const usersQuery = (f: UserFilters) =>
  queryOptions({
    queryKey: ['users', 'list', f],
    queryFn: ({ signal }) =>
      api.get<{ items: User[]; total: number }>(
        '/api/users',
        { q: f.q, role: f.role, unitCode: f.unitCode, limit: f.limit, offset: f.offset },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ['users', 'one', id],
    queryFn: ({ signal }) => api.get<User>(`/api/users/${encodeURIComponent(id)}`, undefined, signal),
  });

/**
 * GET /api/roles: the brief's contract says `{items}`, the server answers a bare array (RoleInfo[] in
 * src/shared/domain/User.ts): accept both.
 */
export const rolesQuery = queryOptions({
  queryKey: ['roles'],
  queryFn: async ({ signal }) => {
    const body = await api.get<RoleInfo[] | { items: RoleInfo[] }>('/api/roles', undefined, signal);
    return Array.isArray(body) ? body : body.items;
  },
});

/** A temporary password an administrator can read out or send: no look-alike characters (0/O, 1/l/I). */
export function generatePassword(length = 14): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

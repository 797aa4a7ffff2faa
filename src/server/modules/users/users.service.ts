import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Scope } from '../../../shared/permissions/scope';
import type { User, UserListQuery } from '../../../shared/domain/User';
import { findUserInScope, listUsers as listUserRows, type UserViewRow } from './users.repo';

export type UsersDeps = Pick<AppDeps, 'db' | 'now'>;

/** Who is acting on users: the audit actor, the acting user's id (none for the CLI) and their permission's scope. */
export type UsersCaller = { actor: AuditActor; userId: string | null; scope: Scope };

export function toUser(row: UserViewRow, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    role: row.role,
    unitCode: row.unitCode,
    unitName: row.unitName,
    provinceCode: row.provinceCode,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    isActive: row.isActive,
    totpEnabled: row.totpEnabledAt !== null,
    // A lock that has run out is no lock.
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(
  deps: UsersDeps,
  caller: UsersCaller,
  query: UserListQuery,
): Promise<{ items: User[]; total: number }> {
  const { rows, total } = await listUserRows(deps.db, caller.scope, query);
  const now = deps.now();
  return { items: rows.map((r) => toUser(r, now)), total };
}

/** One user inside the caller's jurisdiction (404 otherwise); the view is audited. */
export async function getUser(deps: UsersDeps, caller: UsersCaller, id: string): Promise<User> {
  const row = await findUserInScope(deps.db, caller.scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  await recordAudit(deps.db, caller.actor, {
    operation: 'user.view',
    targetType: 'user',
    targetIds: [row.id],
    unitCode: row.unitCode,
    provinceCode: row.provinceCode,
  });
  return toUser(row, deps.now());
}

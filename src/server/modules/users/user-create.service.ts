import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { isRole } from '../../../shared/permissions/roles';
import type { User, UserCreateInput } from '../../../shared/domain/User';
import { hashPassword } from '../auth/auth-admin.service';
import { assertPlacementInScope, resolvePlacement } from './users.rules';
import { findUserIdByTransactionId, findUserInScope, insertUser, usernameExists } from './users.repo';
import { toUser, type UsersCaller, type UsersDeps } from './users.service';

const usernameTaken = () => new AppError('CONFLICT', { messageId: 'error.usernameTaken' });

function isUniqueViolation(err: unknown): err is { code: string; constraint?: string } {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

/**
 * Creates a user (product.md C2). The role decides the unit level; the unit must be inside the administrator's
 * jurisdiction. Idempotent on transactionId (architecture.md convention 3): a retry answers with the user the first
 * request created. New users must change the password an administrator gave them, unless `mustChangePassword` is
 * false (the CLI, where operators set their own).
 */
export async function createUser(
  deps: UsersDeps,
  caller: UsersCaller,
  input: UserCreateInput,
  opts: { mustChangePassword?: boolean } = {},
): Promise<{ user: User; created: boolean }> {
  const existing = await findExisting(deps, input.transactionId);
  if (existing) return { user: existing, created: false };
  if (!isRole(input.role)) throw new AppError('VALIDATION');
  const placement = await resolvePlacement(
    deps.db,
    input.role,
    input.unitCode ?? null,
    input.agencyId ?? null,
  );
  assertPlacementInScope(caller.scope, placement);
  if (await usernameExists(deps.db, input.username)) throw usernameTaken();
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();
  let id: string;
  try {
    id = await deps.db.transaction().execute(async (tx) => {
      const newId = await insertUser(tx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        role: input.role,
        unitCode: placement.unitCode,
        provinceCode: placement.provinceCode,
        agencyId: placement.agencyId,
        mustChangePassword: opts.mustChangePassword ?? true,
        transactionId: input.transactionId,
        now,
      });
      await recordAudit(tx, caller.actor, {
        operation: 'user.create',
        targetType: 'user',
        targetIds: [newId],
        unitCode: placement.unitCode,
        provinceCode: placement.provinceCode,
      });
      return newId;
    });
  } catch (err) {
    // Two requests raced: the same retry (same transactionId) or two administrators choosing one username.
    if (!isUniqueViolation(err)) throw err;
    const raced = await findExisting(deps, input.transactionId);
    if (raced) return { user: raced, created: false };
    throw usernameTaken();
  }
  const row = await findUserInScope(deps.db, { kind: 'national' }, id);
  if (!row) throw new AppError('INTERNAL', { message: 'created user not found' });
  return { user: toUser(row, now), created: true };
}

async function findExisting(deps: UsersDeps, transactionId: string): Promise<User | undefined> {
  const id = await findUserIdByTransactionId(deps.db, transactionId);
  if (!id) return undefined;
  const row = await findUserInScope(deps.db, { kind: 'national' }, id);
  return row ? toUser(row, deps.now()) : undefined;
}

import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { isRole } from '../../../shared/permissions/roles';
import type { User, UserUpdateInput } from '../../../shared/domain/User';
import { hashPassword, resetSecondFactor, revokeAllSessions } from '../auth/auth-admin.service';
import { assertPlacementInScope, resolvePlacement } from './users.rules';
import { findUserInScope, updateUser as updateUserRow, type UserChanges } from './users.repo';
import { toUser, type UsersCaller, type UsersDeps } from './users.service';

/**
 * Changes a user inside the administrator's jurisdiction (404 outside it): details, role and unit (which must
 * still fit and stay inside the jurisdiction), disabling, unlocking, a temporary password, removing the second
 * factor. A new role, disabling, a new password and a removed second factor end the user's sessions.
 */
export async function updateUser(
  deps: UsersDeps,
  caller: UsersCaller,
  id: string,
  input: UserUpdateInput,
): Promise<User> {
  const target = await findUserInScope(deps.db, caller.scope, id);
  if (!target) throw new AppError('NOT_FOUND');
  const roleChanged = input.role !== undefined && input.role !== target.role;
  if (caller.userId === id && (roleChanged || input.isActive === false))
    throw new AppError('FORBIDDEN', { messageId: 'error.cannotChangeSelf' });

  const changes: UserChanges = {};
  if (input.displayName !== undefined) changes.displayName = input.displayName;
  if (input.email !== undefined) changes.email = input.email;
  if (input.isActive !== undefined) changes.isActive = input.isActive;
  if (input.unlock) changes.unlock = true;

  const placementTouched = roleChanged || input.unitCode !== undefined || input.agencyId !== undefined;
  if (placementTouched) {
    const role = input.role ?? target.role;
    if (!isRole(role)) throw new AppError('VALIDATION');
    const placement = await resolvePlacement(
      deps.db,
      role,
      input.unitCode !== undefined ? input.unitCode : target.unitCode,
      input.agencyId !== undefined ? input.agencyId : target.agencyId,
    );
    assertPlacementInScope(caller.scope, placement);
    Object.assign(changes, {
      role,
      unitCode: placement.unitCode,
      provinceCode: placement.provinceCode,
      agencyId: placement.agencyId,
    });
  }
  if (input.resetPassword !== undefined) changes.passwordHash = await hashPassword(input.resetPassword);

  const now = deps.now();
  await deps.db.transaction().execute(async (tx) => {
    await updateUserRow(tx, id, changes, now);
    if (input.resetTotp) await resetSecondFactor(tx, id);
    // A new role may need a second factor the old one did not: its holder logs in again.
    const endSessions =
      roleChanged ||
      input.isActive === false ||
      input.resetPassword !== undefined ||
      input.resetTotp === true;
    const revoked = endSessions ? await revokeAllSessions(tx, id, now) : 0;
    await recordAudit(tx, caller.actor, {
      operation: 'user.update',
      targetType: 'user',
      targetIds: [id],
      unitCode: changes.unitCode !== undefined ? changes.unitCode : target.unitCode,
      provinceCode: changes.provinceCode !== undefined ? changes.provinceCode : target.provinceCode,
      counts: {
        roleChanged: roleChanged ? 1 : 0,
        disabled: input.isActive === false ? 1 : 0,
        enabled: input.isActive === true && !target.isActive ? 1 : 0,
        unlocked: input.unlock ? 1 : 0,
        passwordReset: input.resetPassword !== undefined ? 1 : 0,
        totpReset: input.resetTotp ? 1 : 0,
        revokedSessions: revoked,
      },
    });
  });
  const row = await findUserInScope(deps.db, { kind: 'national' }, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toUser(row, now);
}

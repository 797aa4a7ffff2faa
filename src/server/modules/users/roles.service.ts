import type { AppDeps } from '../../app-deps';
import type { DbOrTx } from '../../db/transaction';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import { ALL_ROLES, ROLES, type Role } from '../../../shared/permissions/roles';
import type { RoleInfo } from '../../../shared/domain/User';
import { findRoleRequireTotp, findRoleSettings, upsertRoleSetting } from './role-settings.repo';

type Deps = Pick<AppDeps, 'db' | 'now'>;

/**
 * Whether users of a role must have a second factor: the administrator's setting, else the role's default;
 * always for roles where it is mandatory, whatever a row says.
 */
export async function roleRequiresTotp(db: DbOrTx, role: Role): Promise<boolean> {
  const def = ROLES[role];
  if (def.totpMandatory) return true;
  return (await findRoleRequireTotp(db, role)) ?? def.requireTotpDefault;
}

export async function listRoles(deps: Deps): Promise<RoleInfo[]> {
  const settings = await findRoleSettings(deps.db);
  return ALL_ROLES.map((role) => {
    const def = ROLES[role];
    return {
      role,
      requireTotp: def.totpMandatory || (settings.get(role) ?? def.requireTotpDefault),
      totpMandatory: def.totpMandatory,
      unitLevel: def.unitLevel,
      needsAgency: def.needsAgency,
      permissions: { ...def.permissions },
    };
  });
}

/** Changes a role's second-factor setting. Only a national administrator (no unit) may: it applies everywhere. */
export async function updateRoleSetting(
  deps: Deps,
  caller: { actor: AuditActor; isNational: boolean },
  role: Role,
  input: { requireTotp: boolean },
): Promise<RoleInfo> {
  if (!caller.isNational) throw new AppError('FORBIDDEN', { messageId: 'error.nationalAdminOnly' });
  if (ROLES[role].totpMandatory && !input.requireTotp)
    throw new AppError('VALIDATION', { messageId: 'error.totpMandatory' });
  await deps.db.transaction().execute(async (tx) => {
    await upsertRoleSetting(tx, role, input.requireTotp, deps.now());
    await recordAudit(tx, caller.actor, {
      operation: 'role.settings.update',
      targetType: 'role',
      targetIds: [role],
      counts: { requireTotp: input.requireTotp ? 1 : 0 },
    });
  });
  const info = (await listRoles(deps)).find((r) => r.role === role);
  if (!info) throw new AppError('NOT_FOUND');
  return info;
}

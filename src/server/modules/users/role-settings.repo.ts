import type { DbOrTx } from '../../db/transaction';
import { ALL_ROLES, ROLES } from '../../../shared/permissions/roles';

/**
 * Inserts the settings row of every role that has none, from the role's defaults. Idempotent: rows an
 * administrator changed are kept. Called by prepareDatabase on every start.
 */
export async function ensureRoleSettings(db: DbOrTx): Promise<void> {
  await db
    .insertInto('role_settings')
    .values(ALL_ROLES.map((role) => ({ role, require_totp: ROLES[role].requireTotpDefault })))
    .onConflict((oc) => oc.column('role').doNothing())
    .execute();
}

export async function findRoleSettings(db: DbOrTx): Promise<Map<string, boolean>> {
  const rows = await db.selectFrom('role_settings').select(['role', 'require_totp']).execute();
  return new Map(rows.map((r) => [r.role, r.require_totp]));
}

export async function findRoleRequireTotp(db: DbOrTx, role: string): Promise<boolean | undefined> {
  const row = await db
    .selectFrom('role_settings')
    .select('require_totp')
    .where('role', '=', role)
    .executeTakeFirst();
  return row?.require_totp;
}

export async function upsertRoleSetting(
  db: DbOrTx,
  role: string,
  requireTotp: boolean,
  now: Date,
): Promise<void> {
  await db
    .insertInto('role_settings')
    .values({ role, require_totp: requireTotp, updated_at: now })
    .onConflict((oc) => oc.column('role').doUpdateSet({ require_totp: requireTotp, updated_at: now }))
    .execute();
}

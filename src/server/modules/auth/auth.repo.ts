import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { Role } from '../../../shared/permissions/roles';

/** What login and the second factor need to know about a user, secrets included: never leaves the server. */
export type Credentials = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
  provinceCode: string | null;
  agencyId: string | null;
  isActive: boolean;
  passwordHash: string;
  totpSecretEnc: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  failedLogins: number;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
};

function selectCredentials(db: DbOrTx) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'display_name as displayName',
      'role',
      'unit_code as unitCode',
      'province_code as provinceCode',
      'agency_id as agencyId',
      'is_active as isActive',
      'password_hash as passwordHash',
      'totp_secret_enc as totpSecretEnc',
      'totp_enabled_at as totpEnabledAt',
      'totp_last_step as totpLastStep',
      'failed_logins as failedLogins',
      'locked_until as lockedUntil',
      'must_change_password as mustChangePassword',
    ]);
}

export async function findCredentialsByUsername(
  db: DbOrTx,
  username: string,
): Promise<Credentials | undefined> {
  const row = await selectCredentials(db)
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row ? { ...row, role: row.role as Role } : undefined;
}

export async function findCredentialsById(db: DbOrTx, id: string): Promise<Credentials | undefined> {
  const row = await selectCredentials(db).where('id', '=', id).executeTakeFirst();
  return row ? { ...row, role: row.role as Role } : undefined;
}

/**
 * Counts one failed attempt (password or second factor). The attempt that reaches `maxFailures` locks the account
 * until `lockUntil` and starts the count again, so after the lock the user has the full number of tries.
 */
export async function recordFailure(
  db: DbOrTx,
  userId: string,
  maxFailures: number,
  lockUntil: Date,
): Promise<{ locked: boolean }> {
  const row = await db
    .updateTable('users')
    .set({
      failed_logins: sql<number>`CASE WHEN failed_logins + 1 >= ${maxFailures} THEN 0 ELSE failed_logins + 1 END`,
      locked_until: sql<Date | null>`CASE WHEN failed_logins + 1 >= ${maxFailures} THEN ${lockUntil}::timestamptz
        ELSE locked_until END`,
    })
    .where('id', '=', userId)
    .returning(['failed_logins as failedLogins'])
    .executeTakeFirst();
  // The count only falls back to 0 in the statement that locks.
  return { locked: row?.failedLogins === 0 };
}

export async function recordLoginSuccess(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Clears the failure count after a verified second factor. */
export async function resetFailures(db: DbOrTx, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

export async function setPassword(
  db: DbOrTx,
  userId: string,
  passwordHash: string,
  now: Date,
  mustChange: boolean,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: mustChange,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

/** Stores a secret being enrolled; it becomes the second factor only when enableTotp confirms it. */
export async function setPendingTotpSecret(db: DbOrTx, userId: string, secretEnc: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret_enc: secretEnc, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .where('totp_enabled_at', 'is', null)
    .execute();
}

export async function enableTotp(db: DbOrTx, userId: string, now: Date, step: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_enabled_at: now, totp_last_step: step, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Removes the second factor and its recovery codes (the user enrols again). */
export async function clearTotp(db: DbOrTx, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret_enc: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
}

/**
 * Accepts a TOTP step only if it is later than the last one accepted: false for a replayed code. One statement, so
 * two requests racing with the same code cannot both win.
 */
export async function advanceTotpStep(db: DbOrTx, userId: string, step: number): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function replaceRecoveryCodes(db: DbOrTx, userId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length === 0) return;
  await db
    .insertInto('user_recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Marks an unused recovery code used; false when there is none with this hash. */
export async function useRecoveryCode(
  db: DbOrTx,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const res = await db
    .updateTable('user_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** Display names of a user's unit (2025 era) and agency, for Me. */
export async function findUnitAndAgencyNames(
  db: DbOrTx,
  unitCode: string | null,
  agencyId: string | null,
): Promise<{ unitName: string | null; agencyName: string | null }> {
  const unit = unitCode
    ? await db
        .selectFrom('admin_units')
        .select('name')
        .where('era', '=', '2025')
        .where('code', '=', unitCode)
        .executeTakeFirst()
    : undefined;
  const agency = agencyId
    ? await db.selectFrom('agencies').select('name').where('id', '=', agencyId).executeTakeFirst()
    : undefined;
  return { unitName: unit?.name ?? null, agencyName: agency?.name ?? null };
}

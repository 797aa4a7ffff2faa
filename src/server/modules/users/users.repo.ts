import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { Scope } from '../../../shared/permissions/scope';
import type { UserListQuery } from '../../../shared/domain/User';

export type UserViewRow = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: string;
  unitCode: string | null;
  unitName: string | null;
  provinceCode: string | null;
  agencyId: string | null;
  agencyName: string | null;
  isActive: boolean;
  totpEnabledAt: Date | null;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
};

/** Users with their unit and agency names, the jurisdiction in the WHERE clause (architecture.md convention 4). */
function baseQuery(db: DbOrTx, scope: Scope) {
  const qb = db
    .selectFrom('users as u')
    .leftJoin('admin_units as au', (j) => j.onRef('au.code', '=', 'u.unit_code').on('au.era', '=', '2025'))
    .leftJoin('agencies as ag', 'ag.id', 'u.agency_id');
  switch (scope.kind) {
    case 'national':
      return qb;
    case 'province':
      return qb.where('u.province_code', '=', scope.provinceCode);
    case 'commune':
      return qb.where('u.unit_code', '=', scope.communeCode);
    case 'agency':
      return qb.where('u.agency_id', '=', scope.agencyId);
    case 'tasks':
      return qb.where('u.id', '=', scope.userId);
  }
}

const VIEW_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name as displayName',
  'u.email',
  'u.role',
  'u.unit_code as unitCode',
  'au.name as unitName',
  'u.province_code as provinceCode',
  'u.agency_id as agencyId',
  'ag.name as agencyName',
  'u.is_active as isActive',
  'u.totp_enabled_at as totpEnabledAt',
  'u.locked_until as lockedUntil',
  'u.last_login_at as lastLoginAt',
  'u.created_at as createdAt',
] as const;

export async function listUsers(
  db: DbOrTx,
  scope: Scope,
  query: UserListQuery,
): Promise<{ rows: UserViewRow[]; total: number }> {
  let qb = baseQuery(db, scope);
  if (query.q) {
    const q = query.q.normalize('NFC').replace(/[\\%_]/g, (c) => `\\${c}`);
    const pattern = sql<string>`'%' || f_search_text(${q}) || '%'`;
    qb = qb.where((eb) =>
      eb.or([
        eb(sql<string>`f_search_text(u.display_name)`, 'like', pattern),
        eb(sql<string>`lower(u.username)`, 'like', pattern),
      ]),
    );
  }
  if (query.role) qb = qb.where('u.role', '=', query.role);
  if (query.unitCode) {
    qb =
      query.unitCode.length === 2
        ? qb.where('u.province_code', '=', query.unitCode)
        : qb.where('u.unit_code', '=', query.unitCode);
  }
  if (!query.includeInactive) qb = qb.where('u.is_active', '=', true);
  const [rows, count] = await Promise.all([
    qb.select(VIEW_COLUMNS).orderBy('u.username').limit(query.limit).offset(query.offset).execute(),
    qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A user inside the scope, or undefined (missing and out of scope look the same). */
export async function findUserInScope(
  db: DbOrTx,
  scope: Scope,
  id: string,
): Promise<UserViewRow | undefined> {
  return baseQuery(db, scope).select(VIEW_COLUMNS).where('u.id', '=', id).executeTakeFirst();
}

export async function findUserIdByTransactionId(
  db: DbOrTx,
  transactionId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
  return row?.id;
}

export async function usernameExists(db: DbOrTx, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export type NewUserValues = {
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string;
  role: string;
  unitCode: string | null;
  provinceCode: string | null;
  agencyId: string | null;
  mustChangePassword: boolean;
  transactionId: string;
  now: Date;
};

export async function insertUser(db: DbOrTx, v: NewUserValues): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      username: v.username,
      display_name: v.displayName,
      email: v.email,
      password_hash: v.passwordHash,
      role: v.role,
      unit_era: v.unitCode ? '2025' : null,
      unit_code: v.unitCode,
      province_code: v.provinceCode,
      agency_id: v.agencyId,
      must_change_password: v.mustChangePassword,
      password_changed_at: v.now,
      transaction_id: v.transactionId,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type UserChanges = Partial<{
  displayName: string;
  email: string | null;
  role: string;
  unitCode: string | null;
  provinceCode: string | null;
  agencyId: string | null;
  isActive: boolean;
  unlock: true;
  passwordHash: string;
}>;

export async function updateUser(db: DbOrTx, id: string, c: UserChanges, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({
      updated_at: now,
      ...(c.displayName !== undefined ? { display_name: c.displayName } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.role !== undefined ? { role: c.role } : {}),
      ...(c.unitCode !== undefined ? { unit_code: c.unitCode, unit_era: c.unitCode ? '2025' : null } : {}),
      ...(c.provinceCode !== undefined ? { province_code: c.provinceCode } : {}),
      ...(c.agencyId !== undefined ? { agency_id: c.agencyId } : {}),
      ...(c.isActive !== undefined ? { is_active: c.isActive } : {}),
      ...(c.unlock ? { failed_logins: 0, locked_until: null } : {}),
      ...(c.passwordHash !== undefined
        ? { password_hash: c.passwordHash, password_changed_at: now, must_change_password: true }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** A 2025-era unit by code, for checking where a user may be placed. */
export async function findUnit(
  db: DbOrTx,
  code: string,
): Promise<{ code: string; level: 'province' | 'district' | 'commune'; provinceCode: string } | undefined> {
  return db
    .selectFrom('admin_units')
    .select(['code', 'level', 'province_code as provinceCode'])
    .where('era', '=', '2025')
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findAgencyPlace(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; unitCode: string; provinceCode: string } | undefined> {
  return db
    .selectFrom('agencies')
    .select(['id', 'unit_code as unitCode', 'province_code as provinceCode'])
    .where('id', '=', id)
    .executeTakeFirst();
}

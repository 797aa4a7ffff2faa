import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { NewChild, ChildCaregiverRow } from '../../db/schema';
import type { Scope } from '../../../shared/permissions/scope';
import type { CaregiverInput } from '../../../shared/domain/Child';
import { childInScope } from './children-scope';

/** A child row with the names of its places and ethnicity, for the profile. */
export async function findChildInScope(db: DbOrTx, scope: Scope, id: string) {
  return db
    .selectFrom('children as c')
    .leftJoin('admin_units as cu', (j) => j.on('cu.era', '=', '2025').onRef('cu.code', '=', 'c.commune_code'))
    .leftJoin('admin_units as pu', (j) =>
      j.on('pu.era', '=', '2025').onRef('pu.code', '=', 'c.province_code'),
    )
    .leftJoin('ethnic_groups as e', 'e.code', 'c.ethnicity_code')
    .selectAll('c')
    .select(['cu.name as commune_name', 'pu.name as province_name', 'e.name_vi as ethnicity_name'])
    .where('c.id', '=', id)
    .where(childInScope(scope, 'c'))
    .executeTakeFirst();
}
export type ChildViewRow = NonNullable<Awaited<ReturnType<typeof findChildInScope>>>;

/** Locks the child row for a change (serialises concurrent changes of one child). */
export async function lockChildInScope(db: DbOrTx, scope: Scope, id: string) {
  return db
    .selectFrom('children as c')
    .select(['c.id', 'c.commune_code', 'c.province_code', 'c.status', 'c.version'])
    .where('c.id', '=', id)
    .where(childInScope(scope, 'c'))
    .forUpdate()
    .executeTakeFirst();
}

export async function findChildIdByTransaction(db: DbOrTx, transactionId: string) {
  return db
    .selectFrom('children')
    .select(['id', 'commune_code', 'province_code'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
}

export async function insertChild(db: DbOrTx, values: NewChild & { id: string }): Promise<void> {
  await db.insertInto('children').values(values).execute();
}

/** The personal id is already used by an active child (anywhere: it identifies one person nationally). */
export async function personalIdTaken(db: DbOrTx, personalId: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('children')
    .select('id')
    .where('personal_id', '=', personalId)
    .where('status', '=', 'active');
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export type ChildColumnChanges = Partial<
  Omit<NewChild, 'id' | 'created_at' | 'created_by' | 'transaction_id' | 'version' | 'status' | 'merged_into'>
>;

/** Applies changes if the version is still `version`; returns the new version, or undefined when stale. */
export async function updateChildColumns(
  db: DbOrTx,
  id: string,
  version: number,
  changes: ChildColumnChanges,
  now: Date,
): Promise<number | undefined> {
  const row = await db
    .updateTable('children')
    .set({ ...changes, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Bumps the version (a circumstance, flag or support changed: an open edit form must reload). */
export async function touchChild(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db
    .updateTable('children')
    .set({ updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function listCaregivers(db: DbOrTx, childIds: readonly string[]): Promise<ChildCaregiverRow[]> {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('child_caregivers')
    .selectAll()
    .where('child_id', 'in', childIds)
    .orderBy('child_id')
    .orderBy('sort')
    .execute();
}

export async function replaceCaregivers(
  db: DbOrTx,
  childId: string,
  caregivers: readonly CaregiverInput[],
): Promise<void> {
  await db.deleteFrom('child_caregivers').where('child_id', '=', childId).execute();
  if (caregivers.length === 0) return;
  await db
    .insertInto('child_caregivers')
    .values(
      caregivers.map((c, i) => ({
        child_id: childId,
        relation: c.relation,
        full_name: c.fullName,
        phone: c.phone,
        is_primary: c.isPrimary,
        sort: i,
      })),
    )
    .execute();
}

/** Children in scope with this personal id or a caregiver with this phone: the exact look-up. */
export async function lookupChildren(
  db: DbOrTx,
  scope: Scope,
  by: { personalId?: string | undefined; phone?: string | undefined },
  limit = 50,
) {
  let q = db
    .selectFrom('children as c')
    .leftJoin('admin_units as cu', (j) => j.on('cu.era', '=', '2025').onRef('cu.code', '=', 'c.commune_code'))
    .select([
      'c.id',
      'c.full_name',
      'c.birth_date',
      'c.birth_precision',
      'c.sex',
      'c.commune_code',
      'cu.name as commune_name',
      'c.ages_out_on',
    ])
    .where('c.status', '=', 'active')
    .where(childInScope(scope, 'c'));
  if (by.personalId !== undefined) q = q.where('c.personal_id', '=', by.personalId);
  if (by.phone !== undefined) {
    const phone = by.phone;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('child_caregivers as g')
          .select('g.id')
          .whereRef('g.child_id', '=', 'c.id')
          .where('g.phone', '=', phone),
      ),
    );
  }
  return q.orderBy('c.full_name').orderBy('c.id').limit(limit).execute();
}

/** Sex, date of birth and commune of a child inside a scope (for the statistics columns of a report or case). */
export async function findChildFactsInScope(
  db: DbOrTx,
  scope: Scope,
  id: string,
): Promise<{ sex: string; birth_date: string; commune_code: string } | undefined> {
  return db
    .selectFrom('children')
    .select(['sex', 'birth_date', 'commune_code'])
    .where('id', '=', id)
    .where(childInScope(scope))
    .executeTakeFirst();
}

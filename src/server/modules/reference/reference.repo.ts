import type { DbOrTx } from '../../db/transaction';

/** The reference lists of the child register, in display order; inactive editable rows are left out. */
export async function listChildReference(db: DbOrTx) {
  const [ethnicGroups, groups, subgroups, riskFlags] = await Promise.all([
    db.selectFrom('ethnic_groups').select(['code', 'name_vi', 'name_en']).orderBy('sort').execute(),
    db
      .selectFrom('circumstance_groups')
      .select(['code', 'name_vi', 'name_en', 'decree_article', 'is_sensitive'])
      .orderBy('sort')
      .execute(),
    db
      .selectFrom('circumstance_subgroups as s')
      .innerJoin('circumstance_groups as g', 'g.code', 's.group_code')
      .select(['s.code', 's.group_code', 's.name_vi', 's.name_en', 's.verified'])
      .where('s.is_active', '=', true)
      .orderBy('g.sort')
      .orderBy('s.sort')
      .execute(),
    db
      .selectFrom('risk_flag_types')
      .select(['code', 'name_vi', 'name_en'])
      .where('is_active', '=', true)
      .orderBy('sort')
      .execute(),
  ]);
  return { ethnicGroups, groups, subgroups, riskFlags };
}

/** Whether a sub-group exists, is active and belongs to the group. */
export async function subgroupBelongsTo(
  db: DbOrTx,
  subgroupCode: string,
  groupCode: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('circumstance_subgroups')
    .select('code')
    .where('code', '=', subgroupCode)
    .where('group_code', '=', groupCode)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

export async function riskFlagTypeExists(db: DbOrTx, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('risk_flag_types')
    .select('code')
    .where('code', '=', code)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

export async function ethnicGroupExists(db: DbOrTx, code: string): Promise<boolean> {
  const row = await db.selectFrom('ethnic_groups').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

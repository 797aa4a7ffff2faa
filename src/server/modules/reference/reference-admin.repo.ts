import type { DbOrTx } from '../../db/transaction';

/** All rows of the editable lists, inactive ones included (the editor shows them to switch them back on). */
export async function listAdminReference(db: DbOrTx) {
  const [groups, subgroups, riskFlags] = await Promise.all([
    db
      .selectFrom('circumstance_groups')
      .select(['code', 'name_vi', 'name_en', 'decree_article'])
      .orderBy('sort')
      .execute(),
    db
      .selectFrom('circumstance_subgroups as s')
      .innerJoin('circumstance_groups as g', 'g.code', 's.group_code')
      .select(['s.code', 's.group_code', 's.name_vi', 's.name_en', 's.verified', 's.is_active', 's.sort'])
      .orderBy('g.sort')
      .orderBy('s.sort')
      .orderBy('s.code')
      .execute(),
    db
      .selectFrom('risk_flag_types')
      .select(['code', 'name_vi', 'name_en', 'is_active', 'sort'])
      .orderBy('sort')
      .orderBy('code')
      .execute(),
  ]);
  return { groups, subgroups, riskFlags };
}

const SUBGROUP_COLUMNS = [
  'code',
  'group_code',
  'name_vi',
  'name_en',
  'verified',
  'is_active',
  'sort',
] as const;
const FLAG_COLUMNS = ['code', 'name_vi', 'name_en', 'is_active', 'sort'] as const;

export type SubgroupRow = Awaited<ReturnType<typeof findSubgroupForUpdate>> & object;
export type RiskFlagRow = Awaited<ReturnType<typeof findRiskFlagForUpdate>> & object;

export async function findSubgroupForUpdate(tx: DbOrTx, code: string) {
  return tx
    .selectFrom('circumstance_subgroups')
    .select(SUBGROUP_COLUMNS)
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts a sub-group; undefined when the code is taken (concurrent creators: one wins, the other gets 409). */
export async function insertSubgroup(
  tx: DbOrTx,
  row: { code: string; group_code: string; name_vi: string; name_en: string | null; sort: number },
) {
  return tx
    .insertInto('circumstance_subgroups')
    .values({ ...row, verified: false, is_active: true })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(SUBGROUP_COLUMNS)
    .executeTakeFirst();
}

export async function updateSubgroup(
  tx: DbOrTx,
  code: string,
  set: { name_vi: string; name_en: string | null; sort: number; is_active: boolean },
) {
  return tx
    .updateTable('circumstance_subgroups')
    .set(set)
    .where('code', '=', code)
    .returning(SUBGROUP_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function findRiskFlagForUpdate(tx: DbOrTx, code: string) {
  return tx
    .selectFrom('risk_flag_types')
    .select(FLAG_COLUMNS)
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertRiskFlag(
  tx: DbOrTx,
  row: { code: string; name_vi: string; name_en: string; sort: number },
) {
  return tx
    .insertInto('risk_flag_types')
    .values({ ...row, is_active: true })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(FLAG_COLUMNS)
    .executeTakeFirst();
}

export async function updateRiskFlag(
  tx: DbOrTx,
  code: string,
  set: { name_vi: string; name_en: string; sort: number; is_active: boolean },
) {
  return tx
    .updateTable('risk_flag_types')
    .set(set)
    .where('code', '=', code)
    .returning(FLAG_COLUMNS)
    .executeTakeFirstOrThrow();
}

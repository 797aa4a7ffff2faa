import type { DbOrTx } from '../../db/transaction';
import type {
  ChildCircumstanceRow,
  ChildRiskFlagRow,
  ChildSupportRow,
  ChildCircumstancesTable,
  ChildSupportsTable,
} from '../../db/schema';
import type { Insertable } from 'kysely';

/** Circumstances, risk flags and supports of a child: rows are never deleted, ending one sets its end date. */
export async function listCircumstances(db: DbOrTx, childId: string): Promise<ChildCircumstanceRow[]> {
  return db
    .selectFrom('child_circumstances')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('start_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findCircumstance(db: DbOrTx, childId: string, id: string) {
  return db
    .selectFrom('child_circumstances')
    .selectAll()
    .where('child_id', '=', childId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether the child has an open membership of the group (by its blind index). */
export async function hasOpenCircumstance(db: DbOrTx, childId: string, groupKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('child_circumstances')
    .select('id')
    .where('child_id', '=', childId)
    .where('group_key', '=', groupKey)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCircumstance(
  db: DbOrTx,
  row: Insertable<ChildCircumstancesTable> & { id: string },
): Promise<void> {
  await db.insertInto('child_circumstances').values(row).execute();
}

export async function endCircumstance(
  db: DbOrTx,
  id: string,
  endDate: string,
  by: string | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable('child_circumstances')
    .set({ end_date: endDate, ended_by: by, ended_at: now })
    .where('id', '=', id)
    .execute();
}

export async function listRiskFlags(db: DbOrTx, childId: string): Promise<ChildRiskFlagRow[]> {
  return db
    .selectFrom('child_risk_flags')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('since', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findRiskFlag(db: DbOrTx, childId: string, id: string) {
  return db
    .selectFrom('child_risk_flags')
    .selectAll()
    .where('child_id', '=', childId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function hasOpenRiskFlag(db: DbOrTx, childId: string, flagCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('child_risk_flags')
    .select('id')
    .where('child_id', '=', childId)
    .where('flag_code', '=', flagCode)
    .where('until', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRiskFlag(
  db: DbOrTx,
  row: { id: string; child_id: string; flag_code: string; since: string; created_by: string | null },
): Promise<void> {
  await db.insertInto('child_risk_flags').values(row).execute();
}

export async function endRiskFlag(db: DbOrTx, id: string, until: string): Promise<void> {
  await db.updateTable('child_risk_flags').set({ until }).where('id', '=', id).execute();
}

export async function listSupports(db: DbOrTx, childId: string): Promise<ChildSupportRow[]> {
  return db
    .selectFrom('child_supports')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('period_start', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function insertSupport(
  db: DbOrTx,
  row: Insertable<ChildSupportsTable> & { id: string },
): Promise<void> {
  await db.insertInto('child_supports').values(row).execute();
}

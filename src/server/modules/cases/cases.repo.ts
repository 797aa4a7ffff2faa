import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/transaction';
import type { CaseActionRow, CaseRow, CaseTasksTable, CasesTable } from '../../db/schema';
import type { Insertable, Updateable } from 'kysely';

/** Queries of the case write path (issue #4). Services own the transactions. */

/** Locks a case row for the rest of the transaction: actions of one case are appended one at a time. */
export async function lockCase(tx: Tx, caseId: string): Promise<CaseRow | undefined> {
  return tx.selectFrom('cases').selectAll().where('id', '=', caseId).forUpdate().executeTakeFirst();
}

export async function findCase(db: DbOrTx, caseId: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
}

export async function listActionRows(db: DbOrTx, caseId: string): Promise<CaseActionRow[]> {
  return db.selectFrom('case_actions').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
}

export async function findActionByTransaction(
  db: DbOrTx,
  transactionId: string,
): Promise<Pick<CaseActionRow, 'id' | 'case_id' | 'type'> | undefined> {
  return db
    .selectFrom('case_actions')
    .select(['id', 'case_id', 'type'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
}

export async function insertAction(
  tx: Tx,
  row: Omit<CaseActionRow, 'data'> & { data: Record<string, unknown> },
): Promise<void> {
  await tx
    .insertInto('case_actions')
    .values({ ...row, data: JSON.stringify(row.data) })
    .execute();
}

export async function insertCase(tx: Tx, row: Insertable<CasesTable>): Promise<void> {
  await tx.insertInto('cases').values(row).execute();
}

export async function updateCase(tx: Tx, caseId: string, set: Updateable<CasesTable>): Promise<void> {
  await tx.updateTable('cases').set(set).where('id', '=', caseId).execute();
}

/** The next case number of a commune for a year, counted under the counter row's lock. */
export async function nextCaseNumber(tx: Tx, communeCode: string, year: number): Promise<number> {
  const row = await tx
    .insertInto('case_counters')
    .values({ commune_code: communeCode, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['commune_code', 'year']).doUpdateSet({ last_number: sql`case_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/** The open case of a registered child in a commune, if any (reports about the same child are linked). */
export async function findOpenCaseOfChild(
  tx: Tx,
  childId: string,
  communeCode: string,
): Promise<{ id: string } | undefined> {
  return tx
    .selectFrom('cases')
    .select('id')
    .where('child_id', '=', childId)
    .where('commune_code', '=', communeCode)
    .where('status', '<>', 'closed')
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertTasks(tx: Tx, rows: Insertable<CaseTasksTable>[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('case_tasks').values(rows).execute();
}

export async function setTaskStatus(tx: Tx, taskId: string, set: Updateable<CaseTasksTable>): Promise<void> {
  await tx.updateTable('case_tasks').set(set).where('id', '=', taskId).execute();
}

export async function communeOf(
  db: DbOrTx,
  communeCode: string,
): Promise<{ code: string; provinceCode: string; name: string } | undefined> {
  return db
    .selectFrom('admin_units')
    .select(['code', 'province_code as provinceCode', 'name'])
    .where('era', '=', '2025')
    .where('level', '=', 'commune')
    .where('code', '=', communeCode)
    .executeTakeFirst();
}

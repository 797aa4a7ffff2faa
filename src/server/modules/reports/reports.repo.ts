import type { Insertable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/transaction';
import type { ReportAttachmentsTable, ReportsTable } from '../../db/schema';
import type { Scope } from '../../../shared/permissions/scope';
import { childInScope } from '../children/children-scope';

export async function findReportByTransaction(
  db: DbOrTx,
  transactionId: string,
): Promise<{ id: string; case_id: string; tracking_code: string | null } | undefined> {
  return db
    .selectFrom('reports')
    .select(['id', 'case_id', 'tracking_code'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
}

export async function insertReport(tx: Tx, row: Insertable<ReportsTable>): Promise<void> {
  await tx.insertInto('reports').values(row).execute();
}

export async function insertAttachments(tx: Tx, rows: Insertable<ReportAttachmentsTable>[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('report_attachments').values(rows).execute();
}

/** The codes among `codes` that are active harm types. */
export async function activeHarmTypes(db: DbOrTx, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('harm_types')
    .select('code')
    .where('code', 'in', codes)
    .where('is_active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.code));
}

export async function listHarmTypes(db: DbOrTx) {
  return db
    .selectFrom('harm_types')
    .select(['code', 'name_vi as nameVi', 'name_en as nameEn', 'circular13_category as circular13Category'])
    .where('is_active', '=', true)
    .orderBy('sort')
    .execute();
}

/** Sex and date of birth of a register child inside a scope (for the case's statistics columns). */
export async function findChildFacts(
  db: DbOrTx,
  scope: Scope,
  childId: string,
): Promise<{ sex: string; birth_date: string; commune_code: string } | undefined> {
  return db
    .selectFrom('children')
    .select(['sex', 'birth_date', 'commune_code'])
    .where('id', '=', childId)
    .where(childInScope(scope))
    .executeTakeFirst();
}

export async function agencyIsActive(db: DbOrTx, agencyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('agencies')
    .select('id')
    .where('id', '=', agencyId)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** The public tracking page: the status of the report's case and the day it was received. Nothing else. */
export async function findTracking(
  db: DbOrTx,
  trackingCode: string,
): Promise<{ status: string; received_at: Date } | undefined> {
  return db
    .selectFrom('reports')
    .innerJoin('cases', 'cases.id', 'reports.case_id')
    .select(['cases.status', 'reports.received_at'])
    .where('reports.tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

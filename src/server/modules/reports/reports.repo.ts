import type { Insertable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/transaction';
import type { ReportAttachmentsTable, ReportsTable } from '../../db/schema';

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

export async function listHarmTypes(db: DbOrTx) {
  return db
    .selectFrom('harm_types')
    .select(['code', 'name_vi as nameVi', 'name_en as nameEn', 'circular13_category as circular13Category'])
    .where('is_active', '=', true)
    .orderBy('sort')
    .execute();
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

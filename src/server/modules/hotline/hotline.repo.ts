import type { Insertable } from 'kysely';
import type { DbOrTx, Tx } from '../../db/transaction';
import type { HotlineContactsTable } from '../../db/schema';
import type { Scope } from '../../../shared/permissions/scope';
import type { HotlineTransferFilter } from '../../../shared/domain/Hotline';
import { childInScope } from '../children/children-scope';

/** Queries of the hotline 111 console (issue #4 item 3). Services own the transactions. */

export type ContactRow = {
  id: string;
  transaction_id: string;
  call_id: string | null;
  started_at: Date;
  ended_at: Date | null;
  counsellor_id: string;
  counsellor_name: string;
  caller_type: 'child' | 'adult';
  categories: string[];
  needs_local_intervention: boolean;
  child_id: string | null;
  content_enc: string;
  transferred_at: Date | null;
  case_id: string | null;
  // The transfer's case as it is now (null before the transfer).
  case_number: string | null;
  case_commune_code: string | null;
  case_commune_name: string | null;
  case_province_code: string | null;
  case_status: string | null;
  case_received_at: Date | null;
  requires_ack: boolean | null;
  acknowledged_at: Date | null;
  escalated: boolean | null;
  next_due_at: Date | null;
  // The transfer's report: the basis is read from it (event commune = commune → 'event').
  report_commune_code: string | null;
  report_event_commune_code: string | null;
};

/** A contact with its counsellor, the case its transfer opened and that transfer's report. */
function contactQuery(db: DbOrTx) {
  return db
    .selectFrom('hotline_contacts as hc')
    .innerJoin('users as u', 'u.id', 'hc.counsellor_id')
    .leftJoin('cases as c', 'c.id', 'hc.case_id')
    .leftJoin('admin_units as au', (j) => j.onRef('au.code', '=', 'c.commune_code').on('au.era', '=', '2025'))
    .leftJoin('reports as r', (j) =>
      j.onRef('r.case_id', '=', 'hc.case_id').onRef('r.hotline_contact_id', '=', 'hc.id'),
    )
    .select([
      'hc.id',
      'hc.transaction_id',
      'hc.call_id',
      'hc.started_at',
      'hc.ended_at',
      'hc.counsellor_id',
      'u.display_name as counsellor_name',
      'hc.caller_type',
      'hc.categories',
      'hc.needs_local_intervention',
      'hc.child_id',
      'hc.content_enc',
      'hc.transferred_at',
      'hc.case_id',
      'c.case_number',
      'c.commune_code as case_commune_code',
      'au.name as case_commune_name',
      'c.province_code as case_province_code',
      'c.status as case_status',
      'c.received_at as case_received_at',
      'c.requires_ack',
      'c.acknowledged_at',
      'c.escalated',
      'c.next_due_at',
      'r.commune_code as report_commune_code',
      'r.event_commune_code as report_event_commune_code',
    ]);
}

export async function findContact(db: DbOrTx, id: string): Promise<ContactRow | undefined> {
  return contactQuery(db).where('hc.id', '=', id).executeTakeFirst();
}

export async function findContactByTransaction(
  db: DbOrTx,
  transactionId: string,
): Promise<ContactRow | undefined> {
  return contactQuery(db).where('hc.transaction_id', '=', transactionId).executeTakeFirst();
}

/** Locks a contact for its transfer: two transfers of one contact are taken one at a time. */
export async function lockContact(
  tx: Tx,
  id: string,
): Promise<{ id: string; case_id: string | null } | undefined> {
  return tx
    .selectFrom('hotline_contacts')
    .select(['id', 'case_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertContact(tx: Tx, row: Insertable<HotlineContactsTable>): Promise<void> {
  await tx.insertInto('hotline_contacts').values(row).execute();
}

export async function setContactTransfer(
  tx: Tx,
  id: string,
  set: { communeCode: string; provinceCode: string; at: Date; caseId: string },
): Promise<void> {
  await tx
    .updateTable('hotline_contacts')
    .set({
      transfer_commune_code: set.communeCode,
      transfer_province_code: set.provinceCode,
      transferred_at: set.at,
      case_id: set.caseId,
    })
    .where('id', '=', id)
    .execute();
}

/** The report a transfer's transactionId already made, if any (a retried transfer). */
export async function findReportOfTransaction(
  db: DbOrTx,
  transactionId: string,
): Promise<{ id: string; hotline_contact_id: string | null } | undefined> {
  return db
    .selectFrom('reports')
    .select(['id', 'hotline_contact_id'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
}

/** The codes among `codes` that are active harm types. */
export async function activeHarmTypeCodes(db: DbOrTx, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('harm_types')
    .select('code')
    .where('code', 'in', codes)
    .where('is_active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.code));
}

export async function childInReach(db: DbOrTx, scope: Scope, childId: string): Promise<boolean> {
  const row = await db
    .selectFrom('children')
    .select('id')
    .where('id', '=', childId)
    .where(childInScope(scope))
    .executeTakeFirst();
  return row !== undefined;
}

export type ContactListFilter = {
  counsellorId: string | null;
  transferred: 'any' | 'yes' | 'no';
  transfers?: HotlineTransferFilter;
  limit: number;
  offset: number;
};

function filteredContacts(db: DbOrTx, f: ContactListFilter) {
  let q = contactQuery(db);
  if (f.counsellorId) q = q.where('hc.counsellor_id', '=', f.counsellorId);
  if (f.transferred === 'yes') q = q.where('hc.case_id', 'is not', null);
  if (f.transferred === 'no') q = q.where('hc.case_id', 'is', null);
  switch (f.transfers) {
    case undefined:
    case 'all':
      return q;
    case 'not_acknowledged':
      return q.where('c.acknowledged_at', 'is', null).where('c.status', '<>', 'closed');
    case 'escalated':
      return q.where('c.escalated', '=', true);
    case 'open':
      return q.where('c.status', '<>', 'closed');
    case 'closed':
      return q.where('c.status', '=', 'closed');
  }
}

/** A page of contacts, newest call first, and the number of all that match. */
export async function listContacts(
  db: DbOrTx,
  f: ContactListFilter,
): Promise<{ rows: ContactRow[]; total: number }> {
  const rows = await filteredContacts(db, f)
    .orderBy('hc.started_at', 'desc')
    .orderBy('hc.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const count = await filteredContacts(db, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

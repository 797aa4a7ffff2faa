import { sql, type SelectQueryBuilder } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { CaseRow, CasesTable, Database } from '../../db/schema';
import type { Scope } from '../../../shared/permissions/scope';
import { OPEN_STATUSES, type CaseStatus } from '../../../shared/workflow/case-workflow';
import { caseInScope } from './case-actor';

/** Queries of the read side of cases (issue #4): the jurisdiction is always in the WHERE clause. */

export type CaseRowWithCommune = CaseRow & { commune_name: string | null };

/** A case inside a scope, with its commune's name; undefined when missing or outside (both answer 404). */
export async function findCaseInScope(
  db: DbOrTx,
  scope: Scope,
  caseId: string,
): Promise<CaseRowWithCommune | undefined> {
  return db
    .selectFrom('cases as c')
    .leftJoin('admin_units as u', (j) =>
      j.onRef('u.code', '=', 'c.commune_code').on('u.era', '=', '2025').on('u.level', '=', 'commune'),
    )
    .selectAll('c')
    .select('u.name as commune_name')
    .where('c.id', '=', caseId)
    .where(caseInScope(scope, 'c'))
    .executeTakeFirst();
}

export async function listActionsWithActors(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case_actions as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .selectAll('a')
    .select('u.display_name as actor_name')
    .where('a.case_id', '=', caseId)
    .orderBy('a.seq')
    .execute();
}

export async function listReportsOfCase(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('reports as r')
    .leftJoin('users as u', 'u.id', 'r.received_by')
    .leftJoin('agencies as ag', 'ag.id', 'r.receiving_agency_id')
    .selectAll('r')
    .select(['u.display_name as received_by_name', 'ag.name as receiving_agency_name'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.received_at')
    .orderBy('r.id')
    .execute();
}

export async function listAttachmentMeta(db: DbOrTx, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('report_attachments')
    .select(['id', 'report_id', 'content_type', 'byte_size'])
    .where('report_id', 'in', reportIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function listTasksOfCase(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case_tasks as t')
    .leftJoin('agencies as ag', 'ag.id', 't.agency_id')
    .selectAll('t')
    .select('ag.name as agency_name')
    .where('t.case_id', '=', caseId)
    .orderBy('t.plan_version')
    .orderBy('t.due_date')
    .orderBy('t.id')
    .execute();
}

export async function findChildName(db: DbOrTx, childId: string): Promise<string | null> {
  const row = await db
    .selectFrom('children')
    .select('full_name')
    .where('id', '=', childId)
    .executeTakeFirst();
  return row?.full_name ?? null;
}

// ----- The queues (GET /api/cases) -----

export type CaseQueueName = 'all' | 'new' | 'due_soon' | 'overdue' | 'open' | 'closed';
export type CaseListFilter = {
  queue: CaseQueueName;
  communeCode?: string | undefined;
  status?: CaseStatus | undefined;
  now: Date;
};

const DAY_MS = 86_400_000;

/**
 * The cases of a queue inside a scope. Open statuses are listed explicitly (not `<> 'closed'`) so that the status
 * is an index condition of cases_commune_queue_idx (commune_code, status, next_due_at) and cases_province_idx
 * (province_code, status).
 */
export function casesQuery(db: DbOrTx, scope: Scope, f: CaseListFilter) {
  let q = db.selectFrom('cases as c').where(caseInScope(scope, 'c'));
  if (f.communeCode) q = q.where('c.commune_code', '=', f.communeCode);
  if (f.status) q = q.where('c.status', '=', f.status);
  return byQueue(q, f);
}

function byQueue<O>(q: SelectQueryBuilder<Database & { c: CasesTable }, 'c', O>, f: CaseListFilter) {
  const open = [...OPEN_STATUSES];
  switch (f.queue) {
    case 'all':
      return q;
    case 'open':
      return q.where('c.status', 'in', open);
    case 'closed':
      return q.where('c.status', '=', 'closed');
    case 'new':
      return q
        .where('c.status', 'in', open)
        .where((eb) =>
          eb.or([
            eb('c.status', '=', 'received'),
            eb.and([eb('c.requires_ack', '=', true), eb('c.acknowledged_at', 'is', null)]),
          ]),
        );
    case 'overdue':
      return q.where('c.status', 'in', open).where('c.next_due_at', '<', f.now);
    case 'due_soon':
      return q
        .where('c.status', 'in', open)
        .where('c.next_due_at', '>=', f.now)
        .where('c.next_due_at', '<=', new Date(f.now.getTime() + DAY_MS));
  }
}

/** One page of a queue: the most pressing deadline first, then the newest. */
export async function listCasesPage(
  db: DbOrTx,
  scope: Scope,
  f: CaseListFilter,
  page: { limit: number; offset: number },
) {
  return casesQuery(db, scope, f)
    .leftJoin('admin_units as u', (j) =>
      j.onRef('u.code', '=', 'c.commune_code').on('u.era', '=', '2025').on('u.level', '=', 'commune'),
    )
    .leftJoin('children as ch', 'ch.id', 'c.child_id')
    .selectAll('c')
    .select(['u.name as commune_name', 'ch.full_name as child_name'])
    .orderBy(sql`c.next_due_at ASC NULLS LAST`)
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countCases(db: DbOrTx, scope: Scope, f: CaseListFilter): Promise<number> {
  const row = await casesQuery(db, scope, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The first report (by receipt) of each case: its encrypted content gives the reported child's name. */
export async function firstReportContents(
  db: DbOrTx,
  caseIds: readonly string[],
): Promise<Map<string, { id: string; content_enc: string }>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'case_id', 'content_enc'])
    .distinctOn('case_id')
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.case_id, { id: r.id, content_enc: r.content_enc }]));
}

/** The actions of several cases, in seq order per case (to derive each case's state). */
export async function listActionsOfCases(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_actions')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('seq')
    .execute();
}

import { sql, type Insertable } from 'kysely';
import type { Tx } from '../../db/transaction';
import type { CasesTable, ReportAttachmentsTable, ReportsTable } from '../../db/schema';
import { recordAuditMany, type AuditActor } from '../../audit/audit.repo';
import { deterministicUuid } from '../../lib/deterministic-uuid';
import { deriveCaseState, type WorkflowAction } from '../../../shared/workflow/derive-case-state';
import {
  caseClocks,
  nextDeadline,
  nextSweep,
  type DeadlineCalendar,
} from '../../../shared/workflow/case-clocks';
import { mailOf } from '../notifications/mail-texts';
import type { CaseDeps } from '../cases/case-append';

/**
 * A report ready to be written: every id chosen, every text encrypted, nothing left to ask the database but the case
 * number. Built by report-intake.service.ts (prepareNewCaseReport).
 */
export type PreparedReport = {
  transactionId: string;
  caseId: string;
  actionId: string;
  receivedAt: Date;
  communeCode: string;
  provinceCode: string;
  report: Omit<Insertable<ReportsTable>, 'case_id'>;
  attachments: Insertable<ReportAttachmentsTable>[];
  caseFacts: Pick<
    Insertable<CasesTable>,
    'urgency' | 'channel' | 'harm_types' | 'environment' | 'child_sex' | 'child_age_years' | 'requires_ack'
  >;
  actor: AuditActor;
  audit: { operation: 'report.create' | 'report.public.create'; attachments: number };
};

export type WrittenReport = { reportId: string; caseId: string; caseNumber: string };

/** A new case's clocks need no working days (12 hours, acknowledgement hours): a calendar is never consulted. */
const NO_WORKING_DAYS: DeadlineCalendar = {
  addWorkingDays() {
    throw new Error('a newly received case has no working-day clock');
  },
};

// Vietnam has no daylight saving time: the year of an instant in UTC+7 (an Intl formatter per call costs more than
// the rest of the preparation together).
const VN_OFFSET_MS = 7 * 3_600_000;
const year = (d: Date) => new Date(d.getTime() + VN_OFFSET_MS).getUTCFullYear();

/**
 * Writes reports that each open a new case (no register child to link), many in one transaction: one statement per
 * table instead of one per report (issue #4 item 10: intake of 1,000 reports/s on 2 cores). The effect is exactly
 * that of openOrLinkCase + the report insert for each: case numbers from the per-commune counters, the RECEIVE action,
 * the derived projection, the notifications and e-mails of 'case.new', one audit row per report.
 */
export async function writeNewCaseReports(
  tx: Tx,
  deps: CaseDeps,
  items: readonly PreparedReport[],
): Promise<WrittenReport[]> {
  const numbers = await reserveCaseNumbers(tx, items);
  const now = deps.now();
  const settings = { acknowledgeHours: deps.config.cases.acknowledgeHours };
  const caseRows: Insertable<CasesTable>[] = [];
  const actionRows = items.map((it) => {
    const data = {
      reportId: it.report.id,
      channel: it.caseFacts.channel,
      requiresAcknowledgement: it.caseFacts.requires_ack ?? false,
      hotlineContactId: null,
    };
    const receive: WorkflowAction = {
      seq: 0,
      type: 'RECEIVE',
      at: it.receivedAt.toISOString(),
      actorKind: 'system',
      data,
    };
    const state = deriveCaseState([receive]);
    const clocks = caseClocks(state, NO_WORKING_DAYS, settings);
    const next = nextDeadline(clocks);
    const sweep = nextSweep(clocks);
    caseRows.push({
      id: it.caseId,
      case_number: numbers.get(it.transactionId) ?? '',
      commune_code: it.communeCode,
      province_code: it.provinceCode,
      child_id: null,
      hotline_contact_id: null,
      opened_at: now,
      status: state.status,
      received_at: it.receivedAt,
      acknowledged_at: null,
      emergency_needed: null,
      next_due_at: next ? new Date(next.dueAt) : null,
      next_due_kind: next?.kind ?? null,
      sweep_at: sweep ? new Date(sweep.dueAt) : null,
      action_count: state.seq,
      last_action_at: it.receivedAt,
      ...it.caseFacts,
    });
    return {
      id: it.actionId,
      case_id: it.caseId,
      seq: 0,
      transaction_id: deterministicUuid('RECEIVE', it.transactionId),
      type: 'RECEIVE',
      actor_id: null,
      actor_role: null,
      actor_kind: 'system',
      actor_agency_id: null,
      at: it.receivedAt,
      data: JSON.stringify(data),
      text_enc: null,
    };
  });
  await tx.insertInto('cases').values(caseRows).execute();
  await tx.insertInto('case_actions').values(actionRows).execute();
  await tx
    .insertInto('reports')
    .values(items.map((it) => ({ ...it.report, case_id: it.caseId })))
    .execute();
  const attachments = items.flatMap((it) => it.attachments);
  if (attachments.length > 0) await tx.insertInto('report_attachments').values(attachments).execute();
  await notifyNewCases(tx, deps, items, numbers);
  await recordAuditMany(tx, auditRowsOf(items));
  return items.map((it) => ({
    reportId: String(it.report.id),
    caseId: it.caseId,
    caseNumber: numbers.get(it.transactionId) ?? '',
  }));
}

/**
 * One audit event per actor and province for the whole batch, listing every report and case id — as an import is
 * one event for all its rows. The same actor (a hotline counsellor's burst, the anonymous public form) thus costs one
 * chained audit row per batch instead of one per report; each report's ids are still found with `= ANY(target_ids)`.
 */
function auditRowsOf(items: readonly PreparedReport[]) {
  const groups = new Map<string, PreparedReport[]>();
  for (const it of items) {
    const a = it.actor;
    const key = JSON.stringify([a.userId, a.ip, a.userAgent, it.audit.operation, it.provinceCode]);
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as PreparedReport;
    const communes = new Set(group.map((it) => it.communeCode));
    return {
      actor: first.actor,
      event: {
        operation: first.audit.operation,
        targetType: 'report',
        targetIds: group.flatMap((it) => [String(it.report.id), it.caseId]),
        unitCode: communes.size === 1 ? first.communeCode : first.provinceCode,
        provinceCode: first.provinceCode,
        counts: {
          reports: group.length,
          attachments: group.reduce((n, it) => n + it.audit.attachments, 0),
          linkedToOpenCase: 0,
        },
      },
    };
  });
}

/** One upsert per commune and year for the whole batch; numbers are handed out in the batch's order. */
async function reserveCaseNumbers(tx: Tx, items: readonly PreparedReport[]): Promise<Map<string, string>> {
  const counts = new Map<string, { commune: string; year: number; n: number }>();
  for (const it of items) {
    const key = `${it.communeCode}|${year(it.receivedAt)}`;
    const c = counts.get(key) ?? { commune: it.communeCode, year: year(it.receivedAt), n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  const rows = await tx
    .insertInto('case_counters')
    .values([...counts.values()].map((c) => ({ commune_code: c.commune, year: c.year, last_number: c.n })))
    .onConflict((oc) =>
      oc
        .columns(['commune_code', 'year'])
        .doUpdateSet({ last_number: sql`case_counters.last_number + excluded.last_number` }),
    )
    .returning(['commune_code', 'year', 'last_number'])
    .execute();
  const next = new Map<string, number>();
  for (const r of rows) {
    const c = counts.get(`${r.commune_code}|${r.year}`);
    next.set(`${r.commune_code}|${r.year}`, r.last_number - (c?.n ?? 0) + 1);
  }
  const numbers = new Map<string, string>();
  for (const it of items) {
    const key = `${it.communeCode}|${year(it.receivedAt)}`;
    const n = next.get(key) ?? 1;
    next.set(key, n + 1);
    numbers.set(it.transactionId, `${it.communeCode}-${year(it.receivedAt)}-${String(n).padStart(5, '0')}`);
  }
  return numbers;
}

/** 'case.new' for the officers and chairmen of each commune, as notifyCaseEvent does for one case. */
async function notifyNewCases(
  tx: Tx,
  deps: CaseDeps,
  items: readonly PreparedReport[],
  numbers: Map<string, string>,
): Promise<void> {
  const communes = [...new Set(items.map((it) => it.communeCode))];
  const users = await tx
    .selectFrom('users')
    .select(['id', 'email', 'unit_code'])
    .where('is_active', '=', true)
    .where('role', 'in', ['commune_officer', 'commune_chairman'])
    .where('unit_code', 'in', communes)
    .execute();
  if (users.length === 0) return;
  const notifications = [];
  const mails = [];
  for (const it of items) {
    const caseNumber = numbers.get(it.transactionId) ?? '';
    const dedupeKey = `${it.actionId}:case.new`;
    const mail = mailOf('case.new', caseNumber, `${deps.config.publicUrl}/cases/${it.caseId}`);
    for (const u of users.filter((x) => x.unit_code === it.communeCode)) {
      notifications.push({
        user_id: u.id,
        kind: 'case.new',
        case_id: it.caseId,
        params: JSON.stringify({ caseNumber }),
        dedupe_key: dedupeKey,
      });
      if (u.email)
        mails.push({
          to_address: u.email,
          user_id: u.id,
          subject: mail.subject,
          body: mail.body,
          dedupe_key: `${dedupeKey}:${u.id}`,
        });
    }
  }
  if (notifications.length > 0) await tx.insertInto('notifications').values(notifications).execute();
  if (mails.length > 0) await tx.insertInto('email_outbox').values(mails).execute();
}

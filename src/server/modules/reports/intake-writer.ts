import { sql, type Insertable } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { CasesTable, ReportAttachmentsTable, ReportsTable } from '../../db/schema';
import { auditValues, type AuditActor } from '../../audit/audit.repo';
import { insertJsonRows, jsonColumnsOf } from '../../db/json-insert';
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
/** Stands for the case number in a mail text until the statement that gives the number replaces it. */
const CASE_NUMBER = '{{caseNumber}}';

/**
 * Writes reports that each open a new case (no register child to link), many in one transaction: one statement per
 * table instead of one per report (issue #4 item 10: intake of 1,000 reports/s on 2 cores). The effect is exactly
 * that of openOrLinkCase + the report insert for each: case numbers from the per-commune counters, the RECEIVE action,
 * the derived projection, the notifications and e-mails of 'case.new', one audit row per report.
 */
export async function writeNewCaseReports(
  db: DbOrTx,
  deps: CaseDeps,
  items: readonly PreparedReport[],
): Promise<WrittenReport[]> {
  const now = deps.now();
  const settings = { acknowledgeHours: deps.config.cases.acknowledgeHours };
  const caseRows: Omit<Insertable<CasesTable>, 'case_number'>[] = [];
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
      data,
      text_enc: null,
    };
  });
  // ONE statement for the whole batch, atomic without BEGIN/COMMIT: case numbers from the per-commune counters,
  // then a data-modifying CTE per table. Under load every round trip waits for a busy event loop; this is one.
  const attachments = items.flatMap((it) => it.attachments);
  const caseColumns = jsonColumnsOf(caseRows);
  const written = await sql<{ case_id: string; case_number: string }>`
    WITH ${caseNumbering(items)},
      cases_written AS (
        INSERT INTO cases (${sql.join(caseColumns.map((c) => sql.ref(c)))}, case_number)
        SELECT ${sql.join(caseColumns.map((c) => sql.ref(`r.${c}`)))}, n.case_number
        FROM jsonb_populate_recordset(NULL::cases, ${JSON.stringify(caseRows)}::jsonb) r
        JOIN numbered n ON n.case_id = r.id
      ),
      actions_written AS (${insertJsonRows('case_actions', actionRows)}),
      reports_written AS (${insertJsonRows(
        'reports',
        items.map((it) => ({ ...it.report, case_id: it.caseId })),
      )}),
      attachments_written AS (${attachments.length > 0 ? insertJsonRows('report_attachments', attachments) : sql`SELECT 1`}),
      ${newCaseNotifications(deps, items)},
      audit_written AS (${insertJsonRows('audit_log', auditRowsOf(items))})
    SELECT case_id, case_number FROM numbered`.execute(db);
  const numbers = new Map(written.rows.map((r) => [r.case_id, r.case_number]));
  return items.map((it) => ({
    reportId: String(it.report.id),
    caseId: it.caseId,
    caseNumber: numbers.get(it.caseId) ?? '',
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
    const event = {
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
    };
    // counts goes into a jsonb column through JSON: as an object, not as auditValues' JSON string.
    return { ...auditValues(first.actor, event), counts: event.counts };
  });
}

/**
 * CTEs `numbered (case_id, case_number)`: one counter upsert per commune and year for the whole batch, numbers handed
 * out in the batch's order — "<commune>-<year>-<00001>", as openCase numbers a single case.
 */
function caseNumbering(items: readonly PreparedReport[]) {
  const batch = items.map((it, ord) => ({
    ord,
    case_id: it.caseId,
    commune_code: it.communeCode,
    yr: year(it.receivedAt),
  }));
  return sql`batch AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS b(ord integer, case_id uuid, commune_code text, yr integer)
    ),
    per_year AS (SELECT commune_code, yr, count(*)::integer AS n FROM batch GROUP BY commune_code, yr),
    counters AS (
      INSERT INTO case_counters (commune_code, year, last_number)
      SELECT commune_code, yr, n FROM per_year
      ON CONFLICT (commune_code, year) DO UPDATE SET last_number = case_counters.last_number + excluded.last_number
      RETURNING commune_code, year, last_number
    ),
    numbered AS (
      SELECT case_id, commune_code || '-' || yr || '-' || lpad(k::text, greatest(5, length(k::text)), '0') AS case_number
      FROM (
        SELECT b.case_id, b.commune_code, b.yr,
          c.last_number - p.n + row_number() OVER (PARTITION BY b.commune_code, b.yr ORDER BY b.ord) AS k
        FROM batch b
        JOIN counters c ON c.commune_code = b.commune_code AND c.year = b.yr
        JOIN per_year p ON p.commune_code = b.commune_code AND p.yr = b.yr
      ) numbers
    )`;
}

/**
 * 'case.new' for the active officers and chairmen of each report's commune, as notifyCaseEvent does for one case:
 * two CTEs (notifications, e-mails) joining the batch's cases to the users of their communes in the database.
 */
function newCaseNotifications(deps: CaseDeps, items: readonly PreparedReport[]) {
  const news = items.map((it) => {
    // The number is given in the same statement: the mail is written with a placeholder the statement replaces.
    const mail = mailOf('case.new', CASE_NUMBER, `${deps.config.publicUrl}/cases/${it.caseId}`);
    return {
      case_id: it.caseId,
      commune_code: it.communeCode,
      dedupe_key: `${it.actionId}:case.new`,
      subject: mail.subject,
      body: mail.body,
    };
  });
  return sql`new_cases AS (
      SELECT x.case_id, x.dedupe_key, u.id AS user_id, u.email, n.case_number,
        replace(x.subject, ${CASE_NUMBER}, n.case_number) AS subject,
        replace(x.body, ${CASE_NUMBER}, n.case_number) AS body
      FROM jsonb_to_recordset(${JSON.stringify(news)}::jsonb)
        AS x(case_id uuid, commune_code text, dedupe_key text, subject text, body text)
      JOIN numbered n ON n.case_id = x.case_id
      JOIN users u ON u.unit_code = x.commune_code
      WHERE u.is_active AND u.role IN ('commune_officer', 'commune_chairman')
    ),
    notifications_written AS (
      INSERT INTO notifications (user_id, kind, case_id, params, dedupe_key)
      SELECT user_id, 'case.new', case_id, jsonb_build_object('caseNumber', case_number), dedupe_key FROM new_cases
    ),
    mails_written AS (
      INSERT INTO email_outbox (to_address, user_id, subject, body, dedupe_key)
      SELECT email, user_id, subject, body, dedupe_key || ':' || user_id FROM new_cases WHERE email IS NOT NULL
    )`;
}

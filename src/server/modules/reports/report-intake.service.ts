import crypto from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import type { DbOrTx, Tx } from '../../db/transaction';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import type { Locale } from '../../../shared/i18n/locale';
import { scopeFor, type ScopedUser } from '../../../shared/permissions/scope';
import type {
  ReportContent,
  ReportCreated,
  ReportInput,
  ReporterIdentity,
} from '../../../shared/domain/Report';
import { ageAt } from '../../../shared/reference/child-age';
import { fieldError, isUniqueViolation } from '../children/children.rules';
import { findDuplicateCandidates } from '../children/duplicate-candidates';
import { caseCipher } from '../cases/case-cipher';
import { isActiveAgency } from '../agencies/agencies.service';
import { findChildFacts } from '../children/children.service';
import { openOrLinkCase } from '../cases/case-open';
import { intakeBatcherOf } from './intake-batcher';
import type { PreparedReport } from './intake-writer';
import { activeHarmTypeCodes, communePlace } from './intake-reference';
import { findReportByTransaction, insertAttachments, insertReport } from './reports.repo';

export type ReportDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;

/** Who records the report: a logged-in user, or nobody (the public online form). */
export type ReportCaller = { actor: AuditActor; locale: Locale; user: ScopedUser | null };

export type ReportAttachment = {
  id: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  data: Buffer;
};

export type IntakeOptions = {
  /** The public channel's tracking code. */
  trackingCode?: string | null;
  /** Hotline transfers wait for the commune's acknowledgement. */
  requiresAck?: boolean;
  hotlineContactId?: string | null;
  attachments?: readonly ReportAttachment[];
  /** Look for register children that may be the reported one (childCandidates); off unless asked. */
  suggestChildren?: boolean;
};

const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Records a report (Mẫu 01) and opens its case in the commune that must act, or links it to the open case of the
 * same registered child (issue #4 item 1). A report is never refused for a possible duplicate child: the register
 * children that may be the same are returned as `childCandidates` for the officer to link. Idempotent on
 * transactionId. Runs its own transaction; the hotline uses recordReportInTx inside its transfer.
 */
export async function recordReport(
  deps: ReportDeps,
  caller: ReportCaller,
  input: ReportInput,
  opts: IntakeOptions = {},
): Promise<ReportCreated & { trackingCode: string | null }> {
  const checked = await validateReport(deps, caller, input);
  if (!input.childId && !opts.hotlineContactId) {
    // A report that opens a new case: written by the intake batcher, many per transaction (intake-batcher.ts).
    // No look-up of the transactionId first: a retry fails its batch on the UNIQUE constraint and is answered,
    // alone, with the report it already created (IntakeBatcher.#settleAlone).
    const written = await intakeBatcherOf(deps).submit(
      prepareNewCaseReport(deps, caller, input, opts, checked),
    );
    return {
      ...written,
      linkedToOpenCase: false,
      childCandidates: opts.suggestChildren ? await candidatesFor(deps.db, caller, input, checked) : [],
      trackingCode: opts.trackingCode ?? null,
    };
  }
  try {
    return await deps.db
      .transaction()
      .execute((tx) => recordReportInTx(tx, deps, caller, input, opts, checked));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await findReportByTransaction(deps.db, input.transactionId);
    if (raced) return replay(deps, raced);
    throw err;
  }
}

async function replay(
  deps: ReportDeps,
  r: { id: string; case_id: string; tracking_code: string | null },
): Promise<ReportCreated & { trackingCode: string | null }> {
  const c = await deps.db
    .selectFrom('cases')
    .select('case_number')
    .where('id', '=', r.case_id)
    .executeTakeFirstOrThrow();
  return {
    reportId: r.id,
    caseId: r.case_id,
    caseNumber: c.case_number,
    linkedToOpenCase: false,
    childCandidates: [],
    trackingCode: r.tracking_code,
  };
}

export type CheckedReport = {
  place: { communeCode: string; provinceCode: string };
  child: { sex: string; birth_date: string } | null;
};

/** Field checks against the database: 400 with the field, before any write. */
export async function validateReport(
  deps: ReportDeps,
  caller: ReportCaller,
  input: ReportInput,
): Promise<CheckedReport> {
  const { locale } = caller;
  const place = await communePlace(deps.db, input.communeCode);
  if (!place) throw fieldError('communeCode', 'field.unitUnknown', locale);
  if (input.eventCommuneCode && !(await communePlace(deps.db, input.eventCommuneCode)))
    throw fieldError('eventCommuneCode', 'field.unitUnknown', locale);
  const known = await activeHarmTypeCodes(deps.db);
  const unknown = input.harmTypes.findIndex((c) => !known.has(c));
  if (unknown >= 0) throw fieldError(`harmTypes.${unknown}`, 'report.harmTypeUnknown', locale);
  if (input.receivingAgencyId && !(await isActiveAgency(deps.db, input.receivingAgencyId)))
    throw fieldError('receivingAgencyId', 'case.agencyUnknown', locale);
  if (input.receivedAt && Date.parse(input.receivedAt) > deps.now().getTime() + FUTURE_TOLERANCE_MS)
    throw fieldError('receivedAt', 'report.receivedInFuture', locale);
  let child: CheckedReport['child'] = null;
  if (input.childId) {
    // Only a child the caller may see in the register can be linked; any other id reads as unknown.
    const scope = caller.user ? scopeFor(caller.user, 'children.read') : null;
    const facts = scope ? await findChildFacts(deps.db, scope, input.childId) : undefined;
    if (!facts) throw fieldError('childId', 'case.childUnknown', locale);
    child = facts;
  }
  return { place, child };
}

/** The statistics columns about the child: from the register child, else from what the reporter said. */
function childFacts(input: ReportInput, checked: CheckedReport, receivedAt: Date) {
  const on = receivedAt.toISOString().slice(0, 10);
  const sex = checked.child?.sex ?? input.child.sex;
  const age = checked.child
    ? ageAt(checked.child.birth_date, 'day', on)
    : (input.child.estimatedAge ?? (input.child.birthDate ? ageAt(input.child.birthDate, 'day', on) : null));
  return { sex, ageYears: age !== null && age >= 0 && age <= 17 ? age : null };
}

function contentOf(input: ReportInput): ReportContent {
  return {
    child: input.child,
    family: input.family,
    description: input.description,
    eventPlace: input.eventPlace,
    actionsTaken: input.actionsTaken,
    predictedConsequences: input.predictedConsequences,
    notes: input.notes,
  };
}

/** The reporter's identity is kept only when not anonymous and with consent (issue #4 item 1). */
function reporterOf(input: ReportInput): ReporterIdentity | null {
  const r = input.reporter;
  if (r.anonymous || !r.consent || !(r.name || r.phone || r.address)) return null;
  return { relation: r.relation, name: r.name, phone: r.phone, address: r.address };
}

/** Everything about a report that opens a new case, computed before the database is asked (intake-writer.ts). */
export function prepareNewCaseReport(
  deps: ReportDeps,
  caller: ReportCaller,
  input: ReportInput,
  opts: IntakeOptions,
  checked: CheckedReport,
): PreparedReport {
  const reportId = crypto.randomUUID();
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : deps.now();
  const cipher = caseCipher(deps.config.encryptionKey);
  const child = childFacts(input, checked, receivedAt);
  const identity = reporterOf(input);
  const attachments = opts.attachments ?? [];
  return {
    transactionId: input.transactionId,
    caseId: crypto.randomUUID(),
    actionId: crypto.randomUUID(),
    receivedAt,
    communeCode: checked.place.communeCode,
    provinceCode: checked.place.provinceCode,
    report: {
      id: reportId,
      transaction_id: input.transactionId,
      tracking_code: opts.trackingCode ?? null,
      channel: input.channel,
      received_at: receivedAt,
      received_by: caller.user?.id ?? null,
      receiving_agency_id: input.receivingAgencyId,
      commune_code: checked.place.communeCode,
      province_code: checked.place.provinceCode,
      event_commune_code: input.eventCommuneCode,
      child_id: null,
      child_sex: child.sex,
      child_age_years: child.ageYears,
      harm_types: [...input.harmTypes],
      environment: input.environment,
      perpetrator_relation: input.perpetratorRelation,
      urgency: input.urgency,
      reporter_anonymous: input.reporter.anonymous,
      reporter_consent: input.reporter.consent,
      content_enc: cipher.encryptReportContent(reportId, contentOf(input)),
      reporter_enc: identity ? cipher.encryptReporter(reportId, identity) : null,
      hotline_contact_id: null,
      attachment_count: attachments.length,
    },
    attachments: attachments.map((a) => ({
      id: a.id,
      report_id: reportId,
      content_type: a.contentType,
      byte_size: a.data.length,
      data_enc: cipher.encryptAttachment(a.id, a.data),
    })),
    caseFacts: {
      urgency: input.urgency,
      channel: input.channel,
      harm_types: [...input.harmTypes],
      environment: input.environment,
      child_sex: child.sex,
      child_age_years: child.ageYears,
      requires_ack: opts.requiresAck ?? false,
    },
    actor: caller.actor,
    audit: {
      operation: caller.user ? 'report.create' : 'report.public.create',
      attachments: attachments.length,
    },
  };
}

export async function recordReportInTx(
  tx: Tx,
  deps: ReportDeps,
  caller: ReportCaller,
  input: ReportInput,
  opts: IntakeOptions,
  checked: CheckedReport,
): Promise<ReportCreated & { trackingCode: string | null }> {
  const p = prepareNewCaseReport(deps, caller, input, opts, checked);
  const opened = await openOrLinkCase(tx, deps, {
    reportId: String(p.report.id),
    reportTransactionId: input.transactionId,
    channel: input.channel,
    receivedAt: p.receivedAt,
    communeCode: p.communeCode,
    provinceCode: p.provinceCode,
    childId: input.childId,
    urgency: input.urgency,
    harmTypes: input.harmTypes,
    environment: input.environment,
    childSex: p.caseFacts.child_sex ?? null,
    childAgeYears: p.caseFacts.child_age_years ?? null,
    requiresAck: opts.requiresAck ?? false,
    hotlineContactId: opts.hotlineContactId ?? null,
  });
  await insertReport(tx, {
    ...p.report,
    case_id: opened.caseId,
    child_id: input.childId,
    hotline_contact_id: opts.hotlineContactId ?? null,
  });
  await insertAttachments(tx, p.attachments);
  await recordAudit(tx, caller.actor, {
    operation: p.audit.operation,
    targetType: 'report',
    targetIds: [String(p.report.id), opened.caseId],
    unitCode: p.communeCode,
    provinceCode: p.provinceCode,
    counts: { attachments: p.attachments.length, linkedToOpenCase: opened.linked ? 1 : 0 },
  });
  return {
    reportId: String(p.report.id),
    caseId: opened.caseId,
    caseNumber: opened.caseNumber,
    linkedToOpenCase: opened.linked,
    childCandidates: [],
    trackingCode: opts.trackingCode ?? null,
  };
}

/** Register children that may be the reported child (duplicate check as in the register), inside the caller's reach. */
async function candidatesFor(db: DbOrTx, caller: ReportCaller, input: ReportInput, checked: CheckedReport) {
  const scope = caller.user ? scopeFor(caller.user, 'children.read') : null;
  const name = input.child.fullName;
  if (!scope || input.childId || !name) return [];
  const birthDate =
    input.child.birthDate ??
    (input.child.estimatedAge !== null
      ? `${new Date().getUTCFullYear() - input.child.estimatedAge}-01-01`
      : null);
  if (!birthDate) return [];
  const found = await findDuplicateCandidates(
    db,
    {
      fullName: name,
      birthDate,
      birthPrecision: input.child.birthDate ? 'day' : 'year',
      communeCode: checked.place.communeCode,
      phones: [],
    },
    { scope, limit: 5 },
  );
  return found.map((c) => ({
    id: c.id,
    fullName: c.fullName,
    birthDate: c.birthDate,
    communeCode: c.communeCode,
  }));
}

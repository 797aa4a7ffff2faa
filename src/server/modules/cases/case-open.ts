import crypto from 'node:crypto';
import type { Tx } from '../../db/transaction';
import { deterministicUuid } from '../../lib/deterministic-uuid';
import type { ReportChannel } from '../../../shared/domain/Report';
import { appendToLockedCase, workflowActionOf, type CaseDeps } from './case-append';
import {
  findOpenCaseOfChild,
  insertCase,
  listActionRows,
  lockCase,
  nextCaseNumber,
  updateCase,
} from './cases.repo';
import { notifyCaseEvent } from '../notifications/notify';

/** What a new report tells the case it opens or joins (non-sensitive facts only). */
export type ReportFacts = {
  reportId: string;
  reportTransactionId: string;
  channel: ReportChannel;
  receivedAt: Date;
  communeCode: string;
  provinceCode: string;
  childId: string | null;
  urgency: string;
  harmTypes: readonly string[];
  environment: string;
  childSex: string | null;
  childAgeYears: number | null;
  /** A hotline transfer must be acknowledged by the commune within the configured hours (issue #4 item 3). */
  requiresAck: boolean;
  hotlineContactId: string | null;
};

/**
 * Opens the case of a report (RECEIVE), or links the report to the open case of the same registered child in the
 * same commune (LINK_REPORT): "reports about the same child are linked". Runs in the report's transaction; the
 * action's transactionId is derived from the report's, so a retried report cannot act twice.
 */
export async function openOrLinkCase(
  tx: Tx,
  deps: CaseDeps,
  f: ReportFacts,
): Promise<{ caseId: string; caseNumber: string; linked: boolean }> {
  const open = f.childId ? await findOpenCaseOfChild(tx, f.childId, f.communeCode) : undefined;
  const locked = open ? await lockCase(tx, open.id) : undefined;
  if (locked) {
    const prior = (await listActionRows(tx, locked.id)).map(workflowActionOf);
    const at = deps.now();
    const { state, actionId } = await appendToLockedCase(tx, deps, locked, prior, {
      type: 'LINK_REPORT',
      transactionId: deterministicUuid('LINK_REPORT', f.reportTransactionId),
      at,
      actor: { userId: null, role: null, kind: 'system', agencyId: null },
      data: { reportId: f.reportId },
      text: {},
    });
    await updateCase(tx, locked.id, {
      harm_types: [...new Set([...locked.harm_types, ...f.harmTypes])],
    });
    await notifyCaseEvent(tx, deps, {
      caseId: locked.id,
      caseNumber: locked.case_number,
      communeCode: locked.commune_code,
      provinceCode: locked.province_code,
      actionId,
      type: 'LINK_REPORT',
      data: {},
      state,
      actorUserId: null,
    });
    return { caseId: locked.id, caseNumber: locked.case_number, linked: true };
  }

  const caseId = crypto.randomUUID();
  // The year in Vietnam time (UTC+7, no daylight saving).
  const year = new Date(f.receivedAt.getTime() + 7 * 3_600_000).getUTCFullYear();
  const n = await nextCaseNumber(tx, f.communeCode, year);
  const caseNumber = `${f.communeCode}-${year}-${String(n).padStart(5, '0')}`;
  const row = {
    id: caseId,
    case_number: caseNumber,
    commune_code: f.communeCode,
    province_code: f.provinceCode,
    child_id: f.childId,
    hotline_contact_id: f.hotlineContactId,
    opened_at: deps.now(),
    status: 'received',
    received_at: f.receivedAt,
    requires_ack: f.requiresAck,
    acknowledged_at: null,
    emergency_needed: null,
    urgency: f.urgency,
    channel: f.channel,
    harm_types: [...f.harmTypes],
    environment: f.environment,
    child_sex: f.childSex,
    child_age_years: f.childAgeYears,
    next_due_at: null,
    next_due_kind: null,
    sweep_at: null,
    escalated: false,
    action_count: 0,
    last_action_at: f.receivedAt,
    first_action_at: null,
    closed_at: null,
  };
  await insertCase(tx, row);
  const { state, actionId } = await appendToLockedCase(tx, deps, row, [], {
    type: 'RECEIVE',
    transactionId: deterministicUuid('RECEIVE', f.reportTransactionId),
    at: f.receivedAt,
    actor: { userId: null, role: null, kind: 'system', agencyId: null },
    data: {
      reportId: f.reportId,
      channel: f.channel,
      requiresAcknowledgement: f.requiresAck,
      hotlineContactId: f.hotlineContactId,
      // The 12-hour clock runs from the receipt (the call); the acknowledgement clock from the hand-over.
      ...(f.requiresAck ? { handedOverAt: deps.now().toISOString() } : {}),
    },
    text: {},
  });
  await notifyCaseEvent(tx, deps, {
    caseId,
    caseNumber,
    communeCode: f.communeCode,
    provinceCode: f.provinceCode,
    actionId,
    type: 'RECEIVE',
    data: {},
    state,
    actorUserId: null,
  });
  return { caseId, caseNumber, linked: false };
}

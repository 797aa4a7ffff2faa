import type {
  HotlineContact,
  HotlineContactSummary,
  HotlineContent,
  HotlineTransferStatus,
  TransferProgress,
} from '../../../shared/domain/Hotline';
import type { CaseCipher } from '../cases/case-cipher';
import type { ContactRow } from './hotline.repo';

const HOUR = 3_600_000;

/** The case status as the hotline may see it: four steps, nothing of the case's contents. */
export function transferProgress(status: string, acknowledgedAt: Date | null): TransferProgress {
  if (status === 'closed') return 'closed';
  if (!acknowledgedAt) return 'received';
  return status === 'received' ? 'acknowledged' : 'in_progress';
}

function transferOf(row: ContactRow, acknowledgeHours: number): HotlineTransferStatus | null {
  if (!row.case_id || !row.case_number || !row.case_status || !row.transferred_at) return null;
  const progress = transferProgress(row.case_status, row.acknowledged_at);
  const receivedAt = row.case_received_at;
  const waiting = row.requires_ack === true && progress === 'received' && receivedAt !== null;
  return {
    caseNumber: row.case_number,
    communeCode: row.case_commune_code ?? '',
    communeName: row.case_commune_name ?? row.case_commune_code ?? '',
    provinceCode: row.case_province_code ?? '',
    // The report of a transfer made on the basis of the event names the same commune as where it happened.
    basis:
      row.report_commune_code !== null && row.report_event_commune_code === row.report_commune_code
        ? 'event'
        : 'residence',
    transferredAt: row.transferred_at.toISOString(),
    progress,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    // The same hours the case's acknowledge clock uses (case-clocks.ts, config.cases.acknowledgeHours).
    acknowledgeDueAt: waiting ? new Date(receivedAt.getTime() + acknowledgeHours * HOUR).toISOString() : null,
    escalated: row.escalated === true,
    nextDueAt: row.next_due_at?.toISOString() ?? null,
  };
}

export function contactSummaryOf(row: ContactRow, acknowledgeHours: number): HotlineContactSummary {
  return {
    id: row.id,
    callId: row.call_id,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
    counsellor: { id: row.counsellor_id, name: row.counsellor_name },
    callerType: row.caller_type,
    categories: row.categories,
    needsLocalIntervention: row.needs_local_intervention,
    childLinked: row.child_id !== null,
    transfer: transferOf(row, acknowledgeHours),
  };
}

export function contactContentOf(row: ContactRow, cipher: CaseCipher): HotlineContent {
  return cipher.decryptHotlineContent<HotlineContent>(row.id, row.content_enc);
}

export function contactViewOf(row: ContactRow, cipher: CaseCipher, acknowledgeHours: number): HotlineContact {
  const content = contactContentOf(row, cipher);
  return {
    ...contactSummaryOf(row, acknowledgeHours),
    childId: row.child_id,
    summary: content.summary,
    advice: content.advice,
    childName: content.childName,
    callerConsent: content.callerConsent,
    callerName: content.callerName,
    callerPhone: content.callerPhone,
    notes: content.notes,
  };
}

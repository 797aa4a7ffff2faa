import type { CaseRow } from '../../db/schema';
import type { CaseSummary } from '../../../shared/domain/Case';
import type { ReportContent } from '../../../shared/domain/Report';
import type { CaseStatus, ClockKind } from '../../../shared/workflow/case-workflow';
import type { CaseCipher } from './case-cipher';

/** Shaping of case rows for the read side (lists, detail, partner tasks). */

/**
 * A short label for a child: the given name (the last word of a Vietnamese name) and the initial of the family name
 * (the first word), e.g. "Trần Thị Bích" → "Bích T.". Lists and partner agencies never get the full name.
 */
export function shortChildLabel(fullName: string | null | undefined): string | null {
  const words = (fullName ?? '').normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const given = words.at(-1);
  if (!given) return null;
  const family = words.length > 1 ? words[0] : undefined;
  return family ? `${given} ${family.charAt(0).toLocaleUpperCase('vi')}.` : given;
}

/** The child's name as a report gave it (decrypted), or null. */
export function reportedChildName(
  cipher: CaseCipher,
  report: { id: string; content_enc: string } | undefined,
): string | null {
  if (!report) return null;
  return cipher.decryptReportContent<ReportContent>(report.id, report.content_enc).child.fullName ?? null;
}

export function toCaseSummary(
  row: CaseRow,
  communeName: string | null,
  childLabel: string | null,
): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    communeCode: row.commune_code,
    communeName: communeName ?? row.commune_code,
    provinceCode: row.province_code,
    status: row.status as CaseStatus,
    urgency: row.urgency as CaseSummary['urgency'],
    channel: row.channel,
    harmTypes: row.harm_types,
    receivedAt: iso(row.received_at),
    acknowledgedAt: row.acknowledged_at ? iso(row.acknowledged_at) : null,
    requiresAck: row.requires_ack,
    emergencyNeeded: row.emergency_needed,
    nextDueAt: row.next_due_at ? iso(row.next_due_at) : null,
    nextDueKind: (row.next_due_kind as ClockKind | null) ?? null,
    escalated: row.escalated,
    lastActionAt: iso(row.last_action_at),
    childLabel,
  };
}

export const iso = (d: Date | string) => new Date(d).toISOString();

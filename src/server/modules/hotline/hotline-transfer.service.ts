import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { HotlineContent, HotlineTransfer, HotlineTransferInput } from '../../../shared/domain/Hotline';
import type { ReportInput } from '../../../shared/domain/Report';
import { isUniqueViolation } from '../children/children.rules';
import { caseCipher } from '../cases/case-cipher';
import { recordReportInTx, validateReport, type ReportCaller } from '../reports/report-intake.service';
import {
  findContact,
  findReportOfTransaction,
  lockContact,
  setContactTransfer,
  type ContactRow,
} from './hotline.repo';
import { contactContentOf, contactSummaryOf } from './hotline-view';
import { ackHours, type HotlineCaller, type HotlineDeps } from './hotline-contact.service';

/**
 * Transfers a contact to the commune that must act (Nghị định 56/2017/NĐ-CP Điều 26 khoản 1: the hotline forwards
 * the information immediately to the commune): one transaction records the report (Mẫu 01, channel hotline_111,
 * received when the call started), opens the case waiting for the commune's acknowledgement (or joins the open case
 * of the same registered child), marks the contact transferred and writes the audit row. A contact is transferred
 * once (409 after); a retry with the same transactionId answers with the transfer as it is now.
 */
export async function transferContact(
  deps: HotlineDeps,
  caller: HotlineCaller,
  contactId: string,
  input: HotlineTransferInput,
): Promise<HotlineTransfer> {
  const replayed = await replayOf(deps, contactId, input.transactionId);
  if (replayed) return replayed;
  const contact = await findContact(deps.db, contactId);
  if (!contact) throw new AppError('NOT_FOUND');
  if (contact.case_id) throw alreadyTransferred(contact);
  const content = contactContentOf(contact, caseCipher(deps.config.encryptionKey));
  const report = reportOf(contact, content, input);
  const reportCaller: ReportCaller = { actor: caller.actor, locale: caller.locale, user: caller.user };
  const checked = await validateReport(deps, reportCaller, report);
  try {
    await deps.db.transaction().execute(async (tx) => {
      const locked = await lockContact(tx, contactId);
      if (!locked) throw new AppError('NOT_FOUND');
      if (locked.case_id) {
        // A concurrent retry of this very transfer committed while we waited for the lock: answer with it.
        const done = await findReportOfTransaction(tx, input.transactionId);
        if (done?.hotline_contact_id === contactId) return;
        throw alreadyTransferred((await findContact(tx, contactId)) ?? contact);
      }
      const created = await recordReportInTx(
        tx,
        deps,
        reportCaller,
        report,
        { requiresAck: true, hotlineContactId: contactId },
        checked,
      );
      await setContactTransfer(tx, contactId, {
        communeCode: checked.place.communeCode,
        provinceCode: checked.place.provinceCode,
        at: deps.now(),
        caseId: created.caseId,
      });
      await recordAudit(tx, caller.actor, {
        operation: 'hotline.transfer',
        targetType: 'hotline_contact',
        targetIds: [contactId, created.reportId, created.caseId],
        unitCode: checked.place.communeCode,
        provinceCode: checked.place.provinceCode,
        purpose: input.basis,
        counts: { linkedToOpenCase: created.linkedToOpenCase ? 1 : 0 },
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await replayOf(deps, contactId, input.transactionId);
    if (!raced) throw err;
    return raced;
  }
  return transferView(deps, contactId);
}

/** The Mẫu 01 report of a transfer: the contact's facts plus what the counsellor adds when transferring. */
function reportOf(c: ContactRow, content: HotlineContent, input: HotlineTransferInput): ReportInput {
  const relation = input.callerRelation ?? (c.caller_type === 'child' ? 'child_self' : 'other');
  const identified = content.callerConsent && (content.callerName !== null || content.callerPhone !== null);
  return {
    transactionId: input.transactionId,
    channel: 'hotline_111',
    receivedAt: c.started_at.toISOString(),
    receivingAgencyId: null,
    communeCode: input.communeCode,
    eventCommuneCode: input.basis === 'event' ? input.communeCode : input.eventCommuneCode,
    eventPlace: input.eventPlace,
    childId: c.child_id,
    child: { ...input.child, fullName: input.child.fullName ?? content.childName },
    family: {
      fatherName: null,
      fatherAge: null,
      fatherJob: null,
      motherName: null,
      motherAge: null,
      motherJob: null,
      caregiver: null,
      situation: null,
    },
    description: input.description ?? content.summary,
    harmTypes: c.categories,
    environment: input.environment,
    perpetratorRelation: input.perpetratorRelation,
    urgency: input.urgency,
    // Mẫu 01 "actions already taken": the counsellor's advice during the call.
    actionsTaken: input.actionsTaken ?? content.advice,
    predictedConsequences: null,
    notes: null,
    // The caller's identity goes to the commune only with the caller's consent (domain.md §3).
    reporter: identified
      ? {
          anonymous: false,
          consent: true,
          relation,
          name: content.callerName,
          phone: content.callerPhone,
          address: null,
        }
      : { anonymous: true, consent: false, relation, name: null, phone: null, address: null },
  };
}

function alreadyTransferred(c: ContactRow): AppError {
  return new AppError('CONFLICT', {
    messageId: 'hotline.alreadyTransferred',
    message: 'the contact was already transferred',
    details: { reason: 'hotline.alreadyTransferred', caseNumber: c.case_number },
  });
}

/** A retried transfer: its report exists. The same transactionId used for another contact is a client error. */
async function replayOf(
  deps: HotlineDeps,
  contactId: string,
  transactionId: string,
): Promise<HotlineTransfer | null> {
  const report = await findReportOfTransaction(deps.db, transactionId);
  if (!report) return null;
  if (report.hotline_contact_id !== contactId)
    throw new AppError('CONFLICT', { message: 'transactionId already used by another report' });
  return transferView(deps, contactId);
}

async function transferView(deps: HotlineDeps, contactId: string): Promise<HotlineTransfer> {
  const row = await findContact(deps.db, contactId);
  const summary = row ? contactSummaryOf(row, ackHours(deps)) : null;
  if (!summary?.transfer) throw new AppError('NOT_FOUND');
  return { ...summary, transfer: summary.transfer };
}

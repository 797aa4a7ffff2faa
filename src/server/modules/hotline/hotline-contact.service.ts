import crypto from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Locale } from '../../../shared/i18n/locale';
import { scopeFor, type ScopedUser } from '../../../shared/permissions/scope';
import type { HotlineContact, HotlineContactInput, HotlineContent } from '../../../shared/domain/Hotline';
import { fieldError, isUniqueViolation } from '../children/children.rules';
import { caseCipher } from '../cases/case-cipher';
import {
  activeHarmTypeCodes,
  childInReach,
  findContact,
  findContactByTransaction,
  insertContact,
} from './hotline.repo';
import { contactViewOf } from './hotline-view';

export type HotlineDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;
export type HotlineCaller = { actor: AuditActor; user: ScopedUser; locale: Locale };

/** A call may be logged a few minutes ahead of the server's clock (a phone's clock), never later. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Logs a hotline contact (issue #4 item 3). The free text (summary, advice, names, phone, notes) is encrypted;
 * categories, caller type and times stay columns for the lists and statistics. Idempotent on transactionId.
 */
export async function createContact(
  deps: HotlineDeps,
  caller: HotlineCaller,
  input: HotlineContactInput,
): Promise<HotlineContact> {
  const done = await findContactByTransaction(deps.db, input.transactionId);
  if (done) return contactViewOf(done, caseCipher(deps.config.encryptionKey), ackHours(deps));
  await checkContact(deps, caller, input);
  const id = crypto.randomUUID();
  const content: HotlineContent = {
    summary: input.summary,
    advice: input.advice,
    callerConsent: input.callerConsent,
    callerName: input.callerName,
    callerPhone: input.callerPhone,
    childName: input.childName,
    notes: input.notes,
  };
  try {
    await deps.db.transaction().execute(async (tx) => {
      await insertContact(tx, {
        id,
        transaction_id: input.transactionId,
        call_id: input.callId,
        started_at: new Date(input.startedAt),
        ended_at: input.endedAt ? new Date(input.endedAt) : null,
        counsellor_id: caller.user.id,
        caller_type: input.callerType,
        categories: [...new Set(input.categories)],
        needs_local_intervention: input.needsLocalIntervention,
        child_id: input.childId,
        content_enc: caseCipher(deps.config.encryptionKey).encryptHotlineContent(id, content),
      });
      await recordAudit(tx, caller.actor, {
        operation: 'hotline.contact.create',
        targetType: 'hotline_contact',
        targetIds: input.childId ? [id, input.childId] : [id],
        counts: { categories: input.categories.length },
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await findContactByTransaction(deps.db, input.transactionId);
    if (!raced) throw err;
    return contactViewOf(raced, caseCipher(deps.config.encryptionKey), ackHours(deps));
  }
  return getContact(deps, caller, id, { audit: false });
}

/** Field checks against the database and the clock: 400 with the field, before any write. */
async function checkContact(deps: HotlineDeps, caller: HotlineCaller, input: HotlineContactInput) {
  const { locale } = caller;
  const latest = deps.now().getTime() + FUTURE_TOLERANCE_MS;
  if (Date.parse(input.startedAt) > latest) throw fieldError('startedAt', 'report.receivedInFuture', locale);
  if (input.endedAt && Date.parse(input.endedAt) > latest)
    throw fieldError('endedAt', 'report.receivedInFuture', locale);
  const known = await activeHarmTypeCodes(deps.db, input.categories);
  const unknown = input.categories.findIndex((c) => !known.has(c));
  if (unknown >= 0) throw fieldError(`categories.${unknown}`, 'report.harmTypeUnknown', locale);
  if (input.childId) {
    const scope = scopeFor(caller.user, 'children.read');
    if (!scope || !(await childInReach(deps.db, scope, input.childId)))
      throw fieldError('childId', 'case.childUnknown', locale);
  }
}

/**
 * One contact with its text (hotline.use is national: any counsellor may follow up a colleague's call). The view is
 * audited, as every read of what a caller said about a child.
 */
export async function getContact(
  deps: HotlineDeps,
  caller: HotlineCaller,
  id: string,
  opts: { audit: boolean } = { audit: true },
): Promise<HotlineContact> {
  const row = await findContact(deps.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const view = contactViewOf(row, caseCipher(deps.config.encryptionKey), ackHours(deps));
  if (opts.audit)
    await recordAudit(deps.db, caller.actor, {
      operation: 'hotline.contact.view',
      targetType: 'hotline_contact',
      targetIds: row.child_id ? [id, row.child_id] : [id],
    });
  return view;
}

export const ackHours = (deps: HotlineDeps) => deps.config.cases.acknowledgeHours;

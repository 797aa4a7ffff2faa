import { z } from 'zod';
import { CommuneCode, OptionalText, Text, TransactionId, Uuid } from './Common';
import { OptionalPhone } from './Child';
import {
  HarmEnvironment,
  HarmTypeCode,
  PerpetratorRelation,
  ReportedChild,
  ReporterRelation,
  Urgency,
} from './Report';

/**
 * Contacts of the national child-protection hotline 111 (Tổng đài điện thoại quốc gia bảo vệ trẻ em) and their
 * transfer to a commune (Nghị định 56/2017/NĐ-CP Điều 26 khoản 1: forwarded immediately to the commune). No
 * published 111 record schema exists (domain.md §3): Mẫu 01 fields plus call metadata.
 */
export const CallerType = z.enum(['child', 'adult']);
export type CallerType = z.infer<typeof CallerType>;

const Instant = z.iso.datetime({ offset: true });

/** POST /api/hotline/contacts — a call logged by a counsellor. Idempotent on transactionId. */
export const HotlineContactInput = z
  .object({
    transactionId: TransactionId,
    callId: OptionalText(100),
    startedAt: Instant,
    endedAt: Instant.nullish().transform((v) => v ?? null),
    callerType: CallerType,
    /** Harm type codes (table harm_types). */
    categories: z.array(HarmTypeCode).min(1).max(12),
    summary: Text(5000),
    advice: OptionalText(5000),
    needsLocalIntervention: z.boolean(),
    /** A child of the register (the hotline may find any child, without the sensitive fields). */
    childId: Uuid.nullish().transform((v) => v ?? null),
    childName: OptionalText(200),
    /** The caller agrees that their name and phone are kept and passed to the commune. */
    callerConsent: z.boolean().default(false),
    callerName: OptionalText(200),
    callerPhone: OptionalPhone,
    notes: OptionalText(2000),
  })
  .refine((c) => c.endedAt === null || Date.parse(c.endedAt) >= Date.parse(c.startedAt), {
    path: ['endedAt'],
    params: { messageId: 'field.endBeforeStart' },
  })
  // Without consent the caller's identity is not kept at all (as ReporterInput does).
  .transform((c) => (c.callerConsent ? c : { ...c, callerName: null, callerPhone: null }));
export type HotlineContactInput = z.infer<typeof HotlineContactInput>;

/** What hotline_contacts.content_enc holds. */
export type HotlineContent = {
  summary: string;
  advice: string | null;
  callerConsent: boolean;
  callerName: string | null;
  callerPhone: string | null;
  childName: string | null;
  notes: string | null;
};

/** Which commune the case goes to: where the child lives (Luật Trẻ em Điều 52) or where it happened (Điều 26). */
export const TransferBasis = z.enum(['residence', 'event']);
export type TransferBasis = z.infer<typeof TransferBasis>;

/**
 * POST /api/hotline/contacts/:id/transfer — opens the case in the commune with a report (Mẫu 01) made from the
 * contact; this body adds what the contact lacks. The description defaults to the contact's summary, the child's
 * name to the contact's, and the actions already taken to the advice given. Idempotent on transactionId.
 */
export const HotlineTransferInput = z.object({
  transactionId: TransactionId,
  communeCode: CommuneCode,
  basis: TransferBasis,
  /** With basis 'residence': where it happened, when known (with 'event' it is communeCode). */
  eventCommuneCode: CommuneCode.nullish().transform((v) => v ?? null),
  eventPlace: OptionalText(500),
  environment: HarmEnvironment,
  perpetratorRelation: PerpetratorRelation.default('unknown'),
  urgency: Urgency.default('normal'),
  child: ReportedChild.prefault({}),
  description: OptionalText(5000),
  actionsTaken: OptionalText(2000),
  /** How the caller relates to the child; defaults to child_self for a child caller, other otherwise. */
  callerRelation: ReporterRelation.nullish().transform((v) => v ?? null),
});
export type HotlineTransferInput = z.infer<typeof HotlineTransferInput>;

/**
 * How far the commune has gone, as the hotline sees it: the case status reduced to four steps, never its contents.
 * received: not yet acknowledged; acknowledged: taken, no step of the procedure yet; in_progress; closed.
 */
export const TransferProgress = z.enum(['received', 'acknowledged', 'in_progress', 'closed']);
export type TransferProgress = z.infer<typeof TransferProgress>;

export const HotlineTransferStatus = z.object({
  caseNumber: z.string(),
  /** The commune handling the case now (it may have passed the case on to another commune). */
  communeCode: z.string(),
  communeName: z.string(),
  provinceCode: z.string(),
  basis: TransferBasis,
  transferredAt: z.string(),
  progress: TransferProgress,
  acknowledgedAt: z.string().nullable(),
  /** When the commune must acknowledge by; null once acknowledged (or when no acknowledgement is needed). */
  acknowledgeDueAt: z.string().nullable(),
  /** A legal deadline of the case ran out and was escalated to the province. */
  escalated: z.boolean(),
  nextDueAt: z.string().nullable(),
});
export type HotlineTransferStatus = z.infer<typeof HotlineTransferStatus>;

/** A contact in a list: call metadata only, no free text. */
export const HotlineContactSummary = z.object({
  id: Uuid,
  callId: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  counsellor: z.object({ id: Uuid, name: z.string() }),
  callerType: CallerType,
  categories: z.array(z.string()),
  needsLocalIntervention: z.boolean(),
  childLinked: z.boolean(),
  transfer: HotlineTransferStatus.nullable(),
});
export type HotlineContactSummary = z.infer<typeof HotlineContactSummary>;

/** GET /api/hotline/contacts/:id — the whole contact (decrypted; the view is audited). */
export const HotlineContact = HotlineContactSummary.extend({
  childId: Uuid.nullable(),
  summary: z.string(),
  advice: z.string().nullable(),
  childName: z.string().nullable(),
  callerConsent: z.boolean(),
  callerName: z.string().nullable(),
  callerPhone: z.string().nullable(),
  notes: z.string().nullable(),
});
export type HotlineContact = z.infer<typeof HotlineContact>;

/** A transferred contact with the progress of its case. */
export const HotlineTransfer = HotlineContactSummary.extend({ transfer: HotlineTransferStatus });
export type HotlineTransfer = z.infer<typeof HotlineTransfer>;

export const HotlineContactParams = z.object({ id: Uuid });

/** Boolean query flags arrive as text. */
const Flag = z
  .enum(['true', 'false'])
  .default('true')
  .transform((v) => v === 'true');

export const HotlineContactListQuery = z.object({
  /** Only the calls the user took (default), or those of every counsellor. */
  mine: Flag,
  transferred: z.enum(['any', 'yes', 'no']).default('any'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type HotlineContactListQuery = z.infer<typeof HotlineContactListQuery>;
export const HotlineContactList = z.object({
  items: z.array(HotlineContactSummary),
  total: z.number().int(),
});
export type HotlineContactList = z.infer<typeof HotlineContactList>;

export const HotlineTransferFilter = z.enum(['all', 'not_acknowledged', 'escalated', 'open', 'closed']);
export type HotlineTransferFilter = z.infer<typeof HotlineTransferFilter>;
export const HotlineTransferListQuery = z.object({
  filter: HotlineTransferFilter.default('all'),
  mine: Flag,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type HotlineTransferListQuery = z.infer<typeof HotlineTransferListQuery>;
export const HotlineTransferList = z.object({ items: z.array(HotlineTransfer), total: z.number().int() });
export type HotlineTransferList = z.infer<typeof HotlineTransferList>;

import { z } from 'zod';
import { CommuneCode, OptionalText, Text, TransactionId, Uuid } from './Common';
import { IsoDate } from './Child';
import { INTERVENTION_MEASURE_CODES } from '../reference/intervention-measures';
import { CLOCK_KINDS } from '../workflow/case-workflow';

/**
 * The body of each case action (architecture.md convention 2). Every action has two parts:
 * - `data`: structural facts the workflow needs (outcomes, levels, ids, dates) — stored as jsonb;
 * - `text`: free text about the child and the family (findings, minutes, reasons) — stored encrypted.
 * Field lists of the forms Mẫu 02–07 beyond what domain.md verifies are a design, kept small on purpose.
 */
const Instant = z.iso.datetime({ offset: true });
const LongText = (max = 5000) => Text(max);
const NoText = z.object({}).strict().default({});
const OptionalNote = z
  .object({ note: OptionalText(2000) })
  .strict()
  .default({ note: null });

/** Mẫu 06 scale: Cao / Trung bình / Thấp (domain.md §2.2 [S15]). */
export const RiskRating = z.enum(['high', 'medium', 'low']);
export type RiskRating = z.infer<typeof RiskRating>;
/** Result of the initial risk assessment (Mẫu 02). */
export const InitialRiskLevel = z.enum(['serious', 'moderate', 'low']);
export type InitialRiskLevel = z.infer<typeof InitialRiskLevel>;
export const InterventionMeasure = z.enum(INTERVENTION_MEASURE_CODES);

export const EmergencyMeasure = z.enum([
  'stop_act_with_police', // Nghị định 56 Điều 31: with the police, stop the threatening act
  'first_aid', // Điều 31: with health facilities, first aid
  'preserve_evidence', // Điều 31: keep objects and documents about the injuries
  'temporary_separation', // Điều 32 (Mẫu 07): temporary separation from parents or caregiver
  'safe_shelter',
  'other',
]);
export const PlacementType = z.enum(['relative', 'foster_family', 'social_facility', 'other']);
export const CloseReason = z.enum([
  'goals_met',
  'unfounded',
  'duplicate',
  'moved_abroad',
  'turned_16',
  'other',
]);
export type CloseReason = z.infer<typeof CloseReason>;

export const PlanTaskData = z.object({
  taskId: Uuid,
  measure: InterventionMeasure,
  agencyId: Uuid.nullable(),
  dueDate: IsoDate,
});
export type PlanTaskData = z.infer<typeof PlanTaskData>;

/** data and text of each action a user may take (system actions are below). */
export const UserActionBodies = {
  ACKNOWLEDGE: { data: NoText, text: OptionalNote },
  VERIFY: {
    data: z.object({
      outcome: z.enum(['confirmed', 'unfounded']),
      method: z.enum(['home_visit', 'phone', 'school', 'police', 'health', 'other']),
    }),
    text: z.object({ findings: LongText() }),
  },
  ASSESS_INITIAL: {
    data: z.object({
      riskLevel: InitialRiskLevel,
      caregiverIsPerpetrator: z.boolean(),
      childSafeNow: z.boolean(),
    }),
    text: z.object({
      harmDescription: LongText(),
      childCondition: LongText(),
      conclusion: LongText(),
    }),
  },
  EMERGENCY_PROTECT: {
    data: z.object({
      measures: z.array(EmergencyMeasure).min(1).max(6),
      separation: z.boolean(),
      placementType: PlacementType.nullable().default(null),
      decisionNumber: OptionalText(50),
      decidedAt: Instant,
    }),
    text: z.object({ reason: LongText(), placement: OptionalText(1000), notes: OptionalText(2000) }),
  },
  ASSESS_NEEDS: {
    data: z.object({
      riskLevel: RiskRating,
      meetingAt: Instant,
      participantCount: z.number().int().min(1).max(100),
    }),
    text: z.object({
      risks: LongText(),
      needs: LongText(),
      participants: LongText(2000),
      minutes: LongText(10000),
    }),
  },
  DRAFT_PLAN: {
    data: z.object({ tasks: z.array(PlanTaskData).min(1).max(30), reviewDate: IsoDate }),
    text: z.object({
      goals: LongText(),
      tasks: z
        .array(z.object({ taskId: Uuid, description: Text(2000) }))
        .min(1)
        .max(30),
    }),
  },
  RETURN_PLAN: { data: NoText, text: z.object({ reason: LongText(2000) }) },
  APPROVE_PLAN: {
    data: z.object({ decisionNumber: Text(50), decidedAt: IsoDate }),
    text: OptionalNote,
  },
  TASK_ACCEPT: { data: z.object({ taskId: Uuid }), text: OptionalNote },
  TASK_DECLINE: { data: z.object({ taskId: Uuid }), text: z.object({ reason: LongText(2000) }) },
  TASK_DONE: { data: z.object({ taskId: Uuid }), text: z.object({ result: LongText(2000) }) },
  TASK_REASSIGN: {
    data: z.object({ taskId: Uuid, agencyId: Uuid, dueDate: IsoDate }),
    text: OptionalNote,
  },
  NOTE: { data: NoText, text: z.object({ note: LongText(2000) }) },
  REVIEW: {
    data: z.object({
      remainingHarm: RiskRating,
      abuserAccess: RiskRating,
      careEnvironment: RiskRating,
      childCapacity: RiskRating,
      recommendation: z.enum(['close', 'replan']),
    }),
    text: z.object({ childCondition: LongText(), notes: OptionalText(5000) }),
  },
  REPLAN: { data: NoText, text: z.object({ reason: LongText(2000) }) },
  CLOSE: { data: z.object({ reason: CloseReason }), text: OptionalNote },
  REOPEN: { data: NoText, text: z.object({ reason: LongText(2000) }) },
  TRANSFER: { data: z.object({ toCommuneCode: CommuneCode }), text: z.object({ reason: LongText(2000) }) },
  LINK_CHILD: { data: z.object({ childId: Uuid }), text: NoText },
} as const;
export type UserActionType = keyof typeof UserActionBodies;

function actionInput<T extends UserActionType, D extends z.ZodType, X extends z.ZodType>(
  type: T,
  b: { data: D; text: X },
) {
  return z.object({
    type: z.literal(type),
    transactionId: TransactionId,
    /** The number of actions the client saw; a stale page answers 409 instead of acting on a changed case. */
    expectedSeq: z.number().int().min(0).optional(),
    data: b.data,
    text: b.text,
  });
}

/** POST /api/cases/:id/actions */
export const CaseActionInput = z.discriminatedUnion('type', [
  actionInput('ACKNOWLEDGE', UserActionBodies.ACKNOWLEDGE),
  actionInput('VERIFY', UserActionBodies.VERIFY),
  actionInput('ASSESS_INITIAL', UserActionBodies.ASSESS_INITIAL),
  actionInput('EMERGENCY_PROTECT', UserActionBodies.EMERGENCY_PROTECT),
  actionInput('ASSESS_NEEDS', UserActionBodies.ASSESS_NEEDS),
  actionInput('DRAFT_PLAN', UserActionBodies.DRAFT_PLAN),
  actionInput('RETURN_PLAN', UserActionBodies.RETURN_PLAN),
  actionInput('APPROVE_PLAN', UserActionBodies.APPROVE_PLAN),
  actionInput('TASK_ACCEPT', UserActionBodies.TASK_ACCEPT),
  actionInput('TASK_DECLINE', UserActionBodies.TASK_DECLINE),
  actionInput('TASK_DONE', UserActionBodies.TASK_DONE),
  actionInput('TASK_REASSIGN', UserActionBodies.TASK_REASSIGN),
  actionInput('NOTE', UserActionBodies.NOTE),
  actionInput('REVIEW', UserActionBodies.REVIEW),
  actionInput('REPLAN', UserActionBodies.REPLAN),
  actionInput('CLOSE', UserActionBodies.CLOSE),
  actionInput('REOPEN', UserActionBodies.REOPEN),
  actionInput('TRANSFER', UserActionBodies.TRANSFER),
  actionInput('LINK_CHILD', UserActionBodies.LINK_CHILD),
]);
export type CaseActionInput = z.infer<typeof CaseActionInput>;

/** Data of the system actions (no text). */
export const SystemActionData = {
  RECEIVE: z.object({
    reportId: Uuid,
    channel: z.string(),
    requiresAcknowledgement: z.boolean(),
    hotlineContactId: Uuid.nullable(),
    /** When the commune was handed the case, if later than the receipt (a hotline transfer). */
    handedOverAt: Instant.optional(),
  }),
  LINK_REPORT: z.object({ reportId: Uuid }),
  FLAG_OVERDUE: z.object({
    clock: z.enum(CLOCK_KINDS),
    dueAt: Instant,
    taskId: Uuid.nullable(),
  }),
} as const;

/** One action as the workflow sees it (data decoded, text decrypted or left out). */
export const CaseActionRecord = z.object({
  id: Uuid,
  seq: z.number().int(),
  type: z.string(),
  at: Instant,
  actorId: Uuid.nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorKind: z.string(),
  actorAgencyId: Uuid.nullable(),
  data: z.record(z.string(), z.unknown()),
  /** null when the viewer may not read the text (partner agencies see only their tasks' actions). */
  text: z.record(z.string(), z.unknown()).nullable(),
});
export type CaseActionRecord = z.infer<typeof CaseActionRecord>;

import { z } from 'zod';
import { CommuneCode, OptionalText, Text, TransactionId, Uuid } from './Common';
import { IsoDate, OptionalPhone, Sex } from './Child';

/**
 * A report about a child (tiếp nhận thông tin, Nghị định 56/2017/NĐ-CP Điều 25) with the fields of Mẫu 01
 * (domain.md §2.2 "Mẫu 01 fields" [S16]). Every report opens a case in the commune that must act, or joins the open
 * case of the same registered child.
 */
export const ReportChannel = z.enum([
  'hotline_111',
  'online',
  'walk_in',
  'phone_commune',
  'police',
  'school',
  'health',
  'other',
]);
export type ReportChannel = z.infer<typeof ReportChannel>;

/** Môi trường xâm hại: a disaggregation of Thông tư 13/2021 indicator 0101 (domain.md §8 [S70]). */
export const HarmEnvironment = z.enum(['family', 'school', 'community', 'online', 'other', 'unknown']);
export type HarmEnvironment = z.infer<typeof HarmEnvironment>;

export const PerpetratorRelation = z.enum([
  'parent',
  'step_parent',
  'relative',
  'caregiver',
  'teacher',
  'acquaintance',
  'stranger',
  'other_child',
  'none',
  'unknown',
]);
export type PerpetratorRelation = z.infer<typeof PerpetratorRelation>;
/** Relations that make the caregiver the perpetrator (Nghị định 56 Điều 26 khoản 3: emergency measures). */
export const CAREGIVER_RELATIONS: readonly PerpetratorRelation[] = ['parent', 'step_parent', 'caregiver'];

export const Urgency = z.enum(['immediate', 'high', 'normal']);
export type Urgency = z.infer<typeof Urgency>;

export const HarmTypeCode = z.string().regex(/^[a-z][a-z0-9_]{0,49}$/);

export const ReporterRelation = z.enum([
  'child_self',
  'parent',
  'relative',
  'neighbour',
  'teacher',
  'health_worker',
  'police',
  'officer',
  'other',
]);

/** The reporter: identity kept only when not anonymous AND with consent, and never shown to the family. */
export const ReporterInput = z
  .object({
    anonymous: z.boolean(),
    consent: z.boolean().default(false),
    relation: ReporterRelation.default('other'),
    name: OptionalText(200),
    phone: OptionalPhone,
    address: OptionalText(300),
  })
  .transform((r) => (r.anonymous || !r.consent ? { ...r, name: null, phone: null, address: null } : r));
export type ReporterInput = z.infer<typeof ReporterInput>;

/** The child as reported, when not (yet) linked to the register. */
export const ReportedChild = z.object({
  fullName: OptionalText(200),
  birthDate: IsoDate.nullish().transform((v) => v ?? null),
  /** Mẫu 01: date of birth or an estimated age. */
  estimatedAge: z
    .number()
    .int()
    .min(0)
    .max(17)
    .nullish()
    .transform((v) => v ?? null),
  sex: Sex.default('unknown'),
  whereNow: OptionalText(500),
  condition: OptionalText(2000),
});
export type ReportedChild = z.infer<typeof ReportedChild>;

/** Mẫu 01: parents, caregiver and family circumstances. */
export const ReportFamily = z.object({
  fatherName: OptionalText(200),
  fatherAge: z
    .number()
    .int()
    .min(10)
    .max(120)
    .nullish()
    .transform((v) => v ?? null),
  fatherJob: OptionalText(200),
  motherName: OptionalText(200),
  motherAge: z
    .number()
    .int()
    .min(10)
    .max(120)
    .nullish()
    .transform((v) => v ?? null),
  motherJob: OptionalText(200),
  caregiver: OptionalText(300),
  situation: OptionalText(2000),
});
export type ReportFamily = z.infer<typeof ReportFamily>;

/** POST /api/reports — an officer, the police, a school or the hotline records a report (Mẫu 01). */
export const ReportInput = z.object({
  transactionId: TransactionId,
  channel: ReportChannel,
  /** When the information was received; defaults to now; never in the future. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  receivingAgencyId: Uuid.nullish().transform((v) => v ?? null),
  /** The commune that must act: where it happened (Điều 26 khoản 1) or where the child lives. */
  communeCode: CommuneCode,
  eventCommuneCode: CommuneCode.nullish().transform((v) => v ?? null),
  eventPlace: OptionalText(500),
  /** A child of the register; otherwise `child` describes the child. */
  childId: Uuid.nullish().transform((v) => v ?? null),
  child: ReportedChild.prefault({}),
  family: ReportFamily.prefault({}),
  description: Text(5000),
  harmTypes: z.array(HarmTypeCode).min(1).max(12),
  environment: HarmEnvironment,
  perpetratorRelation: PerpetratorRelation.default('unknown'),
  urgency: Urgency.default('normal'),
  actionsTaken: OptionalText(2000),
  predictedConsequences: OptionalText(2000),
  notes: OptionalText(2000),
  reporter: ReporterInput.prefault({ anonymous: true }),
});
export type ReportInput = z.infer<typeof ReportInput>;

/** What content_enc holds (everything that could identify the child or the family). */
export type ReportContent = {
  child: ReportedChild;
  family: ReportFamily;
  description: string;
  eventPlace: string | null;
  actionsTaken: string | null;
  predictedConsequences: string | null;
  notes: string | null;
};

export type ReporterIdentity = {
  relation: string;
  name: string | null;
  phone: string | null;
  address: string | null;
};

/** POST /api/reports?suggestChildren=true: also look for register children that may be the one described (the
 *  register's duplicate check). The officer's form asks for it; the hotline's bulk intake does not need it. */
export const ReportCreateQuery = z.object({
  suggestChildren: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** Answer of POST /api/reports. `childCandidates`: register children that may be the reported child (never blocks). */
export const ReportCreated = z.object({
  reportId: Uuid,
  caseId: Uuid,
  caseNumber: z.string(),
  /** True when the report joined the open case of the same child (reports about the same child are linked). */
  linkedToOpenCase: z.boolean(),
  childCandidates: z.array(
    z.object({ id: Uuid, fullName: z.string(), birthDate: z.string(), communeCode: z.string() }),
  ),
});
export type ReportCreated = z.infer<typeof ReportCreated>;

const nullableText = z.string().nullable();
const nullableAge = z.number().int().nullable();
/** The decrypted contents of a report as answered: the fields of ReportedChild and ReportFamily without their
 *  input transforms (a transform cannot encode a response). */
export const ReportContentView = z.object({
  child: z.object({
    fullName: nullableText,
    birthDate: nullableText,
    estimatedAge: nullableAge,
    sex: Sex,
    whereNow: nullableText,
    condition: nullableText,
  }),
  family: z.object({
    fatherName: nullableText,
    fatherAge: nullableAge,
    fatherJob: nullableText,
    motherName: nullableText,
    motherAge: nullableAge,
    motherJob: nullableText,
    caregiver: nullableText,
    situation: nullableText,
  }),
  description: z.string(),
  eventPlace: nullableText,
  actionsTaken: nullableText,
  predictedConsequences: nullableText,
  notes: nullableText,
});

/** A report as shown inside its case (decrypted for those who may read the case). */
export const ReportView = z.object({
  id: Uuid,
  caseId: Uuid,
  channel: ReportChannel,
  receivedAt: z.string(),
  receivedBy: z.object({ id: Uuid, name: z.string() }).nullable(),
  receivingAgency: z.object({ id: Uuid, name: z.string() }).nullable(),
  communeCode: z.string(),
  eventCommuneCode: z.string().nullable(),
  childId: Uuid.nullable(),
  harmTypes: z.array(z.string()),
  environment: HarmEnvironment,
  perpetratorRelation: PerpetratorRelation,
  urgency: Urgency,
  reporterAnonymous: z.boolean(),
  /** Present only for roles that may see it (never to partner agencies, never printed for the family). */
  reporter: z
    .object({
      relation: z.string(),
      name: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
  content: ReportContentView,

  attachments: z.array(z.object({ id: Uuid, contentType: z.string(), byteSize: z.number().int() })),
});
export type ReportView = z.infer<typeof ReportView>;

/** The public tracking page shows only this (issue #4 item 2): nothing about any child. */
export const TrackingStatus = z.enum(['received', 'in_progress', 'closed']);
export type TrackingStatus = z.infer<typeof TrackingStatus>;
export const TrackingAnswer = z.object({ status: TrackingStatus, receivedOn: z.string() });

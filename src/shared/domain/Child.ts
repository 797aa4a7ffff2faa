import { z } from 'zod';
import { CommuneCode, OptionalText, TransactionId, Uuid } from './Common';
import { CIRCUMSTANCE_GROUP_CODES } from '../reference/circumstance-groups';
import {
  BirthPrecision as BIRTH_PRECISIONS,
  agesOutOn,
  normaliseBirthDate,
  vietnamToday,
} from '../reference/child-age';
import type { ApiMessageId } from '../i18n/messages';

/**
 * The child register (issue #3, capability C3): request bodies (XInput) and answers. Field list: domain.md §8
 * "Per-child record" (a design; the official field list of Quyết định 3978/QĐ-BYT was not retrieved).
 * Validation messages are the shared message ids (src/shared/validation.ts); a rule of our own names its id in
 * `params.messageId`.
 */
const rule = (messageId: ApiMessageId) => ({ params: { messageId } });

/** A calendar day, YYYY-MM-DD (a real date: 2023-02-29 is refused). */
export const IsoDate = z.iso.date();

/** Số định danh cá nhân: 12 digits (Luật Căn cước 2023); spaces typed between groups are dropped. */
export const PersonalId = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{12}$/));

/**
 * A Vietnamese phone number as stored and searched: digits only, national form. "+84 912.345.678" → "0912345678".
 * Mobile: 0 + 9 digits starting 3, 5, 7, 8 or 9; landline: 02 + 9 digits (area code 2xx + 7 or 8 digits).
 */
export function normalisePhone(raw: string): string {
  let s = raw.replace(/[\s.\-()]/g, '');
  if (s.startsWith('+84')) s = `0${s.slice(3)}`;
  else if (s.startsWith('84') && (s.length === 11 || s.length === 12)) s = `0${s.slice(2)}`;
  return s;
}
const PHONE_RE = /^(0[35789]\d{8}|02\d{9})$/;
export const Phone = z.string().transform(normalisePhone).pipe(z.string().regex(PHONE_RE));
/** An optional phone: absent, null or an empty string all mean "no phone". */
export const OptionalPhone = z
  .string()
  .transform(normalisePhone)
  .pipe(z.union([z.literal(''), z.string().regex(PHONE_RE)]))
  .nullish()
  .transform((v) => (v ? v : null));

/** A person's name: NFC (so "Nguyễn" typed on any keyboard compares equal), trimmed, single spaces. */
export const PersonName = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1)
      .max(200)
      .refine((s) => !s.includes('\u0000')),
  );

export const BirthPrecision = z.enum(BIRTH_PRECISIONS);
export type BirthPrecision = z.infer<typeof BirthPrecision>;
/** Stored values; the UI shows nam / nữ / không xác định. */
export const Sex = z.enum(['male', 'female', 'unknown']);
export type Sex = z.infer<typeof Sex>;
export const EthnicityCode = z.string().regex(/^\d{2}$/);
/** hộ nghèo / hộ cận nghèo / neither / not known */
export const HouseholdPoverty = z.enum(['poor', 'near_poor', 'none', 'unknown']);
export type HouseholdPoverty = z.infer<typeof HouseholdPoverty>;
export const Schooling = z.enum([
  'not_yet',
  'preschool',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'dropped_out',
  'unknown',
]);
export type Schooling = z.infer<typeof Schooling>;
/** Dạng tật (Luật Người khuyết tật 2010 Điều 3 khoản 1, from memory [U]): free text, max 100. */
export const DisabilityType = OptionalText(100);
/** Mức độ khuyết tật: đặc biệt nặng / nặng / nhẹ (Luật Người khuyết tật 2010 Điều 3 khoản 2). */
export const DisabilityLevel = z.enum(['extremely_severe', 'severe', 'mild']);
export type DisabilityLevel = z.infer<typeof DisabilityLevel>;
export const CaregiverRelation = z.enum([
  'mother',
  'father',
  'grandparent',
  'sibling',
  'relative',
  'guardian',
  'foster',
  'other',
]);
export type CaregiverRelation = z.infer<typeof CaregiverRelation>;

export const CaregiverInput = z.object({
  relation: CaregiverRelation,
  fullName: PersonName,
  phone: OptionalPhone,
  isPrimary: z.boolean().default(false),
});
export type CaregiverInput = z.infer<typeof CaregiverInput>;

/**
 * The sensitive fields (children.sensitive_enc, encrypted at rest): shown and changed only by users with
 * children.read_sensitive. HIV status: 'living_with_hiv', 'exposed' (born to a mother with HIV, status not yet
 * known), 'not_infected', 'unknown'.
 */
export const HivStatus = z.enum(['living_with_hiv', 'exposed', 'not_infected', 'unknown']);
export type HivStatus = z.infer<typeof HivStatus>;
export const ChildSensitive = z.object({
  hivStatus: HivStatus.nullable(),
  drugUse: z.boolean().nullable(),
  conflictWithLaw: z.boolean().nullable(),
  healthNotes: z.string().nullable(),
});
export type ChildSensitive = z.infer<typeof ChildSensitive>;
/** A change of the sensitive fields: the fields given replace the stored ones; null clears one. */
export const ChildSensitiveInput = z.object({
  hivStatus: HivStatus.nullish(),
  drugUse: z.boolean().nullish(),
  conflictWithLaw: z.boolean().nullish(),
  healthNotes: OptionalText(2000).optional(),
});
export type ChildSensitiveInput = z.infer<typeof ChildSensitiveInput>;
export const SENSITIVE_FIELDS = ['hivStatus', 'drugUse', 'conflictWithLaw', 'healthNotes'] as const;

/** Fields a create and an update share; no defaults here (an update leaves absent fields alone). */
const childFields = {
  personalId: PersonalId.nullish(),
  fullName: PersonName,
  birthDate: IsoDate,
  birthPrecision: BirthPrecision,
  sex: Sex,
  ethnicityCode: EthnicityCode.nullish(),
  /** The 2025-era commune of residence. */
  communeCode: CommuneCode,
  /** Thôn, ấp, bản, tổ dân phố */
  village: OptionalText(200),
  addressLine: OptionalText(300),
  householdPoverty: HouseholdPoverty,
  schooling: Schooling,
  schoolName: OptionalText(200),
  disabilityType: DisabilityType,
  disabilityLevel: DisabilityLevel.nullish(),
  healthInsurance: z.boolean().nullish(),
  birthRegistered: z.boolean().nullish(),
  /** The whole list: on an update it replaces the stored caregivers. */
  caregivers: z.array(CaregiverInput).max(10),
  sensitive: ChildSensitiveInput,
};

/**
 * Birth rules (Luật Trẻ em Điều 1: a child is under 16): the date is normalised to the first day of its estimated
 * period, is not in the future and, when `requireChild`, the child is not certainly 16 yet (an estimated year keeps
 * the child until the end of that year + 16).
 */
function checkBirth(
  v: { birthDate?: string | undefined; birthPrecision?: BirthPrecision | undefined },
  ctx: z.RefinementCtx,
  requireChild: boolean,
): void {
  if (v.birthDate === undefined) return;
  const precision = v.birthPrecision ?? 'day';
  const birth = normaliseBirthDate(v.birthDate, precision);
  const today = vietnamToday();
  if (birth > today)
    ctx.addIssue({
      code: 'custom',
      path: ['birthDate'],
      input: v.birthDate,
      ...rule('child.birthDateFuture'),
    });
  else if (requireChild && agesOutOn(birth, precision) <= today)
    ctx.addIssue({ code: 'custom', path: ['birthDate'], input: v.birthDate, ...rule('child.notAChild') });
}

function normaliseBirth<
  T extends { birthDate?: string | undefined; birthPrecision?: BirthPrecision | undefined },
>(v: T): T {
  if (v.birthDate === undefined || v.birthPrecision === undefined) return v;
  return { ...v, birthDate: normaliseBirthDate(v.birthDate, v.birthPrecision) };
}

function checkPrimaryCaregiver(v: { caregivers?: CaregiverInput[] | undefined }, ctx: z.RefinementCtx): void {
  if ((v.caregivers ?? []).filter((c) => c.isPrimary).length > 1)
    ctx.addIssue({
      code: 'custom',
      path: ['caregivers'],
      input: v.caregivers,
      ...rule('child.onePrimaryCaregiver'),
    });
}

/** POST /api/children */
export const ChildInput = z
  .object({
    transactionId: TransactionId,
    ...childFields,
    birthPrecision: BirthPrecision.default('day'),
    householdPoverty: HouseholdPoverty.default('unknown'),
    schooling: Schooling.default('unknown'),
    caregivers: childFields.caregivers.default([]),
    sensitive: ChildSensitiveInput.optional(),
    /** Create even though duplicate candidates were found: the pairs are remembered as "not a duplicate". */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    checkBirth(v, ctx, true);
    checkPrimaryCaregiver(v, ctx);
  })
  .transform(normaliseBirth);
export type ChildInput = z.infer<typeof ChildInput>;

/**
 * PATCH /api/children/:id: the fields given change, the others stay. `version` is the version the client read
 * (optimistic concurrency: a stale version answers 409). Moving to another commune keeps the history.
 */
export const ChildUpdateInput = z
  .object({
    transactionId: TransactionId,
    version: z.number().int().min(1),
    ...z.object(childFields).partial().shape,
  })
  .superRefine((v, ctx) => {
    checkBirth(v, ctx, false);
    checkPrimaryCaregiver(v, ctx);
  });
export type ChildUpdateInput = z.infer<typeof ChildUpdateInput>;

export const CircumstanceGroupCode = z.enum(CIRCUMSTANCE_GROUP_CODES);
/** Sub-group code of the editable reference list, e.g. 'a.1', 'c.11'. */
export const SubgroupCode = z.string().regex(/^[a-zđ]\.\d{1,2}$/);
/** Risk flag type code of the editable reference list, e.g. 'violence', 'child_marriage'. */
export const RiskFlagCode = z.string().regex(/^[a-z][a-z0-9_]{0,49}$/);

/** POST /api/children/:id/circumstances (Luật Trẻ em Điều 10; sub-groups: Nghị định 56/2017 Điều 3–16). */
export const CircumstanceInput = z.object({
  transactionId: TransactionId,
  groupCode: CircumstanceGroupCode,
  subgroupCode: SubgroupCode.nullish(),
  startDate: IsoDate,
  note: OptionalText(1000),
});
export type CircumstanceInput = z.infer<typeof CircumstanceInput>;

/** POST /api/children/:id/circumstances/:cid/end */
export const CircumstanceEndInput = z.object({ transactionId: TransactionId, endDate: IsoDate });
export type CircumstanceEndInput = z.infer<typeof CircumstanceEndInput>;

/** POST /api/children/:id/risk-flags */
export const RiskFlagInput = z.object({
  transactionId: TransactionId,
  flagCode: RiskFlagCode,
  since: IsoDate,
});
export type RiskFlagInput = z.infer<typeof RiskFlagInput>;

/** POST /api/children/:id/risk-flags/:fid/end */
export const RiskFlagEndInput = z.object({ transactionId: TransactionId, until: IsoDate });
export type RiskFlagEndInput = z.infer<typeof RiskFlagEndInput>;

/** Kinds of support and benefit (Nghị định 56/2017 Chương II Mục 2; Nghị định 20/2021 social assistance). */
export const SupportType = z.enum([
  'monthly_social_allowance', // trợ cấp xã hội hàng tháng
  'health_insurance', // thẻ BHYT
  'medical_costs', // chi phí khám, chữa bệnh
  'education', // hỗ trợ giáo dục, học phí
  'vocational_training', // học nghề
  'alternative_care', // chăm sóc thay thế
  'counselling', // tư vấn, trị liệu tâm lý
  'legal_aid', // trợ giúp pháp lý
  'emergency_relief', // trợ giúp khẩn cấp
  'in_kind', // hiện vật (quà, học bổng bằng hiện vật)
  'sponsorship', // Quỹ Bảo trợ trẻ em
  'other',
]);
export type SupportType = z.infer<typeof SupportType>;

/** POST /api/children/:id/supports */
export const SupportInput = z
  .object({
    transactionId: TransactionId,
    supportType: SupportType,
    /** Amount in đồng (VND), whole number. */
    amountVnd: z.number().int().min(0).max(100_000_000_000).nullish(),
    inKind: OptionalText(300),
    periodStart: IsoDate,
    periodEnd: IsoDate.nullish(),
    decisionNumber: OptionalText(100),
    decisionDate: IsoDate.nullish(),
    provider: OptionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd && v.periodEnd < v.periodStart)
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        input: v.periodEnd,
        ...rule('field.endBeforeStart'),
      });
  });
export type SupportInput = z.infer<typeof SupportInput>;

// ---------------------------------------------------------------------------------------------------------------
// Answers

export const Caregiver = z.object({
  id: Uuid,
  relation: CaregiverRelation,
  fullName: z.string(),
  phone: z.string().nullable(),
  isPrimary: z.boolean(),
});
export type Caregiver = z.infer<typeof Caregiver>;

export const ChildCircumstance = z.object({
  id: Uuid,
  groupCode: CircumstanceGroupCode,
  subgroupCode: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  note: z.string().nullable(),
  /** Open at the reference date. */
  active: z.boolean(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
});
export type ChildCircumstance = z.infer<typeof ChildCircumstance>;

export const ChildRiskFlag = z.object({
  id: Uuid,
  flagCode: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type ChildRiskFlag = z.infer<typeof ChildRiskFlag>;

export const ChildSupport = z.object({
  id: Uuid,
  supportType: SupportType,
  amountVnd: z.number().nullable(),
  inKind: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  provider: z.string().nullable(),
  createdAt: z.string(),
});
export type ChildSupport = z.infer<typeof ChildSupport>;

/**
 * GET /api/children/:id: the profile. `sensitive` is null, and circumstances of sensitive groups are left out
 * (not counted, not hinted at), for a user without children.read_sensitive.
 */
export const Child = z.object({
  id: Uuid,
  personalId: z.string().nullable(),
  fullName: z.string(),
  birthDate: z.string(),
  birthPrecision: BirthPrecision,
  sex: Sex,
  ethnicityCode: z.string().nullable(),
  ethnicityName: z.string().nullable(),
  communeCode: z.string(),
  communeName: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  village: z.string().nullable(),
  addressLine: z.string().nullable(),
  householdPoverty: HouseholdPoverty,
  schooling: Schooling,
  schoolName: z.string().nullable(),
  disabilityType: z.string().nullable(),
  disabilityLevel: DisabilityLevel.nullable(),
  healthInsurance: z.boolean().nullable(),
  birthRegistered: z.boolean().nullable(),
  sensitive: ChildSensitive.nullable(),
  /** Whether this user may see (and change) the sensitive fields and groups. */
  sensitiveVisible: z.boolean(),
  caregivers: z.array(Caregiver),
  circumstances: z.object({ active: z.array(ChildCircumstance), past: z.array(ChildCircumstance) }),
  riskFlags: z.array(ChildRiskFlag),
  supports: z.array(ChildSupport),
  /** The reference date of `age` and `active` (default: today in Vietnam). */
  asOf: z.string(),
  /** Completed years at asOf (an estimate gives the lowest possible age). */
  age: z.number().int(),
  /** Under 16 at asOf (Luật Trẻ em Điều 1): on the active lists. */
  active: z.boolean(),
  agesOutOn: z.string(),
  status: z.enum(['active', 'merged']),
  mergedInto: Uuid.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Child = z.infer<typeof Child>;

/** A child in a short list (look-up, duplicate candidates). */
export const ChildSummary = z.object({
  id: Uuid,
  fullName: z.string(),
  birthDate: z.string(),
  birthPrecision: BirthPrecision,
  sex: Sex,
  communeCode: z.string(),
  communeName: z.string().nullable(),
  age: z.number().int(),
  active: z.boolean(),
});
export type ChildSummary = z.infer<typeof ChildSummary>;

export const DuplicateReason = z.enum(['personal_id', 'name_birth_commune', 'caregiver_phone']);
export type DuplicateReason = z.infer<typeof DuplicateReason>;
/** In `error.candidates` of the 409 answer to a create: minimal fields only. */
export const DuplicateCandidate = z.object({
  id: Uuid,
  fullName: z.string(),
  birthDate: z.string(),
  birthPrecision: BirthPrecision,
  communeCode: z.string(),
  communeName: z.string().nullable(),
  reasons: z.array(DuplicateReason),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

/**
 * Why a profile is opened (audited with the view, Decree 356/2025: processing must be demonstrable). A closed list,
 * so the audit log never holds free text about a child.
 */
export const ViewPurpose = z.enum([
  'case_work', // giải quyết vụ việc, can thiệp
  'support', // xét, chi trả hỗ trợ
  'record_update', // cập nhật hồ sơ
  'verification', // xác minh thông tin
  'hotline_call', // tiếp nhận cuộc gọi
  'inspection', // thanh tra, kiểm tra
  'reporting', // lập báo cáo
]);
export type ViewPurpose = z.infer<typeof ViewPurpose>;

export const ChildParams = z.object({ id: Uuid });
export const ChildCircumstanceParams = z.object({ id: Uuid, cid: Uuid });
export const ChildRiskFlagParams = z.object({ id: Uuid, fid: Uuid });

/** GET /api/children/:id and /api/children/:id/history */
export const ChildViewQuery = z.object({
  // A string first, so that a missing purpose reads "required" rather than "not a valid option".
  purpose: z.string().pipe(ViewPurpose),
  asOf: IsoDate.optional(),
});
export type ChildViewQuery = z.infer<typeof ChildViewQuery>;

/** GET /api/children/lookup: exactly one of personalId and phone (caregiver's). */
export const ChildLookupQuery = z
  .object({ personalId: PersonalId.optional(), phone: Phone.optional(), asOf: IsoDate.optional() })
  .superRefine((v, ctx) => {
    if ((v.personalId === undefined) === (v.phone === undefined))
      ctx.addIssue({ code: 'custom', path: ['personalId'], input: v, ...rule('child.lookupOneKey') });
  });
export type ChildLookupQuery = z.infer<typeof ChildLookupQuery>;
export const ChildLookupResult = z.object({ items: z.array(ChildSummary) });
export type ChildLookupResult = z.infer<typeof ChildLookupResult>;

export const ChildHistoryEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  /** create, update, circumstance.add, circumstance.end, riskflag.add, riskflag.end, support.add, merge, … */
  operation: z.string(),
  fields: z.array(z.string()),
  /** Before/after per field; a sensitive field's values are left out (listed in hiddenFields) without the right. */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  hiddenFields: z.array(z.string()),
});
export type ChildHistoryEntry = z.infer<typeof ChildHistoryEntry>;
export const ChildHistory = z.object({ items: z.array(ChildHistoryEntry) });
export type ChildHistory = z.infer<typeof ChildHistory>;

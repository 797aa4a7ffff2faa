import type {
  BirthPrecision,
  CaregiverRelation,
  Child,
  DisabilityLevel,
  HivStatus,
  HouseholdPoverty,
  Schooling,
  Sex,
} from '../../../shared/domain/Child';
import type { FieldErrors } from '../../api/form-errors';
import type { Translate } from '../../i18n/translate';

/** The create/edit form's state: text as typed, choices possibly unmade (null), tri-state yes/no/unknown. */
export type TriState = 'yes' | 'no' | '';

export type CaregiverRow = {
  /** A stable React key for the row (not sent). */
  key: string;
  relation: CaregiverRelation | null;
  fullName: string;
  phone: string;
  isPrimary: boolean;
};

export type ChildFormValues = {
  fullName: string;
  personalId: string;
  birthPrecision: BirthPrecision;
  /** ISO date of the chosen precision's first day, or null while unfinished. */
  birthDate: string | null;
  sex: Sex | null;
  ethnicityCode: string | null;
  communeCode: string | null;
  village: string;
  addressLine: string;
  householdPoverty: HouseholdPoverty;
  schooling: Schooling;
  schoolName: string;
  disabilityType: string;
  disabilityLevel: DisabilityLevel | null;
  healthInsurance: TriState;
  birthRegistered: TriState;
  caregivers: CaregiverRow[];
  hivStatus: HivStatus | null;
  drugUse: TriState;
  conflictWithLaw: TriState;
  healthNotes: string;
};

const tri = (v: boolean | null | undefined): TriState => (v === true ? 'yes' : v === false ? 'no' : '');
const fromTri = (v: TriState): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);

export function emptyCaregiver(): CaregiverRow {
  return { key: crypto.randomUUID(), relation: null, fullName: '', phone: '', isPrimary: false };
}

export function initialValues(child: Child | null, communeCode: string | null): ChildFormValues {
  return {
    fullName: child?.fullName ?? '',
    personalId: child?.personalId ?? '',
    birthPrecision: child?.birthPrecision ?? 'day',
    birthDate: child?.birthDate ?? null,
    sex: child?.sex ?? null,
    ethnicityCode: child?.ethnicityCode ?? null,
    communeCode: child?.communeCode ?? communeCode,
    village: child?.village ?? '',
    addressLine: child?.addressLine ?? '',
    householdPoverty: child?.householdPoverty ?? 'unknown',
    schooling: child?.schooling ?? 'unknown',
    schoolName: child?.schoolName ?? '',
    disabilityType: child?.disabilityType ?? '',
    disabilityLevel: child?.disabilityLevel ?? null,
    healthInsurance: tri(child?.healthInsurance),
    birthRegistered: tri(child?.birthRegistered),
    caregivers: (child?.caregivers ?? []).map((c) => ({
      key: c.id,
      relation: c.relation,
      fullName: c.fullName,
      phone: c.phone ?? '',
      isPrimary: c.isPrimary,
    })),
    hivStatus: child?.sensitive?.hivStatus ?? null,
    drugUse: tri(child?.sensitive?.drugUse),
    conflictWithLaw: tri(child?.sensitive?.conflictWithLaw),
    healthNotes: child?.sensitive?.healthNotes ?? '',
  };
}

/**
 * The body fields (without transactionId/version) for ChildInput or ChildUpdateInput. Unmade choices are sent as
 * undefined so the schema says "required" on the right field. The sensitive part is sent only by users who may
 * see it (the API refuses it otherwise).
 */
export function toBody(v: ChildFormValues, withSensitive: boolean) {
  return {
    fullName: v.fullName,
    personalId: v.personalId.trim() || null,
    birthDate: v.birthDate ?? undefined,
    birthPrecision: v.birthPrecision,
    sex: v.sex ?? undefined,
    ethnicityCode: v.ethnicityCode,
    communeCode: v.communeCode ?? undefined,
    village: v.village || null,
    addressLine: v.addressLine || null,
    householdPoverty: v.householdPoverty,
    schooling: v.schooling,
    schoolName: v.schoolName || null,
    disabilityType: v.disabilityType || null,
    disabilityLevel: v.disabilityLevel,
    healthInsurance: fromTri(v.healthInsurance),
    birthRegistered: fromTri(v.birthRegistered),
    caregivers: v.caregivers.map((c) => ({
      relation: c.relation ?? undefined,
      fullName: c.fullName,
      phone: c.phone || null,
      isPrimary: c.isPrimary,
    })),
    ...(withSensitive
      ? {
          sensitive: {
            hivStatus: v.hivStatus,
            drugUse: fromTri(v.drugUse),
            conflictWithLaw: fromTri(v.conflictWithLaw),
            healthNotes: v.healthNotes || null,
          },
        }
      : {}),
  };
}

/**
 * The schema's generic "invalid format" says nothing useful about an identity number or a phone number: these two
 * get a message that shows the expected form (the same for the form's own check and the server's answer).
 */
export function explainErrors(errors: FieldErrors, t: Translate): FieldErrors {
  const out: FieldErrors = { ...errors };
  if (out.personalId) out.personalId = t('child.error.personalId');
  for (const key of Object.keys(out))
    if (/^caregivers\.\d+\.phone$/.test(key)) out[key] = t('child.error.phone');
  return out;
}

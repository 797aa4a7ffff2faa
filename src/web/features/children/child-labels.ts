import type {
  BirthPrecision,
  CaregiverRelation,
  DisabilityLevel,
  DuplicateReason,
  HivStatus,
  HouseholdPoverty,
  Schooling,
  Sex,
  SupportType,
  ViewPurpose,
} from '../../../shared/domain/Child';
import type { Locale } from '../../../shared/i18n/locale';
import { CIRCUMSTANCE_GROUPS } from '../../../shared/reference/circumstance-groups';
import type { MessageId } from '../../i18n/catalogue';
import { formatDate } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

/** Words for the coded values of the register (src/shared/domain/Child.ts), one message id per value. */
export const SEX_LABEL: Record<Sex, MessageId> = {
  male: 'child.sex.male',
  female: 'child.sex.female',
  unknown: 'child.sex.unknown',
};

export const PRECISION_LABEL: Record<BirthPrecision, MessageId> = {
  day: 'child.precision.day',
  month: 'child.precision.month',
  year: 'child.precision.year',
};

export const POVERTY_LABEL: Record<HouseholdPoverty, MessageId> = {
  poor: 'child.poverty.poor',
  near_poor: 'child.poverty.near_poor',
  none: 'child.poverty.none',
  unknown: 'child.poverty.unknown',
};

export const SCHOOLING_LABEL: Record<Schooling, MessageId> = {
  not_yet: 'child.schooling.not_yet',
  preschool: 'child.schooling.preschool',
  primary: 'child.schooling.primary',
  lower_secondary: 'child.schooling.lower_secondary',
  upper_secondary: 'child.schooling.upper_secondary',
  dropped_out: 'child.schooling.dropped_out',
  unknown: 'child.schooling.unknown',
};

/** Luật Người khuyết tật 2010 Điều 3 khoản 2: đặc biệt nặng, nặng, nhẹ. */
export const DISABILITY_LEVEL_LABEL: Record<DisabilityLevel, MessageId> = {
  extremely_severe: 'child.disability.extremely_severe',
  severe: 'child.disability.severe',
  mild: 'child.disability.mild',
};

export const RELATION_LABEL: Record<CaregiverRelation, MessageId> = {
  mother: 'child.relation.mother',
  father: 'child.relation.father',
  grandparent: 'child.relation.grandparent',
  sibling: 'child.relation.sibling',
  relative: 'child.relation.relative',
  guardian: 'child.relation.guardian',
  foster: 'child.relation.foster',
  other: 'child.relation.other',
};

export const HIV_LABEL: Record<HivStatus, MessageId> = {
  living_with_hiv: 'child.hiv.living_with_hiv',
  exposed: 'child.hiv.exposed',
  not_infected: 'child.hiv.not_infected',
  unknown: 'child.hiv.unknown',
};

export const SUPPORT_TYPE_LABEL: Record<SupportType, MessageId> = {
  monthly_social_allowance: 'child.support.monthly_social_allowance',
  health_insurance: 'child.support.health_insurance',
  medical_costs: 'child.support.medical_costs',
  education: 'child.support.education',
  vocational_training: 'child.support.vocational_training',
  alternative_care: 'child.support.alternative_care',
  counselling: 'child.support.counselling',
  legal_aid: 'child.support.legal_aid',
  emergency_relief: 'child.support.emergency_relief',
  in_kind: 'child.support.in_kind',
  sponsorship: 'child.support.sponsorship',
  other: 'child.support.other',
};

export const PURPOSE_LABEL: Record<ViewPurpose, MessageId> = {
  record_update: 'child.purpose.record_update',
  case_work: 'child.purpose.case_work',
  support: 'child.purpose.support',
  verification: 'child.purpose.verification',
  hotline_call: 'child.purpose.hotline_call',
  inspection: 'child.purpose.inspection',
  reporting: 'child.purpose.reporting',
};

export const DUPLICATE_REASON_LABEL: Record<DuplicateReason, MessageId> = {
  personal_id: 'duplicates.reason.personal_id',
  name_birth_commune: 'duplicates.reason.name_birth_commune',
  caregiver_phone: 'duplicates.reason.caregiver_phone',
};

/** History operations (src/server/modules/children/history.service.ts); an unknown one shows its code. */
export const HISTORY_OPERATION_LABEL: Partial<Record<string, MessageId>> = {
  create: 'child.history.op.create',
  import: 'child.history.op.import',
  update: 'child.history.op.update',
  'circumstance.add': 'child.history.op.circumstanceAdd',
  'circumstance.end': 'child.history.op.circumstanceEnd',
  'riskflag.add': 'child.history.op.riskflagAdd',
  'riskflag.end': 'child.history.op.riskflagEnd',
  'support.add': 'child.history.op.supportAdd',
  merge: 'child.history.op.merge',
};

/** Field names of history entries and of the form; an unknown one shows its code. */
export const FIELD_LABEL: Partial<Record<string, MessageId>> = {
  personalId: 'child.field.personalId',
  fullName: 'child.field.fullName',
  birthDate: 'child.field.birthDate',
  birthPrecision: 'child.field.birthPrecision',
  sex: 'child.field.sex',
  ethnicityCode: 'child.field.ethnicity',
  communeCode: 'child.field.commune',
  village: 'child.field.village',
  addressLine: 'child.field.addressLine',
  householdPoverty: 'child.field.householdPoverty',
  schooling: 'child.field.schooling',
  schoolName: 'child.field.schoolName',
  disabilityType: 'child.field.disabilityType',
  disabilityLevel: 'child.field.disabilityLevel',
  healthInsurance: 'child.field.healthInsurance',
  birthRegistered: 'child.field.birthRegistered',
  caregivers: 'child.field.caregivers',
  'sensitive.hivStatus': 'child.field.hivStatus',
  'sensitive.drugUse': 'child.field.drugUse',
  'sensitive.conflictWithLaw': 'child.field.conflictWithLaw',
  'sensitive.healthNotes': 'child.field.healthNotes',
  circumstance: 'child.field.circumstance',
  riskFlag: 'child.field.riskFlag',
  support: 'child.field.support',
  status: 'child.field.status',
  mergedInto: 'child.field.mergedInto',
  mergedFrom: 'child.field.mergedFrom',
  moved: 'child.field.moved',
};

const GROUPS = new Map(CIRCUMSTANCE_GROUPS.map((g) => [g.code as string, g]));

/**
 * A special-circumstance group's name (Luật Trẻ em Điều 10 khoản 1: fixed by law, so it ships with the app and needs
 * no request: a national officer with statistics only may not read the register's reference lists).
 */
export function groupName(code: string, locale: Locale): string {
  const g = GROUPS.get(code);
  return g ? refName(g, locale) : code;
}

/** A reference item's name in the user's language (the English name may be missing for an unverified item). */
export function refName(item: { nameVi: string; nameEn: string | null }, locale: Locale): string {
  return locale === 'en' && item.nameEn ? item.nameEn : item.nameVi;
}

/** A birth date as precise as it is known: 21/03/2015, "tháng 03/2015" or "năm 2015". */
export function formatBirth(birthDate: string, precision: BirthPrecision, t: Translate): string {
  const [year = '', month = ''] = birthDate.split('-');
  switch (precision) {
    case 'day':
      return formatDate(`${birthDate}T00:00:00`);
    case 'month':
      return t('child.birthMonth', { month: `${month}/${year}` });
    case 'year':
      return t('child.birthYear', { year });
  }
}

/** An ISO calendar day as dd/mm/yyyy (no time zone shift: it is a day, not an instant). */
export function formatDay(iso: string | null | undefined): string {
  return iso ? formatDate(`${iso.slice(0, 10)}T00:00:00`) : '';
}

export function yesNo(value: boolean | null | undefined, t: Translate): string {
  if (value === null || value === undefined) return t('child.notKnown');
  return value ? t('child.yes') : t('child.no');
}

import type { ChildSensitive, ChildSensitiveInput, CaregiverInput } from '../../../shared/domain/Child';
import { SENSITIVE_FIELDS } from '../../../shared/domain/Child';
import type { ChildColumnChanges } from './children.repo';
import type { ChildCaregiverRow } from '../../db/schema';
import type { Changes } from './history.service';

/** API field → children column, for the plain (not encrypted) fields of a child. */
export const PLAIN_FIELDS = {
  personalId: 'personal_id',
  fullName: 'full_name',
  birthDate: 'birth_date',
  birthPrecision: 'birth_precision',
  sex: 'sex',
  ethnicityCode: 'ethnicity_code',
  communeCode: 'commune_code',
  village: 'village',
  addressLine: 'address_line',
  householdPoverty: 'household_poverty',
  schooling: 'schooling',
  schoolName: 'school_name',
  disabilityType: 'disability_type',
  disabilityLevel: 'disability_level',
  healthInsurance: 'health_insurance',
  birthRegistered: 'birth_registered',
} as const satisfies Record<string, keyof ChildColumnChanges>;
export type PlainField = keyof typeof PLAIN_FIELDS;
export const PLAIN_FIELD_NAMES = Object.keys(PLAIN_FIELDS) as PlainField[];

export type PlainValues = { [K in PlainField]?: unknown };

/** The columns of the given plain fields (undefined fields are left out). */
export function columnsOf(values: PlainValues): ChildColumnChanges {
  const out: Record<string, unknown> = {};
  for (const f of PLAIN_FIELD_NAMES) if (values[f] !== undefined) out[PLAIN_FIELDS[f]] = values[f];
  return out;
}

/** The sensitive fields after a change: given fields replace, absent ones stay, null clears. */
export function mergeSensitive(
  current: ChildSensitive,
  input: ChildSensitiveInput | undefined,
): ChildSensitive {
  const next = { ...current };
  if (!input) return next;
  for (const f of SENSITIVE_FIELDS) {
    const v = input[f];
    if (v !== undefined) (next as Record<string, unknown>)[f] = v;
  }
  return next;
}

export function caregiverValues(list: readonly (CaregiverInput | ChildCaregiverRow)[]) {
  return list.map((c) =>
    'full_name' in c
      ? { relation: c.relation, fullName: c.full_name, phone: c.phone, isPrimary: c.is_primary }
      : { relation: c.relation, fullName: c.fullName, phone: c.phone, isPrimary: c.isPrimary },
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Before/after of each field that differs; sensitive fields are named `sensitive.<field>`. */
export function diffChild(
  before: { plain: PlainValues; sensitive: ChildSensitive; caregivers: unknown[] | null },
  after: { plain: PlainValues; sensitive: ChildSensitive; caregivers: unknown[] | null },
): Changes {
  const changes: Changes = {};
  for (const f of PLAIN_FIELD_NAMES) {
    if (after.plain[f] === undefined) continue;
    if (!same(before.plain[f], after.plain[f]))
      changes[f] = { before: before.plain[f] ?? null, after: after.plain[f] ?? null };
  }
  for (const f of SENSITIVE_FIELDS)
    if (!same(before.sensitive[f], after.sensitive[f]))
      changes[`sensitive.${f}`] = { before: before.sensitive[f], after: after.sensitive[f] };
  if (after.caregivers !== null && !same(before.caregivers, after.caregivers))
    changes.caregivers = { before: before.caregivers, after: after.caregivers };
  return changes;
}

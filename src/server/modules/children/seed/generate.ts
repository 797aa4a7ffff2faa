import type { CircumstanceGroupCode } from '../../../../shared/reference/circumstance-groups';
import type {
  CaregiverRelation,
  DisabilityLevel,
  HouseholdPoverty,
  Schooling,
} from '../../../../shared/domain/Child';
import { createRng, weighted, type Rng } from './prng';
import { createIdSource } from './ids';
import { caregiverName, syntheticName, type Naming, type Sex } from './vn-names';
import { placePicker, residence, type SeedCommune } from './places';

/**
 * The synthetic register, one child at a time, from one seeded stream: the same seed, communes and reference date
 * give the same children (names, dates, places, groups). Row ids are time-ordered UUIDs (./ids.ts), unique per run,
 * so a seed can run twice on one database.
 */
export type SeedCaregiver = {
  id: string;
  relation: CaregiverRelation;
  fullName: string;
  phone: string | null;
  isPrimary: boolean;
  sort: number;
};
export type SeedCircumstance = {
  id: string;
  group: CircumstanceGroupCode;
  subgroup: string | null;
  startDate: string;
};
export type SeedRiskFlag = { id: string; flagCode: string; since: string };

export type SeedChild = {
  id: string;
  personalId: string | null;
  fullName: string;
  birthDate: string;
  birthPrecision: 'day' | 'month' | 'year';
  sex: 'male' | 'female' | 'unknown';
  ethnicityCode: string | null;
  communeCode: string;
  provinceCode: string;
  village: string;
  addressLine: string | null;
  householdPoverty: HouseholdPoverty;
  schooling: Schooling;
  disabilityType: string | null;
  disabilityLevel: DisabilityLevel | null;
  healthInsurance: boolean;
  birthRegistered: boolean;
  caregivers: SeedCaregiver[];
  circumstances: SeedCircumstance[];
  riskFlags: SeedRiskFlag[];
};

export type GeneratorOptions = {
  seed: string | number;
  communes: readonly SeedCommune[];
  /** Reference date 'YYYY-MM-DD': every child is 0–15 on it. */
  asOf: string;
  /** ethnic_groups codes by naming tradition; a missing one leaves ethnicity_code null. */
  ethnicCodes?: Partial<Record<Naming | 'nung' | 'jrai' | 'ede', string>>;
  /** Active sub-group codes by group (circumstance_subgroups). */
  subgroups?: ReadonlyMap<string, readonly string[]>;
  /** Active risk flag type codes. */
  riskFlagCodes?: readonly string[];
  /** The first number of the personal-id serial (keeps ids unique when seeding a non-empty register). */
  serialStart?: number;
};

/** Share of children in special circumstances (issue #3: about 6%). */
export const SPECIAL_CIRCUMSTANCES_SHARE = 0.06;
/** Sex ratio at birth, boys per girl (Vietnam ~1.12). */
export const SEX_RATIO_AT_BIRTH = 1.12;

/**
 * Plausible mix of groups among children in special circumstances: disability is the largest group, then children
 * with no one to rely on, illness in poor households, violence; trafficking, drugs and migrants are rare.
 */
const GROUP_MIX = weighted<CircumstanceGroupCode>([
  ['d', 30], ['c', 12], ['n', 8], ['i', 7], ['h', 6], ['a', 5], ['e', 5], ['l', 4], ['k', 4], ['b', 3],
  ['đ', 3], ['o', 2], ['g', 1], ['m', 1],
]); // prettier-ignore

const DISABILITY_TYPES = weighted([
  ['Khuyết tật vận động', 35], ['Khuyết tật trí tuệ', 25], ['Khuyết tật nghe, nói', 15],
  ['Khuyết tật nhìn', 10], ['Khuyết tật thần kinh, tâm thần', 8], ['Khuyết tật khác', 7],
] as const); // prettier-ignore
const DISABILITY_LEVEL = weighted<DisabilityLevel>([
  ['extremely_severe', 20],
  ['severe', 40],
  ['mild', 40],
]);

/** Mobile prefixes in use in Vietnam (the numbers themselves are random). */
const MOBILE_PREFIXES = ['32', '33', '34', '35', '36', '37', '38', '39', '70', '76', '77', '78', '79', '81', '82',
  '83', '84', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98', '56', '58', '59']; // prettier-ignore

const DAY_MS = 86_400_000;
const dayOfIso = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 → 'YYYY-MM-DD' without a Date object (H. Hinnant's civil_from_days): hot path. */
export function isoOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function phone(rng: Rng): string {
  const prefix = MOBILE_PREFIXES[rng.int(0, MOBILE_PREFIXES.length - 1)] ?? '90';
  return `0${prefix}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}

function schoolingAt(rng: Rng, age: number): Schooling {
  if (age < 3) return 'not_yet';
  if (age < 6) return rng.chance(0.9) ? 'preschool' : 'not_yet';
  if (age >= 11 && rng.chance(0.015)) return 'dropped_out';
  if (age < 11) return 'primary';
  return age < 15 ? 'lower_secondary' : 'upper_secondary';
}

type CaregiverContext = {
  newId: () => string;
  rng: Rng;
  list: SeedCaregiver[];
  naming: Naming;
  /** The child's (father's) surname. */
  surname: string;
};

/** Adds a caregiver; the father (ownSurname false) shares the child's surname. */
function addCaregiver(
  cg: CaregiverContext,
  relation: CaregiverRelation,
  sex: Sex,
  ownSurname: boolean,
  withPhone: number,
): void {
  cg.list.push({
    id: cg.newId(),
    relation,
    fullName: caregiverName(cg.rng, sex, cg.naming, ownSurname ? undefined : cg.surname),
    phone: cg.rng.chance(withPhone) ? phone(cg.rng) : null,
    isPrimary: cg.list.length === 0,
    sort: cg.list.length,
  });
}

export type ChildGenerator = { next(): SeedChild };

export function createChildGenerator(opts: GeneratorOptions): ChildGenerator {
  const rng = createRng(opts.seed);
  const place = placePicker(opts.communes);
  const asOfDay = dayOfIso(opts.asOf);
  const codes = opts.ethnicCodes ?? {};
  const flags = opts.riskFlagCodes ?? [];
  let serial = opts.serialStart ?? 0;
  const newId = createIdSource();
  const pMale = SEX_RATIO_AT_BIRTH / (1 + SEX_RATIO_AT_BIRTH);

  const ethnicityOf = (naming: Naming): string | null => {
    if (naming === 'tay' && rng.chance(0.35)) return codes.nung ?? null;
    if (naming === 'highland') return (rng.chance(0.5) ? codes.jrai : codes.ede) ?? null;
    return codes[naming] ?? null;
  };

  return {
    next(): SeedChild {
      const where = place(rng);
      const sex: Sex = rng.chance(pMale) ? 'male' : 'female';
      const naming = where.naming(rng);
      const { fullName, surname } = syntheticName(rng, sex, naming);
      // Born in the last 16 years (age 0–15 at asOf), never in the future.
      const birthDay = asOfDay - rng.int(0, 16 * 365 - 2);
      const p = rng.next();
      const birthPrecision = p < 0.95 ? 'day' : p < 0.98 ? 'month' : 'year';
      let birthDate = isoOfDay(birthDay);
      if (birthPrecision === 'month') birthDate = `${birthDate.slice(0, 7)}-01`;
      if (birthPrecision === 'year') birthDate = `${birthDate.slice(0, 4)}-01-01`;
      const age = Math.floor((asOfDay - birthDay) / 365.25);
      const { village, addressLine } = residence(rng, where);

      const pov = rng.next();
      let householdPoverty: HouseholdPoverty =
        pov < where.poorShare
          ? 'poor'
          : pov < where.poorShare * 2.2
            ? 'near_poor'
            : pov < 0.94
              ? 'none'
              : 'unknown';
      let schooling = schoolingAt(rng, age);
      let disabilityType: string | null = null;
      let disabilityLevel: DisabilityLevel | null = null;

      const circumstances: SeedCircumstance[] = [];
      if (rng.chance(SPECIAL_CIRCUMSTANCES_SHARE)) {
        const groups = new Set([GROUP_MIX(rng)]);
        if (rng.chance(0.1)) groups.add(GROUP_MIX(rng));
        for (const group of groups) {
          if (group === 'h' && age < 11) continue; // dropped out before finishing lower secondary: older children
          const subs = opts.subgroups?.get(group) ?? [];
          circumstances.push({
            id: newId(),
            group,
            subgroup: subs.length > 0 && rng.chance(0.8) ? (subs[rng.int(0, subs.length - 1)] ?? null) : null,
            startDate: isoOfDay(rng.int(birthDay, asOfDay)),
          });
          if (group === 'd') {
            disabilityType = DISABILITY_TYPES(rng);
            disabilityLevel = DISABILITY_LEVEL(rng);
          }
          if (group === 'n') householdPoverty = rng.chance(0.6) ? 'poor' : 'near_poor';
          if (group === 'h') schooling = 'dropped_out';
        }
      } else if (rng.chance(0.004)) {
        // Disability of a level not (yet) recorded as the special-circumstance group.
        disabilityType = DISABILITY_TYPES(rng);
        disabilityLevel = 'mild';
      }

      const orphan = circumstances.some((c) => c.group === 'a' || c.group === 'b');
      const caregivers: SeedCaregiver[] = [];
      // One call per caregiver, no closure per child (this loop runs a million times in the benchmark).
      const cg = { newId, rng, list: caregivers, naming, surname };
      if (orphan) {
        const r = rng.next();
        const relation = r < 0.6 ? 'grandparent' : r < 0.85 ? 'relative' : 'foster';
        addCaregiver(cg, relation, rng.chance(0.7) ? 'female' : 'male', r >= 0.85, 0.8);
      } else {
        const r = rng.next();
        if (r < 0.62) {
          addCaregiver(cg, 'mother', 'female', true, 0.92);
          addCaregiver(cg, 'father', 'male', false, 0.7);
        } else if (r < 0.82) addCaregiver(cg, 'mother', 'female', true, 0.9);
        else if (r < 0.9) addCaregiver(cg, 'father', 'male', false, 0.9);
        else {
          addCaregiver(cg, 'grandparent', rng.chance(0.6) ? 'female' : 'male', rng.chance(0.4), 0.75);
          if (rng.chance(0.4)) addCaregiver(cg, 'mother', 'female', true, 0.8);
        }
      }

      const riskFlags: SeedRiskFlag[] = [];
      if (flags.length > 0 && rng.chance(0.02)) {
        riskFlags.push({
          id: newId(),
          flagCode: flags[rng.int(0, flags.length - 1)] ?? 'violence',
          since: isoOfDay(rng.int(Math.max(birthDay, asOfDay - 730), asOfDay)),
        });
      }

      // Số định danh cá nhân (Thông tư 59/2021/TT-BCA Điều 7, as we recall it [U]): 3 digits of the birth
      // province, 1 of century and sex, 2 of the birth year, 6 of serial. The serial keeps ids unique in a run.
      let personalId: string | null = null;
      if (rng.chance(0.6)) {
        const century = (birthDate.startsWith('20') ? 2 : 0) + (sex === 'female' ? 1 : 0);
        serial += 1;
        personalId = `0${where.provinceCode}${century}${birthDate.slice(2, 4)}${String(serial % 1_000_000).padStart(6, '0')}`;
      }

      return {
        id: newId(),
        personalId,
        fullName,
        birthDate,
        birthPrecision,
        sex,
        ethnicityCode: ethnicityOf(naming),
        communeCode: where.code,
        provinceCode: where.provinceCode,
        village,
        addressLine,
        householdPoverty,
        schooling,
        disabilityType,
        disabilityLevel,
        healthInsurance: rng.chance(0.92),
        birthRegistered: rng.chance(0.98),
        caregivers,
        circumstances,
        riskFlags,
      };
    },
  };
}

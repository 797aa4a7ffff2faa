import type { AppDeps } from '../../app-deps';
import type { Locale } from '../../../shared/i18n/locale';
import type { AuditActor } from '../../audit/audit.repo';
import type { DbOrTx } from '../../db/transaction';
import type { ChildCaregiverRow } from '../../db/schema';
import { canAccess, type Scope, type ScopedUser } from '../../../shared/permissions/scope';
import { Permission } from '../../../shared/permissions/Permission';
import type {
  Child,
  ChildCircumstance,
  ChildSummary,
  Caregiver,
  SupportType,
} from '../../../shared/domain/Child';
import { isCircumstanceGroupCode, isSensitiveGroup } from '../../../shared/reference/circumstance-groups';
import { ageAt, vietnamToday, type BirthPrecision } from '../../../shared/reference/child-age';
import { childCipher, type ChildCipher } from './child-crypto';
import { findChildFactsInScope, type ChildViewRow } from './children.repo';
import { listCaregivers } from './children.repo';
import { listCircumstances, listRiskFlags, listSupports } from './child-parts.repo';

/** What the register services need from the app. */
export type ChildrenDeps = Pick<AppDeps, 'db' | 'now' | 'config'>;

/**
 * Who acts: the audit actor, the user (for the read_sensitive check), the scope of the route's permission and the
 * language of field errors.
 */
export type ChildrenCaller = { actor: AuditActor; user: ScopedUser; scope: Scope; locale: Locale };

const ciphers = new WeakMap<object, ChildCipher>();
/** The cipher of the app's key (one per config object). */
export function cipherOf(deps: Pick<AppDeps, 'config'>): ChildCipher {
  let c = ciphers.get(deps.config);
  if (!c) {
    c = childCipher(deps.config.encryptionKey);
    ciphers.set(deps.config, c);
  }
  return c;
}

/** Sensitive fields and groups: only with children.read_sensitive reaching this child (issue #3 item 6). */
export function mayReadSensitive(
  user: ScopedUser,
  place: { communeCode: string; provinceCode: string },
): boolean {
  return canAccess(user, Permission.childrenReadSensitive, place);
}

export function todayOf(deps: Pick<AppDeps, 'now'>): string {
  return vietnamToday(deps.now());
}

const iso = (d: Date) => d.toISOString();

export function toCaregiver(r: ChildCaregiverRow): Caregiver {
  return { id: r.id, relation: r.relation, fullName: r.full_name, phone: r.phone, isPrimary: r.is_primary };
}

/** A short entry (look-up, candidates): no sensitive data. */
export function toSummary(
  r: {
    id: string;
    full_name: string;
    birth_date: string;
    birth_precision: BirthPrecision;
    sex: 'male' | 'female' | 'unknown';
    commune_code: string;
    commune_name: string | null;
    ages_out_on: string;
  },
  asOf: string,
): ChildSummary {
  return {
    id: r.id,
    fullName: r.full_name,
    birthDate: r.birth_date,
    birthPrecision: r.birth_precision,
    sex: r.sex,
    communeCode: r.commune_code,
    communeName: r.commune_name,
    age: ageAt(r.birth_date, r.birth_precision, asOf),
    active: r.birth_date <= asOf && r.ages_out_on > asOf,
  };
}

/**
 * The profile as the caller may see it at the reference date: without children.read_sensitive, `sensitive` is
 * null and circumstances of sensitive groups (and all circumstance notes) are left out entirely.
 */
export async function buildProfile(
  db: DbOrTx,
  deps: ChildrenDeps,
  user: ScopedUser,
  row: ChildViewRow,
  asOf: string,
): Promise<Child> {
  const cipher = cipherOf(deps);
  const sensitiveVisible = mayReadSensitive(user, {
    communeCode: row.commune_code,
    provinceCode: row.province_code,
  });
  const [caregivers, circumstances, flags, supports] = await Promise.all([
    listCaregivers(db, [row.id]),
    listCircumstances(db, row.id),
    listRiskFlags(db, row.id),
    listSupports(db, row.id),
  ]);
  const circs: ChildCircumstance[] = [];
  for (const c of circumstances) {
    const code = cipher.decryptGroup(c.id, c.group_enc);
    if (!isCircumstanceGroupCode(code)) continue;
    if (!sensitiveVisible && isSensitiveGroup(code)) continue;
    circs.push({
      id: c.id,
      groupCode: code,
      subgroupCode: cipher.decryptSubgroup(c.id, c.subgroup_enc),
      startDate: c.start_date,
      endDate: c.end_date,
      note: sensitiveVisible ? cipher.decryptNote(c.id, c.note_enc) : null,
      active: c.start_date <= asOf && (c.end_date === null || c.end_date > asOf),
      createdAt: iso(c.created_at),
      endedAt: c.ended_at ? iso(c.ended_at) : null,
    });
  }
  return {
    id: row.id,
    personalId: row.personal_id,
    fullName: row.full_name,
    birthDate: row.birth_date,
    birthPrecision: row.birth_precision,
    sex: row.sex,
    ethnicityCode: row.ethnicity_code,
    ethnicityName: row.ethnicity_name,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    provinceCode: row.province_code,
    provinceName: row.province_name,
    village: row.village,
    addressLine: row.address_line,
    householdPoverty: row.household_poverty,
    schooling: row.schooling,
    schoolName: row.school_name,
    disabilityType: row.disability_type,
    disabilityLevel: row.disability_level,
    healthInsurance: row.health_insurance,
    birthRegistered: row.birth_registered,
    sensitive: sensitiveVisible ? cipher.decryptSensitive(row.id, row.sensitive_enc) : null,
    sensitiveVisible,
    caregivers: caregivers.map(toCaregiver),
    circumstances: { active: circs.filter((c) => c.active), past: circs.filter((c) => !c.active) },
    riskFlags: flags.map((f) => ({
      id: f.id,
      flagCode: f.flag_code,
      since: f.since,
      until: f.until,
      active: f.since <= asOf && (f.until === null || f.until > asOf),
      createdAt: iso(f.created_at),
    })),
    supports: supports.map((s) => ({
      id: s.id,
      supportType: s.support_type as SupportType,
      amountVnd: s.amount_vnd,
      inKind: s.in_kind,
      periodStart: s.period_start,
      periodEnd: s.period_end,
      decisionNumber: s.decision_number,
      decisionDate: s.decision_date,
      provider: s.provider,
      createdAt: iso(s.created_at),
    })),
    asOf,
    age: ageAt(row.birth_date, row.birth_precision, asOf),
    active: row.status === 'active' && row.birth_date <= asOf && row.ages_out_on > asOf,
    agesOutOn: row.ages_out_on,
    status: row.status,
    mergedInto: row.merged_into,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * For other modules (reports, cases): sex, date of birth and commune of a child the scope reaches, or undefined —
 * a child outside the scope reads as unknown.
 */
export function findChildFacts(db: DbOrTx, scope: Scope, childId: string) {
  return findChildFactsInScope(db, scope, childId);
}

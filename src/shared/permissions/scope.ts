import type { Jurisdiction, Permission } from './Permission';
import { ROLES, type Role } from './roles';

/** The part of a user that decides what they may reach. */
export type ScopedUser = {
  id: string;
  role: Role;
  /** 2025-era code of the user's unit: a commune (5 digits), a province (2 digits), or null for national. */
  unitCode: string | null;
  provinceCode: string | null;
  agencyId: string | null;
};

/** What a permission reaches for one user: the WHERE clause of every list query is built from this. */
export type Scope =
  | { kind: 'national' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'commune'; communeCode: string; provinceCode: string }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'tasks'; userId: string };

/** Where a record sits, for canAccess. Fields a record does not have stay undefined. */
export type RecordLocation = {
  communeCode?: string | null;
  provinceCode?: string | null;
  agencyIds?: readonly string[];
  assigneeIds?: readonly string[];
};

export function jurisdictionOf(user: ScopedUser, permission: Permission): Jurisdiction | undefined {
  const granted: Partial<Record<Permission, Jurisdiction>> = ROLES[user.role].permissions;
  return granted[permission];
}

/**
 * The scope a permission gives this user, or null when the role lacks the permission or the user lacks the unit or
 * agency the jurisdiction needs (a misconfigured account reaches nothing rather than everything).
 */
export function scopeFor(user: ScopedUser, permission: Permission): Scope | null {
  const jurisdiction = jurisdictionOf(user, permission);
  if (!jurisdiction) return null;
  switch (jurisdiction) {
    case 'national':
      return { kind: 'national' };
    case 'province':
      return user.provinceCode ? { kind: 'province', provinceCode: user.provinceCode } : null;
    case 'commune':
      return user.unitCode && user.unitCode.length === 5 && user.provinceCode
        ? { kind: 'commune', communeCode: user.unitCode, provinceCode: user.provinceCode }
        : null;
    case 'unit':
      if (!user.unitCode) return { kind: 'national' };
      if (user.unitCode.length === 5 && user.provinceCode)
        return { kind: 'commune', communeCode: user.unitCode, provinceCode: user.provinceCode };
      return { kind: 'province', provinceCode: user.unitCode };
    case 'agency':
      return user.agencyId ? { kind: 'agency', agencyId: user.agencyId } : null;
    case 'tasks':
      return { kind: 'tasks', userId: user.id };
  }
}

/** Pure check used by services and the UI: may this user's permission reach a record at this location? */
export function canAccess(user: ScopedUser, permission: Permission, record: RecordLocation): boolean {
  const scope = scopeFor(user, permission);
  if (!scope) return false;
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return record.provinceCode === scope.provinceCode;
    case 'commune':
      return record.communeCode === scope.communeCode;
    case 'agency':
      return record.agencyIds?.includes(scope.agencyId) ?? false;
    case 'tasks':
      return record.assigneeIds?.includes(scope.userId) ?? false;
  }
}

/** Whether the user has the permission at all, whatever its reach (navigation, route guard). */
export function hasPermission(user: ScopedUser, permission: Permission): boolean {
  return scopeFor(user, permission) !== null;
}

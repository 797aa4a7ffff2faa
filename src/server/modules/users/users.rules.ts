import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import { ROLES, type Role } from '../../../shared/permissions/roles';
import type { Scope } from '../../../shared/permissions/scope';
import { findAgencyPlace, findUnit } from './users.repo';

/** Where a user sits: their 2025 unit (commune or province, none for national), its province, their agency. */
export type Placement = {
  unitCode: string | null;
  provinceCode: string | null;
  agencyId: string | null;
  /** The province of the agency, when there is one (an agency is in someone's jurisdiction too). */
  agencyProvinceCode: string | null;
};

const unitNotAllowed = () => new AppError('VALIDATION', { messageId: 'error.unitNotAllowed' });

/**
 * Checks that a unit and agency fit the role (roles.ts: commune roles need a 2025 commune, province roles a
 * province, national roles no unit) and that they exist; returns the placement with the unit's province.
 */
export async function resolvePlacement(
  db: DbOrTx,
  role: Role,
  unitCode: string | null,
  agencyId: string | null,
): Promise<Placement> {
  const def = ROLES[role];
  const unit = unitCode ? await findUnit(db, unitCode) : undefined;
  if (unitCode && !unit) throw unitNotAllowed();
  switch (def.unitLevel) {
    case 'commune':
      if (unit?.level !== 'commune') throw unitNotAllowed();
      break;
    case 'province':
      if (unit?.level !== 'province') throw unitNotAllowed();
      break;
    case 'none':
      if (unit) throw unitNotAllowed();
      break;
    case 'any':
      if (unit && unit.level !== 'commune' && unit.level !== 'province') throw unitNotAllowed();
      break;
  }
  if (def.needsAgency && !agencyId) throw new AppError('VALIDATION', { messageId: 'error.agencyRequired' });
  const agency = agencyId ? await findAgencyPlace(db, agencyId) : undefined;
  if (agencyId && !agency) throw new AppError('VALIDATION', { messageId: 'error.agencyRequired' });
  return {
    unitCode: unit?.code ?? null,
    provinceCode: unit?.provinceCode ?? null,
    agencyId: agency?.id ?? null,
    agencyProvinceCode: agency?.provinceCode ?? null,
  };
}

/**
 * Whether an administrator with this users.manage scope may place a user there: a province administrator only
 * inside their province (so never a national user, and never above their own level), a commune one only in the
 * commune.
 */
export function placementInScope(scope: Scope, p: Placement): boolean {
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return (
        p.provinceCode === scope.provinceCode &&
        (p.agencyProvinceCode === null || p.agencyProvinceCode === scope.provinceCode)
      );
    case 'commune':
      return (
        p.unitCode === scope.communeCode &&
        (p.agencyProvinceCode === null || p.agencyProvinceCode === scope.provinceCode)
      );
    case 'agency':
    case 'tasks':
      return false;
  }
}

export function assertPlacementInScope(scope: Scope, p: Placement): void {
  if (!placementInScope(scope, p)) throw new AppError('FORBIDDEN', { messageId: 'error.unitNotAllowed' });
}

import type { DbOrTx } from '../../db/transaction';
import type { Me } from '../../../shared/domain/Auth';
import { ROLES } from '../../../shared/permissions/roles';
import type { SessionWithUser } from './session.repo';
import { findUnitAndAgencyNames } from './auth.repo';

export type MeSource = Pick<
  SessionWithUser,
  | 'id'
  | 'username'
  | 'displayName'
  | 'role'
  | 'unitCode'
  | 'provinceCode'
  | 'agencyId'
  | 'totpEnabled'
  | 'mustChangePassword'
  | 'mfaState'
  | 'csrfToken'
>;

/** The logged-in user as the API shows it (GET /api/auth/me, login, second-factor verification). */
export async function buildMe(db: DbOrTx, demo: boolean, s: MeSource): Promise<Me> {
  const names = await findUnitAndAgencyNames(db, s.unitCode, s.agencyId);
  return {
    id: s.id,
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    unitCode: s.unitCode,
    unitName: names.unitName,
    provinceCode: s.provinceCode,
    agencyId: s.agencyId,
    agencyName: names.agencyName,
    permissions: { ...ROLES[s.role].permissions },
    totpEnabled: s.totpEnabled,
    mfaState: s.mfaState,
    mustChangePassword: s.mustChangePassword,
    csrfToken: s.csrfToken,
    demo,
  };
}

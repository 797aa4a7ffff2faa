import type { Db } from '../../db/open-db';
import type { AuthUser } from '../../http/request-context';
import { scopeFor } from '../../../shared/permissions/scope';
import type { Permission } from '../../../shared/permissions/Permission';

/**
 * The unit a user acts for in the Action Month: the level of the plan they make and of the report they send.
 * A commune officer acts for their commune, a province officer for the province, partner agency staff for their
 * agency (which reports to the agency's province), a national officer for the nation. Derived from the
 * jurisdiction the permission gives the role (src/shared/permissions/roles.ts), never from request input.
 */
export type AmUnit =
  | { level: 'national'; provinceCode: null; communeCode: null; agencyId: null }
  | { level: 'province'; provinceCode: string; communeCode: null; agencyId: null }
  | { level: 'commune'; provinceCode: string; communeCode: string; agencyId: null }
  | { level: 'agency'; provinceCode: string; communeCode: null; agencyId: string };

/** The caller's unit for this permission, or null when the role lacks it (or the account lacks its unit). */
export async function callerAmUnit(db: Db, user: AuthUser, permission: Permission): Promise<AmUnit | null> {
  const scope = scopeFor(user, permission);
  if (!scope) return null;
  switch (scope.kind) {
    case 'national':
      return { level: 'national', provinceCode: null, communeCode: null, agencyId: null };
    case 'province':
      return { level: 'province', provinceCode: scope.provinceCode, communeCode: null, agencyId: null };
    case 'commune':
      return {
        level: 'commune',
        provinceCode: scope.provinceCode,
        communeCode: scope.communeCode,
        agencyId: null,
      };
    case 'agency': {
      const agency = await db
        .selectFrom('agencies')
        .select('province_code')
        .where('id', '=', scope.agencyId)
        .executeTakeFirst();
      return agency
        ? { level: 'agency', provinceCode: agency.province_code, communeCode: null, agencyId: scope.agencyId }
        : null;
    }
    case 'tasks':
      return null;
  }
}

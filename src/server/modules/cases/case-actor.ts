import { sql, type RawBuilder } from 'kysely';
import type { CaseRow } from '../../db/schema';
import type { Scope, ScopedUser } from '../../../shared/permissions/scope';
import type { CaseActor } from '../../../shared/workflow/allowed-actions';

/**
 * Who the user is for a case (src/shared/workflow/case-workflow.ts ACTION_RULES): the officer or chairman of the
 * case's commune, an officer of its province, or a partner agency with a task in it. null: the user has no part.
 */
export function caseActorOf(
  user: ScopedUser,
  c: Pick<CaseRow, 'commune_code' | 'province_code'>,
): CaseActor | null {
  switch (user.role) {
    case 'commune_officer':
      return c.commune_code === user.unitCode ? { kind: 'officer' } : null;
    case 'commune_chairman':
      return c.commune_code === user.unitCode ? { kind: 'chairman' } : null;
    case 'province_officer':
      return c.province_code === user.provinceCode ? { kind: 'province' } : null;
    case 'partner_agency':
      return user.agencyId ? { kind: 'partner', agencyId: user.agencyId } : null;
    case 'village_collaborator':
    case 'hotline_counsellor':
    case 'national_officer':
    case 'fund_officer':
    case 'inspector':
    case 'system_admin':
      return null;
  }
}

/**
 * The jurisdiction of a cases query as a WHERE condition (architecture.md convention 4). A partner agency reaches a
 * case only through a live task addressed to its agency. `alias` is the cases table's alias.
 */
export function caseInScope(scope: Scope, alias = 'cases'): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'national':
      return sql<boolean>`true`;
    case 'province':
      return sql<boolean>`${sql.ref(`${alias}.province_code`)} = ${scope.provinceCode}`;
    case 'commune':
      return sql<boolean>`${sql.ref(`${alias}.commune_code`)} = ${scope.communeCode}`;
    case 'agency':
      return sql<boolean>`EXISTS (SELECT 1 FROM case_tasks t WHERE t.case_id = ${sql.ref(`${alias}.id`)}
        AND t.agency_id = ${scope.agencyId} AND t.status NOT IN ('planned', 'cancelled'))`;
    case 'tasks':
      return sql<boolean>`false`;
  }
}

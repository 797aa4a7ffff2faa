import { sql, type RawBuilder } from 'kysely';
import type { Scope } from '../../../shared/permissions/scope';

/**
 * The jurisdiction of a children query as a WHERE condition (architecture.md convention 4): commune and province
 * scopes compare the child's residence; national reaches every child; 'agency' and 'tasks' (partner agencies)
 * reach no child until issue #4 links children to tasks. `alias` is the children table's alias in the query.
 */
export function childInScope(scope: Scope, alias = 'children'): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'national':
      return sql<boolean>`true`;
    case 'province':
      return sql<boolean>`${sql.ref(`${alias}.province_code`)} = ${scope.provinceCode}`;
    case 'commune':
      return sql<boolean>`${sql.ref(`${alias}.commune_code`)} = ${scope.communeCode}`;
    case 'agency':
    case 'tasks':
      return sql<boolean>`false`;
  }
}

/** Whether a place (commune and its province) lies inside a scope: for creating or moving a child. */
export function placeInScope(scope: Scope, communeCode: string, provinceCode: string): boolean {
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return provinceCode === scope.provinceCode;
    case 'commune':
      return communeCode === scope.communeCode;
    case 'agency':
    case 'tasks':
      return false;
  }
}

import type { Me } from '../../../shared/domain/Auth';
import type { Permission } from '../../../shared/permissions/Permission';

/**
 * How far a register permission of the user reaches, as the pages need it: a commune officer works in one commune
 * (no unit to choose), a provincial officer chooses among the communes of her province, a national role anywhere.
 * The server decides anyway (src/shared/permissions/scope.ts); this only shapes the filters and pickers.
 */
export type ChildScope =
  | { kind: 'commune'; communeCode: string; communeName: string | null; provinceCode: string | null }
  | { kind: 'province'; provinceCode: string; provinceName: string | null }
  | { kind: 'national' }
  | { kind: 'none' };

export function childScope(me: Me, permission: Permission = 'children.read'): ChildScope {
  const jurisdiction = me.permissions[permission];
  const unit = me.unitCode;
  switch (jurisdiction) {
    case undefined:
    case 'agency':
    case 'tasks':
      return { kind: 'none' };
    case 'national':
      return { kind: 'national' };
    case 'province':
      return me.provinceCode
        ? {
            kind: 'province',
            provinceCode: me.provinceCode,
            provinceName: unit?.length === 2 ? me.unitName : null,
          }
        : { kind: 'none' };
    case 'commune':
      return unit
        ? { kind: 'commune', communeCode: unit, communeName: me.unitName, provinceCode: me.provinceCode }
        : { kind: 'none' };
    case 'unit':
      // A role that exists at every level reaches its own unit: a commune, a province, or the nation.
      if (!unit) return { kind: 'national' };
      if (unit.length === 5)
        return {
          kind: 'commune',
          communeCode: unit,
          communeName: me.unitName,
          provinceCode: me.provinceCode,
        };
      return { kind: 'province', provinceCode: unit, provinceName: me.unitName };
  }
}

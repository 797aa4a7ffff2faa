import type { AppDeps } from '../../../app-deps';
import type { PublicUnitList } from '../../../../shared/domain/PublicReport';
import { listChildren, listProvinceUnits } from '../../units/units.service';

/** The public form's place choice (the units API needs a login): codes and names of 2025 units only. */
export async function listPublicProvinces(deps: Pick<AppDeps, 'db'>): Promise<PublicUnitList> {
  const units = await listProvinceUnits(deps, '2025');
  return { items: units.map((u) => ({ code: u.code, name: u.name })) };
}

/** The communes of a 2025 province (404 for an unknown province). */
export async function listPublicCommunes(
  deps: Pick<AppDeps, 'db'>,
  provinceCode: string,
): Promise<PublicUnitList> {
  const units = await listChildren(deps, '2025', provinceCode);
  return {
    items: units.filter((u) => u.level === 'commune').map((u) => ({ code: u.code, name: u.name })),
  };
}

import type { Scope } from '../../../../shared/permissions/scope';
import type { DbOrTx } from '../../../db/transaction';
import { getChildReference } from '../../reference/reference.service';
import { placeInScope } from '../children-scope';
import { fold, foldCompact } from './import-values';
import { listAllCommunes } from './import.repo';
import type { ImportLookups } from './row-parse';
import type { TemplateLists } from './template-workbook';

/**
 * The reference data an import checks rows against, loaded once per job: every 2025 commune (to tell an unknown
 * code from one outside the jurisdiction), the ethnic groups by name and code, and the defaults of the importer.
 */
export async function loadImportLookups(
  db: DbOrTx,
  scope: Scope,
  opts: { mayMarkGroups: boolean; mayMarkSensitive: boolean },
): Promise<ImportLookups> {
  const [communes, reference] = await Promise.all([listAllCommunes(db), getChildReference(db)]);
  const byCode = new Map<string, { provinceCode: string; inScope: boolean }>();
  const byName = new Map<string, string[]>();
  for (const c of communes) {
    const inScope = placeInScope(scope, c.code, c.province_code);
    byCode.set(c.code, { provinceCode: c.province_code, inScope });
    if (!inScope) continue;
    for (const name of new Set([fold(c.name), fold(c.short_name)])) {
      const list = byName.get(name);
      if (list) list.push(c.code);
      else byName.set(name, [c.code]);
    }
  }
  const ethnicities = new Map<string, string>();
  for (const e of reference.ethnicGroups) {
    ethnicities.set(e.code, e.code);
    ethnicities.set(foldCompact(e.nameVi), e.code);
    ethnicities.set(foldCompact(e.nameEn), e.code);
  }
  return {
    communes: byCode,
    communesByName: byName,
    ethnicities,
    defaultCommune: scope.kind === 'commune' ? scope.communeCode : null,
    mayMarkGroups: opts.mayMarkGroups,
    mayMarkSensitive: opts.mayMarkSensitive,
  };
}

/** The drop-down lists of the template for this jurisdiction. */
export async function loadTemplateLists(db: DbOrTx, scope: Scope): Promise<TemplateLists> {
  const [communes, reference] = await Promise.all([listAllCommunes(db), getChildReference(db)]);
  return {
    communes: communes
      .filter((c) => placeInScope(scope, c.code, c.province_code))
      .map((c) => ({ code: c.code, name: c.name })),
    ethnicGroups: reference.ethnicGroups.map((e) => ({ code: e.code, name: e.nameVi })),
    groups: reference.circumstanceGroups.map((g) => ({ code: g.code, name: g.nameVi })),
  };
}

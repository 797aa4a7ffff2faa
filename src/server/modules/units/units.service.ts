import type { AppDeps } from '../../app-deps';
import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { UnitEra } from '../../../shared/domain/Common';
import type { Unit, UnitConversion, UnitSearchQuery } from '../../../shared/domain/Unit';
import {
  findNewProvinceCode,
  findUnit,
  foldSearchText,
  listChildUnits,
  listMappingsOfOldCommune,
  listMappingsOfOldDistrict,
  listProvinces,
  listUnitsByCodes,
  searchUnits,
} from './units.repo';

type Deps = Pick<AppDeps, 'db'>;

/**
 * Prepares typed text for f_search_text: NFC first, so a name typed with combining marks (NFD, as some keyboards
 * and macOS file names produce) composes like the stored names; marks that do not compose and control characters
 * are dropped. The database then lower-cases, unaccents (Hoà and Hòa both become "hoa") and collapses spaces.
 */
export function normalizeSearchInput(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\p{M}+/gu, '')
    .replace(/[\p{C}\s]+/gu, ' ')
    .trim();
}

/** The search column form of typed text, for this module's and other modules' name searches. */
export async function toSearchText(db: DbOrTx, input: string): Promise<string> {
  const normalized = normalizeSearchInput(input);
  return normalized === '' ? '' : foldSearchText(db, normalized);
}

/** Unit picker search; a misspelt name that matches no text falls back to trigram similarity. */
export async function searchUnitsByName(deps: Deps, query: UnitSearchQuery): Promise<Unit[]> {
  const term = await toSearchText(deps.db, query.q);
  const base = {
    text: term,
    era: query.era,
    level: query.level,
    provinceCode: query.provinceCode,
    limit: query.limit,
  };
  const found = await searchUnits(deps.db, { ...base, mode: 'text' });
  // Three letters make the first trigram; shorter input would be similar to almost anything.
  if (found.length > 0 || term.length < 3 || /^\d+$/.test(term)) return found;
  return searchUnits(deps.db, { ...base, mode: 'fuzzy' });
}

export async function listProvinceUnits(deps: Deps, era: UnitEra): Promise<Unit[]> {
  return listProvinces(deps.db, era);
}

/** A unit by era and code, or undefined. For other modules' services, inside their transaction. */
export async function findUnitIn(db: DbOrTx, era: UnitEra, code: string): Promise<Unit | undefined> {
  return findUnit(db, era, code);
}

export async function getUnit(deps: Deps, era: UnitEra, code: string): Promise<Unit> {
  const unit = await findUnit(deps.db, era, code);
  if (!unit) throw new AppError('NOT_FOUND', { message: `unit ${era}/${code}` });
  return unit;
}

/** The communes of a 2025 province; the districts of a pre-2025 province, the communes of a district. */
export async function listChildren(deps: Deps, era: UnitEra, code: string): Promise<Unit[]> {
  await getUnit(deps, era, code);
  return listChildUnits(deps.db, era, code);
}

/**
 * Translates a pre-2025 code to 2025 units with the NSO conversion table (data/admin-units/README.md):
 * - a commune (5 digits): its rows, one per new commune; a divided commune has several, and `partial` ones need
 *   the street address to choose;
 * - a district (3 digits): the new communes its communes went to, and for the island districts that had no
 *   communes (Hoàng Sa 498, ...) their own rows. Each target is partial unless it is the only one;
 * - a province (2 digits): the new province (every old province went wholly into one).
 * A code the table does not know answers 404.
 */
export async function convertOldCode(deps: Deps, code: string): Promise<UnitConversion> {
  const db = deps.db;
  let targets: Array<{ newCode: string; partial: boolean; note: string }>;
  if (code.length === 5) {
    targets = await listMappingsOfOldCommune(db, code);
  } else if (code.length === 3) {
    const rows = await listMappingsOfOldDistrict(db, code);
    targets = rows.map((r) => ({
      newCode: r.newCode,
      partial: rows.length > 1 || r.anyPartial,
      note: r.notes.length === 1 ? (r.notes[0] ?? '') : '',
    }));
  } else {
    const newCode = await findNewProvinceCode(db, code);
    targets = newCode ? [{ newCode, partial: false, note: '' }] : [];
  }
  if (targets.length === 0) throw new AppError('NOT_FOUND', { message: `no conversion for ${code}` });

  const [old, units] = await Promise.all([
    findUnit(db, 'pre2025', code),
    listUnitsByCodes(
      db,
      '2025',
      targets.map((t) => t.newCode),
    ),
  ]);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const candidates = targets.flatMap((t) => {
    const unit = byCode.get(t.newCode);
    return unit ? [{ unit, partial: t.partial, note: t.note }] : [];
  });
  // Whole targets first, then by code (the district query sorts by code only).
  candidates.sort((a, b) => Number(a.partial) - Number(b.partial) || a.unit.code.localeCompare(b.unit.code));
  return { old: old ?? null, candidates };
}

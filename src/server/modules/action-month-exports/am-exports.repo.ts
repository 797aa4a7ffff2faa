import type { DbOrTx } from '../../db/transaction';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { findUnitIn } from '../units/units.service';
import {
  NATIONAL_EXPORT_UNIT,
  agencyExportUnit,
  communeExportUnit,
  provinceExportUnit,
  type ExportUnit,
  type PlaceName,
} from './export-unit';

/** The theme of a year (am_themes), or null when none was entered for it. */
export async function findTheme(db: DbOrTx, year: number): Promise<AmTheme | null> {
  const row = await db.selectFrom('am_themes').selectAll().where('year', '=', year).executeTakeFirst();
  if (!row) return null;
  return {
    year: row.year,
    theme: row.theme,
    slogans: row.slogans,
    guidingDocument: row.guiding_document,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    communeReportDue: row.commune_report_due,
    provinceReportDue: row.province_report_due,
    source: row.source,
    isReference: row.is_reference,
  };
}

/** Where a plan or report belongs: its level and the codes of its unit (the contract's fields). */
export type UnitRef = {
  level: 'national' | 'province' | 'commune' | 'agency';
  provinceCode: string | null;
  communeCode: string | null;
  agencyId: string | null;
};

async function place(db: DbOrTx, code: string | null): Promise<PlaceName> {
  const unit = code ? await findUnitIn(db, '2025', code) : undefined;
  // A unit missing from the reference data still gets a document: its code stands in for its name.
  return unit ? { type: unit.type, shortName: unit.shortName } : { type: '', shortName: code ?? '' };
}

/** The names the documents of a unit are written with (issuer, place, the body reported to). */
export async function loadExportUnit(db: DbOrTx, ref: UnitRef): Promise<ExportUnit> {
  switch (ref.level) {
    case 'national':
      return NATIONAL_EXPORT_UNIT;
    case 'province':
      return provinceExportUnit(await place(db, ref.provinceCode));
    case 'commune':
      return communeExportUnit(await place(db, ref.communeCode), await place(db, ref.provinceCode));
    case 'agency': {
      const agency = ref.agencyId
        ? await db.selectFrom('agencies').select('name').where('id', '=', ref.agencyId).executeTakeFirst()
        : undefined;
      return agencyExportUnit(agency?.name ?? '', await place(db, ref.provinceCode));
    }
  }
}

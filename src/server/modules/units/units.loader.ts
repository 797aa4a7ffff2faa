import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from '../../db/open-db';
import type { Tx } from '../../db/transaction';
import { parseCsvObjects } from '../../lib/csv';
import { recordAudit, SYSTEM_ACTOR } from '../../audit/audit.repo';

/** data/admin-units (see its README: sources, licence, caveats). */
export const ADMIN_UNITS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/admin-units',
);
const DATASET = 'admin-units';
const FILES = [
  'units-2025.csv',
  'units-pre2025.csv',
  'mapping-2025.csv',
  'mapping-2025-provinces.csv',
] as const;
const CHUNK = 2000;

type UnitCsv = Record<
  'code' | 'name' | 'type' | 'level' | 'parent_code' | 'short_name' | 'name_en' | 'short_name_en',
  string
>;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The province of every unit of a list: a commune's parent is a district before 2025 and a province after. */
function provinceOf(units: UnitCsv[]): (u: UnitCsv) => string {
  const byCode = new Map(units.map((u) => [u.code, u]));
  return (u) => {
    let cur: UnitCsv | undefined = u;
    while (cur && cur.level !== 'province') cur = byCode.get(cur.parent_code);
    if (!cur) throw new Error(`admin units: no province above ${u.code}`);
    return cur.code;
  };
}

async function upsertUnits(tx: Tx, era: '2025' | 'pre2025', units: UnitCsv[]): Promise<void> {
  const province = provinceOf(units);
  for (const part of chunks(units, CHUNK)) {
    await tx
      .insertInto('admin_units')
      .values(
        part.map((u) => ({
          era,
          code: u.code,
          name: u.name,
          short_name: u.short_name,
          type: u.type,
          level: u.level as 'province' | 'district' | 'commune',
          parent_code: u.parent_code || null,
          province_code: province(u),
          name_en: u.name_en || null,
          short_name_en: u.short_name_en || null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['era', 'code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          short_name: eb.ref('excluded.short_name'),
          type: eb.ref('excluded.type'),
          level: eb.ref('excluded.level'),
          parent_code: eb.ref('excluded.parent_code'),
          province_code: eb.ref('excluded.province_code'),
          name_en: eb.ref('excluded.name_en'),
          short_name_en: eb.ref('excluded.short_name_en'),
        })),
      )
      .execute();
  }
}

/**
 * Loads the administrative units and the official old→new mapping on start. Idempotent and cheap: the files'
 * checksum is recorded, and an unchanged set is not loaded again. A changed set (a new data release) updates units
 * in place, so codes referenced elsewhere stay valid. Returns whether anything was loaded.
 */
export async function loadAdminUnits(
  db: Db,
  dir = ADMIN_UNITS_DIR,
): Promise<{ loaded: boolean; rows: number }> {
  const texts = FILES.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const checksum = crypto.createHash('sha256').update(texts.join('\u0000')).digest('hex');
  const existing = await db
    .selectFrom('reference_datasets')
    .select('checksum')
    .where('name', '=', DATASET)
    .executeTakeFirst();
  if (existing?.checksum === checksum) return { loaded: false, rows: 0 };

  const [units2025, unitsPre, mapping, provinces] = texts.map((t) => parseCsvObjects(t)) as [
    UnitCsv[],
    UnitCsv[],
    Record<string, string>[],
    Record<string, string>[],
  ];
  const rows = units2025.length + unitsPre.length + mapping.length + provinces.length;
  await db.transaction().execute(async (tx) => {
    // Serialise loaders of several app instances starting together.
    await sql`SELECT pg_advisory_xact_lock(727536002)`.execute(tx);
    await upsertUnits(tx, '2025', units2025);
    await upsertUnits(tx, 'pre2025', unitsPre);
    await tx.deleteFrom('admin_unit_mapping').execute();
    for (const part of chunks(mapping, CHUNK)) {
      await tx
        .insertInto('admin_unit_mapping')
        .values(
          part.map((m) => ({
            old_commune_code: m.old_commune_code || null,
            new_commune_code: m.new_commune_code ?? '',
            old_district_code: m.old_district_code ?? '',
            old_province_code: m.old_province_code ?? '',
            new_province_code: m.new_province_code ?? '',
            partial: m.partial === '1',
            note: m.note ?? '',
            fix: m.fix ?? '',
          })),
        )
        .execute();
    }
    await tx.deleteFrom('admin_unit_province_mapping').execute();
    await tx
      .insertInto('admin_unit_province_mapping')
      .values(
        provinces.map((p) => ({
          old_province_code: p.old_province_code ?? '',
          new_province_code: p.new_province_code ?? '',
        })),
      )
      .execute();
    await tx
      .insertInto('reference_datasets')
      .values({ name: DATASET, checksum, row_count: rows })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ checksum, row_count: rows, loaded_at: sql`now()` as unknown as Date }),
      )
      .execute();
    await recordAudit(tx, SYSTEM_ACTOR, {
      operation: 'reference.load',
      targetType: 'reference_dataset',
      targetIds: [DATASET],
      counts: { units2025: units2025.length, unitsPre2025: unitsPre.length, mapping: mapping.length },
    });
  });
  // PGlite runs no autovacuum, so without this the planner never has statistics for these tables and picks
  // slower plans for unit search (measured: a two-letter search 15 ms before, 6 ms after).
  await sql`ANALYZE admin_units, admin_unit_mapping, admin_unit_province_mapping`.execute(db);
  return { loaded: true, rows };
}

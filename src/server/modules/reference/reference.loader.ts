import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from '../../db/open-db';
import { parseCsvObjects } from '../../lib/csv';
import { recordAudit, SYSTEM_ACTOR } from '../../audit/audit.repo';

/** data/reference (see its README: sources, what is verified, what an administrator may edit). */
export const REFERENCE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/reference',
);
const DATASET = 'children-reference';
export const REFERENCE_FILES = {
  ethnicGroups: 'ethnic-groups.csv',
  groups: 'circumstance-groups.csv',
  subgroups: 'circumstance-subgroups.csv',
  riskFlags: 'risk-flag-types.csv',
  harmTypes: 'harm-types.csv',
} as const;

type Rows = Record<keyof typeof REFERENCE_FILES, Record<string, string>[]>;

export function readReferenceFiles(dir = REFERENCE_DIR): { rows: Rows; checksum: string } {
  const texts = Object.values(REFERENCE_FILES).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const checksum = crypto.createHash('sha256').update(texts.join('\u0000')).digest('hex');
  const [ethnicGroups, groups, subgroups, riskFlags, harmTypes] = texts.map((t) => parseCsvObjects(t)) as [
    Record<string, string>[],
    Record<string, string>[],
    Record<string, string>[],
    Record<string, string>[],
    Record<string, string>[],
  ];
  return { rows: { ethnicGroups, groups, subgroups, riskFlags, harmTypes }, checksum };
}

const req = (r: Record<string, string>, k: string): string => {
  const v = r[k];
  if (v === undefined || v === '') throw new Error(`data/reference: missing ${k} in ${JSON.stringify(r)}`);
  return v;
};

/**
 * Loads the reference lists of the child register on start (ethnic groups, the 14 groups of Luật Trẻ em Điều 10,
 * their sub-groups, risk flag types). Idempotent and cheap: an unchanged set (same checksum) is not loaded again.
 * Facts fixed by law or verified are upserted; the editable, unverified rows are only inserted when missing, so an
 * administrator's correction survives a new release of the files.
 */
export async function loadChildReference(db: Db, dir = REFERENCE_DIR): Promise<{ loaded: boolean }> {
  const { rows, checksum } = readReferenceFiles(dir);
  const existing = await db
    .selectFrom('reference_datasets')
    .select('checksum')
    .where('name', '=', DATASET)
    .executeTakeFirst();
  if (existing?.checksum === checksum) return { loaded: false };

  const total =
    rows.ethnicGroups.length +
    rows.groups.length +
    rows.subgroups.length +
    rows.riskFlags.length +
    rows.harmTypes.length;
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(727536003)`.execute(tx);
    await tx
      .insertInto('ethnic_groups')
      .values(
        rows.ethnicGroups.map((r, i) => ({
          code: req(r, 'code'),
          name_vi: req(r, 'name_vi'),
          name_en: req(r, 'name_en'),
          sort: i + 1,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_vi: eb.ref('excluded.name_vi'),
          name_en: eb.ref('excluded.name_en'),
          sort: eb.ref('excluded.sort'),
        })),
      )
      .execute();
    await tx
      .insertInto('circumstance_groups')
      .values(
        rows.groups.map((r) => ({
          code: req(r, 'code'),
          name_vi: req(r, 'name_vi'),
          name_en: req(r, 'name_en'),
          decree_article: req(r, 'decree_article'),
          is_sensitive: req(r, 'is_sensitive') === '1',
          sort: Number(req(r, 'sort')),
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_vi: eb.ref('excluded.name_vi'),
          name_en: eb.ref('excluded.name_en'),
          decree_article: eb.ref('excluded.decree_article'),
          is_sensitive: eb.ref('excluded.is_sensitive'),
          sort: eb.ref('excluded.sort'),
        })),
      )
      .execute();
    const subgroups = rows.subgroups.map((r) => ({
      code: req(r, 'code'),
      group_code: req(r, 'group_code'),
      name_vi: req(r, 'name_vi'),
      name_en: r.name_en || null,
      verified: req(r, 'verified') === '1',
      sort: Number(req(r, 'sort')),
    }));
    const verified = subgroups.filter((s) => s.verified);
    const editable = subgroups.filter((s) => !s.verified);
    if (verified.length > 0)
      await tx
        .insertInto('circumstance_subgroups')
        .values(verified)
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            group_code: eb.ref('excluded.group_code'),
            name_vi: eb.ref('excluded.name_vi'),
            name_en: eb.ref('excluded.name_en'),
            verified: true,
            sort: eb.ref('excluded.sort'),
          })),
        )
        .execute();
    if (editable.length > 0)
      await tx
        .insertInto('circumstance_subgroups')
        .values(editable)
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    await tx
      .insertInto('risk_flag_types')
      .values(
        rows.riskFlags.map((r) => ({
          code: req(r, 'code'),
          name_vi: req(r, 'name_vi'),
          name_en: req(r, 'name_en'),
          sort: Number(req(r, 'sort')),
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    // Harm types (issue #4): an editable taxonomy, only inserted when missing.
    await tx
      .insertInto('harm_types')
      .values(
        rows.harmTypes.map((r) => ({
          code: req(r, 'code'),
          name_vi: req(r, 'name_vi'),
          name_en: req(r, 'name_en'),
          circular13_category: req(r, 'circular13_category'),
          sort: Number(req(r, 'sort')),
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    await tx
      .insertInto('reference_datasets')
      .values({ name: DATASET, checksum, row_count: total })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ checksum, row_count: total, loaded_at: sql`now()` as unknown as Date }),
      )
      .execute();
    await recordAudit(tx, SYSTEM_ACTOR, {
      operation: 'reference.load',
      targetType: 'reference_dataset',
      targetIds: [DATASET],
      counts: {
        ethnicGroups: rows.ethnicGroups.length,
        circumstanceGroups: rows.groups.length,
        subgroups: rows.subgroups.length,
        riskFlagTypes: rows.riskFlags.length,
      },
    });
  });
  return { loaded: true };
}

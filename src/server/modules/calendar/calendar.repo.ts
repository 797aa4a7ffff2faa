import { sql } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { CalendarOverrideKind } from '../../../shared/domain/Calendar';

export type OverrideRow = {
  date: string;
  kind: CalendarOverrideKind;
  nameVi: string;
  nameEn: string;
  source: string | null;
  updatedAt: Date;
  updatedByName: string | null;
};

/**
 * A short digest of the whole table's content, computed in the database: equal digests mean equal overrides. One
 * small aggregate query, so the cached calendar can be revalidated on every use and two app instances see each
 * other's edits at once.
 */
export async function overridesDigest(db: DbOrTx): Promise<string> {
  const row = await db
    .selectFrom('calendar_overrides')
    .select(
      sql<string>`count(*)::text || ':' || coalesce(md5(string_agg(
        to_char(date, 'YYYY-MM-DD') || chr(31) || kind || chr(31) || name_vi || chr(31) || name_en,
        chr(30) ORDER BY date)), '')`.as('digest'),
    )
    .executeTakeFirstOrThrow();
  return row.digest;
}

/** Overrides between two dates (both included), or all of them, by date. */
export async function listOverrides(
  db: DbOrTx,
  range?: { from: string; to: string },
): Promise<OverrideRow[]> {
  return db
    .selectFrom('calendar_overrides as o')
    .leftJoin('users as u', 'u.id', 'o.updated_by')
    .select([
      sql<string>`to_char(o.date, 'YYYY-MM-DD')`.as('date'),
      'o.kind',
      'o.name_vi as nameVi',
      'o.name_en as nameEn',
      'o.source',
      'o.updated_at as updatedAt',
      'u.display_name as updatedByName',
    ])
    .$if(range !== undefined, (qb) =>
      qb.where('o.date', '>=', range?.from ?? '').where('o.date', '<=', range?.to ?? ''),
    )
    .orderBy('o.date')
    .execute();
}

export async function findOverride(db: DbOrTx, date: string): Promise<OverrideRow | undefined> {
  const [row] = await listOverrides(db, { from: date, to: date });
  return row;
}

/** Inserts or replaces the override of a date. */
export async function upsertOverride(
  db: DbOrTx,
  values: {
    date: string;
    kind: CalendarOverrideKind;
    nameVi: string;
    nameEn: string;
    source: string | null;
    updatedBy: string | null;
  },
): Promise<void> {
  const row = {
    kind: values.kind,
    name_vi: values.nameVi,
    name_en: values.nameEn,
    source: values.source,
    updated_by: values.updatedBy,
  };
  await db
    .insertInto('calendar_overrides')
    .values({ date: values.date, ...row })
    .onConflict((oc) => oc.column('date').doUpdateSet({ ...row, updated_at: sql<Date>`now()` }))
    .execute();
}

/** Deletes the override of a date; false when there was none. */
export async function deleteOverride(db: DbOrTx, date: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_overrides').where('date', '=', date).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

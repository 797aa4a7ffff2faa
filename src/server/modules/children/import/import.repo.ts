import { sql } from 'kysely';
import type { DbOrTx } from '../../../db/transaction';

/**
 * Reference look-ups of an import and its set-based inserts. Each insert sends one batch as parallel arrays
 * (`INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`): one statement and one round trip per few
 * thousand rows, on PGlite and PostgreSQL alike, inside the import's single transaction.
 */
export type CommuneRef = { code: string; name: string; short_name: string; province_code: string };

export async function listAllCommunes(db: DbOrTx): Promise<CommuneRef[]> {
  return db
    .selectFrom('admin_units')
    .select(['code', 'name', 'short_name', 'province_code'])
    .where('era', '=', '2025')
    .where('level', '=', 'commune')
    .orderBy('province_code')
    .orderBy('name')
    .execute();
}

export type ChildBatch = {
  id: string[];
  personal_id: Array<string | null>;
  full_name: string[];
  birth_date: string[];
  birth_precision: string[];
  sex: string[];
  ethnicity_code: Array<string | null>;
  commune_code: string[];
  province_code: string[];
  village: Array<string | null>;
  address_line: Array<string | null>;
  household_poverty: string[];
  schooling: string[];
  school_name: Array<string | null>;
  disability_type: Array<string | null>;
  disability_level: Array<string | null>;
  health_insurance: Array<boolean | null>;
  birth_registered: Array<boolean | null>;
};

export type CaregiverBatch = {
  child_id: string[];
  relation: string[];
  full_name: string[];
  phone: Array<string | null>;
  is_primary: boolean[];
  sort: number[];
};

export type CircumstanceBatch = {
  id: string[];
  child_id: string[];
  group_key: string[];
  group_enc: string[];
  start_date: string[];
};

export function emptyChildBatch(): ChildBatch {
  return {
    id: [],
    personal_id: [],
    full_name: [],
    birth_date: [],
    birth_precision: [],
    sex: [],
    ethnicity_code: [],
    commune_code: [],
    province_code: [],
    village: [],
    address_line: [],
    household_poverty: [],
    schooling: [],
    school_name: [],
    disability_type: [],
    disability_level: [],
    health_insurance: [],
    birth_registered: [],
  };
}

export function emptyCaregiverBatch(): CaregiverBatch {
  return { child_id: [], relation: [], full_name: [], phone: [], is_primary: [], sort: [] };
}

export function emptyCircumstanceBatch(): CircumstanceBatch {
  return { id: [], child_id: [], group_key: [], group_enc: [], start_date: [] };
}

export async function insertChildBatch(
  db: DbOrTx,
  b: ChildBatch,
  meta: { createdBy: string; at: Date },
): Promise<void> {
  if (b.id.length === 0) return;
  await sql`
    INSERT INTO children (id, personal_id, full_name, birth_date, birth_precision, sex, ethnicity_code,
      commune_code, province_code, village, address_line, household_poverty, schooling, school_name,
      disability_type, disability_level, health_insurance, birth_registered, created_by, created_at, updated_at)
    SELECT u.*, ${meta.createdBy}::uuid, ${meta.at}::timestamptz, ${meta.at}::timestamptz
    FROM unnest(${b.id}::uuid[], ${b.personal_id}::text[], ${b.full_name}::text[], ${b.birth_date}::date[],
      ${b.birth_precision}::text[], ${b.sex}::text[], ${b.ethnicity_code}::text[], ${b.commune_code}::text[],
      ${b.province_code}::text[], ${b.village}::text[], ${b.address_line}::text[], ${b.household_poverty}::text[],
      ${b.schooling}::text[], ${b.school_name}::text[], ${b.disability_type}::text[], ${b.disability_level}::text[],
      ${b.health_insurance}::boolean[], ${b.birth_registered}::boolean[]) AS u`.execute(db);
}

export async function insertCaregiverBatch(db: DbOrTx, b: CaregiverBatch): Promise<void> {
  if (b.child_id.length === 0) return;
  await sql`
    INSERT INTO child_caregivers (child_id, relation, full_name, phone, is_primary, sort)
    SELECT * FROM unnest(${b.child_id}::uuid[], ${b.relation}::text[], ${b.full_name}::text[], ${b.phone}::text[],
      ${b.is_primary}::boolean[], ${b.sort}::integer[])`.execute(db);
}

export async function insertCircumstanceBatch(
  db: DbOrTx,
  b: CircumstanceBatch,
  meta: { createdBy: string; at: Date },
): Promise<void> {
  if (b.id.length === 0) return;
  await sql`
    INSERT INTO child_circumstances (id, child_id, group_key, group_enc, start_date, created_by, created_at)
    SELECT u.*, ${meta.createdBy}::uuid, ${meta.at}::timestamptz
    FROM unnest(${b.id}::uuid[], ${b.child_id}::uuid[], ${b.group_key}::text[], ${b.group_enc}::text[],
      ${b.start_date}::date[]) AS u`.execute(db);
}

/** One 'import' history row per child (who, when, which fields were given; the values are the row itself). */
export async function insertImportHistory(
  db: DbOrTx,
  childIds: readonly string[],
  fields: readonly string[],
  meta: { actorId: string; actorName: string | null; at: Date },
): Promise<void> {
  if (childIds.length === 0) return;
  await sql`
    INSERT INTO child_history (child_id, at, actor_id, actor_name, operation, fields)
    SELECT u.id, ${meta.at}::timestamptz, ${meta.actorId}::uuid, ${meta.actorName}::text, 'import',
      ${[...fields]}::text[]
    FROM unnest(${[...childIds]}::uuid[]) AS u(id)`.execute(db);
}

/** Active children holding any of these personal ids (anywhere: a personal id identifies one person nationally). */
export async function findTakenPersonalIds(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ personal_id: string }>`
    SELECT personal_id FROM children
     WHERE personal_id = ANY (${[...ids]}::text[]) AND status = 'active'`.execute(db);
  return new Set(rows.map((r) => r.personal_id));
}

/** 'circumstance.add' history rows (changes encrypted by the caller, as the register's own are). */
export async function insertCircumstanceHistory(
  db: DbOrTx,
  rows: ReadonlyArray<{ childId: string; changesEnc: string }>,
  meta: { actorId: string; actorName: string | null; at: Date },
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO child_history (child_id, at, actor_id, actor_name, operation, fields, changes_enc)
    SELECT u.id, ${meta.at}::timestamptz, ${meta.actorId}::uuid, ${meta.actorName}::text, 'circumstance.add',
      '{circumstance}'::text[], u.enc
    FROM unnest(${rows.map((r) => r.childId)}::uuid[], ${rows.map((r) => r.changesEnc)}::text[]) AS u(id, enc)`.execute(
    db,
  );
}

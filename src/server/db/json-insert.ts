import { sql, type RawBuilder } from 'kysely';

/**
 * `INSERT INTO table (columns) SELECT columns FROM jsonb_populate_recordset(NULL::table, $1)`: many rows as ONE
 * JSON parameter. Kysely's multi-row VALUES compiles a node per value and sends a parameter per value; this
 * statement is the same few bytes of SQL for 1 or 200 rows, and PostgreSQL converts each JSON field to its column's
 * type (uuid, timestamptz from ISO strings, text[] from JSON arrays, jsonb from nested objects — pass those as
 * objects, not strings). Columns are the keys any row defines; a row without one gets NULL there, not the column
 * default, so give every row the same keys. Usable as a data-modifying CTE to write several tables in one round trip.
 */
export function insertJsonRows(table: string, rows: readonly object[]): RawBuilder<unknown> {
  const columns = [
    ...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k as keyof typeof r] !== undefined))),
  ];
  if (columns.length === 0) throw new Error(`insertJsonRows: no columns for ${table}`);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  return sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`;
}

/** The keys any row defines (with a value other than undefined, which JSON drops): the columns to insert. */
export function jsonColumnsOf(rows: readonly object[]): string[] {
  const columns = [
    ...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k as keyof typeof r] !== undefined))),
  ];
  if (columns.length === 0) throw new Error('jsonColumnsOf: the rows define no column');
  return columns;
}

import type { CopySink } from './copy-sink';

/**
 * Bulk-load mode (what pg_restore does): when a seed is at least as large as the register it lands in, keeping
 * seven secondary indexes and a foreign-key check per row up to date during COPY costs far more than building them
 * once afterwards. Inside the seed's transaction the secondary indexes and the foreign keys of the loaded tables are
 * dropped, the rows are copied, and the same definitions are recreated (the foreign keys re-validated in one pass
 * each). A failure rolls back the DDL with the rows, so the schema is never left without them. Primary keys and
 * unique constraints stay.
 */
export type Deferred = {
  indexes: Array<{ name: string; def: string }>;
  fks: Array<{ table: string; name: string; def: string }>;
};

export async function deferIndexesAndKeys(sink: CopySink, tables: readonly string[]): Promise<Deferred> {
  const indexes = await sink.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY ($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [tables],
  );
  const fks = await sink.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY ($1::regclass[]) ORDER BY 1, 2`,
    [tables],
  );
  for (const fk of fks) await sink.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  for (const ix of indexes) await sink.query(`DROP INDEX ${ix.name}`);
  // The syllable vocabulary trigger (0012_children_search.sql) captures every copied row in a transition table,
  // which nearly doubles the cost of COPY; the vocabulary is filled in one pass after the load instead.
  await sink.query(`ALTER TABLE children DISABLE TRIGGER children_name_syllables_insert`);
  return { indexes, fks };
}

export async function restoreIndexesAndKeys(sink: CopySink, deferred: Deferred): Promise<void> {
  // More memory for sorting makes the btree and GIN builds of a million rows several times faster.
  await sink.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const ix of deferred.indexes) await sink.query(ix.def);
  for (const fk of deferred.fks)
    await sink.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
  await sink.query(`ALTER TABLE children ENABLE TRIGGER children_name_syllables_insert`);
  await sink.query(
    `INSERT INTO child_name_syllables (syllable)
     SELECT d.s FROM (SELECT DISTINCT unnest(f_name_syllables(name_search)) AS s FROM children) d
      WHERE d.s <> '' AND NOT EXISTS (SELECT 1 FROM child_name_syllables v WHERE v.syllable = d.s)
     ON CONFLICT (syllable) DO NOTHING`,
  );
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

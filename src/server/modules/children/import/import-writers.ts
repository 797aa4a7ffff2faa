import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { copyValue } from '../seed/copy-sink';
import {
  emptyCaregiverBatch,
  emptyChildBatch,
  emptyCircumstanceBatch,
  insertCaregiverBatch,
  insertChildBatch,
  insertCircumstanceBatch,
  insertCircumstanceHistory,
  insertImportHistory,
} from './import.repo';

/**
 * A batch of an import (parallel column arrays) and the two ways of writing it inside the import transaction:
 * multi-row INSERT … SELECT FROM unnest(…) through Kysely (any engine), or COPY FROM STDIN on the transaction's
 * own PostgreSQL connection (a server: no array literals to build and parse, heap multi-insert).
 */
export function newBatch() {
  return {
    kids: emptyChildBatch(),
    carers: emptyCaregiverBatch(),
    circs: emptyCircumstanceBatch(),
    /** History fields (comma-joined) → ids of the children given exactly those fields. */
    history: new Map<string, string[]>(),
    circHistory: [] as Array<{ childId: string; changesEnc: string }>,
  };
}
export type Batch = ReturnType<typeof newBatch>;

export type WriteMeta = { userId: string; displayName: string | null; at: Date };
export type BatchWriter = (b: Batch) => Promise<void>;

export function unnestWriter(tx: Kysely<Database>, m: WriteMeta): BatchWriter {
  const meta = { createdBy: m.userId, at: m.at };
  const historyMeta = { actorId: m.userId, actorName: m.displayName, at: m.at };
  return async (b) => {
    await insertChildBatch(tx, b.kids, meta);
    await insertCaregiverBatch(tx, b.carers);
    await insertCircumstanceBatch(tx, b.circs, meta);
    // Rows with the same fields share one statement.
    for (const [fields, ids] of b.history) await insertImportHistory(tx, ids, fields.split(','), historyMeta);
    await insertCircumstanceHistory(tx, b.circHistory, historyMeta);
  };
}

function copy(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  lines: string[],
): Promise<void> {
  if (lines.length === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    stream.on('finish', () => resolve());
    stream.on('error', reject);
    stream.end(`${lines.join('\n')}\n`);
  });
}

const CHILD_COLUMNS = [
  'id', 'personal_id', 'full_name', 'birth_date', 'birth_precision', 'sex', 'ethnicity_code', 'commune_code',
  'province_code', 'village', 'address_line', 'household_poverty', 'schooling', 'school_name', 'disability_type',
  'disability_level', 'health_insurance', 'birth_registered', 'created_by', 'created_at', 'updated_at',
] as const; // prettier-ignore

export function copyWriter(client: pg.PoolClient, m: WriteMeta): BatchWriter {
  const v = copyValue;
  const at = m.at.toISOString();
  const by = m.userId;
  const actor = `${by}\t${v(m.displayName)}`;
  return async (b) => {
    const k = b.kids;
    const kids = k.id.map(
      (id, i) =>
        `${id}\t${v(k.personal_id[i])}\t${v(k.full_name[i])}\t${k.birth_date[i]}\t${k.birth_precision[i]}\t` +
        `${k.sex[i]}\t${v(k.ethnicity_code[i])}\t${k.commune_code[i]}\t${k.province_code[i]}\t${v(k.village[i])}\t` +
        `${v(k.address_line[i])}\t${k.household_poverty[i]}\t${k.schooling[i]}\t${v(k.school_name[i])}\t` +
        `${v(k.disability_type[i])}\t${v(k.disability_level[i])}\t${v(k.health_insurance[i])}\t` +
        `${v(k.birth_registered[i])}\t${by}\t${at}\t${at}`,
    );
    await copy(client, 'children', CHILD_COLUMNS, kids);
    const g = b.carers;
    const carers = g.child_id.map(
      (id, i) =>
        `${id}\t${g.relation[i]}\t${v(g.full_name[i])}\t${v(g.phone[i])}\t${v(g.is_primary[i])}\t${g.sort[i]}`,
    );
    await copy(
      client,
      'child_caregivers',
      ['child_id', 'relation', 'full_name', 'phone', 'is_primary', 'sort'],
      carers,
    );
    const c = b.circs;
    const circs = c.id.map(
      (id, i) =>
        `${id}\t${c.child_id[i]}\t${c.group_key[i]}\t${c.group_enc[i]}\t${c.start_date[i]}\t${by}\t${at}`,
    );
    await copy(
      client,
      'child_circumstances',
      ['id', 'child_id', 'group_key', 'group_enc', 'start_date', 'created_by', 'created_at'],
      circs,
    );
    const history: string[] = [];
    for (const [fields, ids] of b.history)
      for (const id of ids) history.push(`${id}\t${at}\t${actor}\timport\t{${fields}}\t\\N`);
    for (const h of b.circHistory)
      history.push(`${h.childId}\t${at}\t${actor}\tcircumstance.add\t{circumstance}\t${h.changesEnc}`);
    await copy(
      client,
      'child_history',
      ['child_id', 'at', 'actor_id', 'actor_name', 'operation', 'fields', 'changes_enc'],
      history,
    );
  };
}

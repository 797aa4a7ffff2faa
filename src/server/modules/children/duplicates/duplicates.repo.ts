import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../../db/transaction';
import type { Scope } from '../../../../shared/permissions/scope';
import { childInScope } from '../children-scope';

/**
 * Queries of the duplicate review. Candidate pairs are found set-based inside the jurisdiction, then checked
 * against the register's exact rules (duplicate-candidates.ts): here only a cheap, index-served superset —
 * same commune and normalised name within two years (children_dup_name_birth_idx), or a shared caregiver phone
 * (child_caregivers_phone_idx) — leaving out pairs already decided (child_duplicate_decisions).
 */
export type RoughPair = { a: string; b: string };

function unitCondition(unitCode: string | undefined, alias: string): RawBuilder<boolean> {
  if (!unitCode) return sql<boolean>`true`;
  return unitCode.length === 5
    ? sql<boolean>`${sql.ref(`${alias}.commune_code`)} = ${unitCode}`
    : sql<boolean>`${sql.ref(`${alias}.province_code`)} = ${unitCode}`;
}

export async function findRoughPairs(
  db: DbOrTx,
  f: { scope: Scope; unitCode: string | undefined; asOf: string; limit: number },
): Promise<RoughPair[]> {
  const inA = sql.join(
    [
      childInScope(f.scope, 'a'),
      unitCondition(f.unitCode, 'a'),
      sql`a.status = 'active'`,
      sql`a.ages_out_on > ${f.asOf}::date`,
    ],
    sql` AND `,
  );
  const inB = sql.join(
    [
      childInScope(f.scope, 'b'),
      unitCondition(f.unitCode, 'b'),
      sql`b.status = 'active'`,
      sql`b.ages_out_on > ${f.asOf}::date`,
    ],
    sql` AND `,
  );
  const { rows } = await sql<RoughPair>`
    WITH pairs AS (
      SELECT a.id AS a, b.id AS b
        FROM children a
        JOIN children b ON b.commune_code = a.commune_code AND b.name_search = a.name_search AND b.id > a.id
         AND b.birth_date BETWEEN a.birth_date - interval '2 years' AND a.birth_date + interval '2 years'
       WHERE ${inA} AND ${inB}
      UNION
      SELECT LEAST(ga.child_id, gb.child_id), GREATEST(ga.child_id, gb.child_id)
        FROM child_caregivers ga
        JOIN child_caregivers gb ON gb.phone = ga.phone AND gb.child_id <> ga.child_id
        JOIN children a ON a.id = ga.child_id
        JOIN children b ON b.id = gb.child_id
       WHERE ga.phone IS NOT NULL AND ${inA} AND ${inB}
    )
    SELECT p.a, p.b FROM pairs p
     WHERE NOT EXISTS (SELECT 1 FROM child_duplicate_decisions d WHERE d.child_a = p.a AND d.child_b = p.b)
     ORDER BY p.a, p.b
     LIMIT ${f.limit}`.execute(db);
  return rows;
}

export async function listChildrenForReview(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<{
    id: string;
    personal_id: string | null;
    full_name: string;
    birth_date: string;
    birth_precision: 'day' | 'month' | 'year';
    sex: 'male' | 'female' | 'unknown';
    commune_code: string;
    village: string | null;
    created_at: Date;
    caregiver_names: string[];
    phones: string[];
  }>`
    SELECT c.id, c.personal_id, c.full_name, c.birth_date, c.birth_precision, c.sex, c.commune_code, c.village,
           c.created_at,
           COALESCE(array_agg(g.full_name ORDER BY g.sort) FILTER (WHERE g.id IS NOT NULL), '{}') AS caregiver_names,
           COALESCE(array_agg(g.phone ORDER BY g.sort) FILTER (WHERE g.phone IS NOT NULL), '{}') AS phones
      FROM children c
      LEFT JOIN child_caregivers g ON g.child_id = c.id
     WHERE c.id = ANY (${[...ids]}::uuid[])
     GROUP BY c.id`.execute(db);
  return rows;
}

/** Both children of a merge or dismissal, locked, inside the scope (a missing one is outside or absent). */
export async function lockPairInScope(db: DbOrTx, scope: Scope, ids: readonly [string, string]) {
  return db
    .selectFrom('children as c')
    .select(['c.id', 'c.status', 'c.merged_into', 'c.commune_code', 'c.province_code'])
    .where('c.id', 'in', [...ids])
    .where(childInScope(scope, 'c'))
    .orderBy('c.id')
    .forUpdate()
    .execute();
}

export async function findDecisionByTransaction(db: DbOrTx, transactionId: string) {
  return db
    .selectFrom('child_duplicate_decisions')
    .select(['child_a', 'child_b', 'decision'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
}

export type MovedCounts = { caregivers: number; circumstances: number; riskFlags: number; supports: number };

/**
 * Moves the merged child's caregivers, circumstances, risk flags and supports to the kept child. What the kept
 * child already has open stays with the merged record (it is still readable there, and nothing is doubled): a
 * caregiver with the same relation and name or phone, an open circumstance of the same group (blind index), an
 * open risk flag of the same type.
 */
export async function moveChildParts(db: DbOrTx, fromId: string, toId: string): Promise<MovedCounts> {
  const caregivers = await sql`
    UPDATE child_caregivers m SET child_id = ${toId}::uuid, is_primary = false,
           sort = m.sort + 100
     WHERE m.child_id = ${fromId}::uuid
       AND NOT EXISTS (SELECT 1 FROM child_caregivers k WHERE k.child_id = ${toId}::uuid
             AND ((k.relation = m.relation AND f_search_text(k.full_name) = f_search_text(m.full_name))
                  OR (k.phone IS NOT NULL AND k.phone = m.phone)))`.execute(db);
  const circumstances = await sql`
    UPDATE child_circumstances m SET child_id = ${toId}::uuid
     WHERE m.child_id = ${fromId}::uuid
       AND NOT (m.end_date IS NULL AND EXISTS (SELECT 1 FROM child_circumstances k
             WHERE k.child_id = ${toId}::uuid AND k.group_key = m.group_key AND k.end_date IS NULL))`.execute(
    db,
  );
  const riskFlags = await sql`
    UPDATE child_risk_flags m SET child_id = ${toId}::uuid
     WHERE m.child_id = ${fromId}::uuid
       AND NOT (m.until IS NULL AND EXISTS (SELECT 1 FROM child_risk_flags k
             WHERE k.child_id = ${toId}::uuid AND k.flag_code = m.flag_code AND k.until IS NULL))`.execute(
    db,
  );
  const supports = await sql`
    UPDATE child_supports SET child_id = ${toId}::uuid WHERE child_id = ${fromId}::uuid`.execute(db);
  const n = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0n);
  return {
    caregivers: n(caregivers),
    circumstances: n(circumstances),
    riskFlags: n(riskFlags),
    supports: n(supports),
  };
}

export async function markMerged(db: DbOrTx, id: string, into: string, now: Date): Promise<void> {
  await db
    .updateTable('children')
    .set({ status: 'merged', merged_into: into, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function touchChild(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db
    .updateTable('children')
    .set({ updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Records the pair as merged (a "not a duplicate" recorded earlier becomes "merged"). */
export async function recordMergeDecision(
  db: DbOrTx,
  pair: { a: string; b: string },
  decidedBy: string,
  transactionId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('child_duplicate_decisions')
    .values({
      child_a: pair.a,
      child_b: pair.b,
      decision: 'merged',
      decided_by: decidedBy,
      decided_at: now,
      transaction_id: transactionId,
    })
    .onConflict((oc) =>
      oc.columns(['child_a', 'child_b']).doUpdateSet({
        decision: 'merged',
        decided_by: decidedBy,
        decided_at: now,
        transaction_id: transactionId,
      }),
    )
    .execute();
}

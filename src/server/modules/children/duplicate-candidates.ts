import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { Scope } from '../../../shared/permissions/scope';
import type { DuplicateCandidate, DuplicateReason } from '../../../shared/domain/Child';
import { addYearsMonths, latestBirthDate, type BirthPrecision } from '../../../shared/reference/child-age';
import { childInScope } from './children-scope';

/**
 * Duplicate candidates of a child about to be created or imported (issue #3 item 4), by three criteria:
 *  1. the same personal id (số định danh cá nhân);
 *  2. the same name compared without diacritics, case and extra spaces (children.name_search = f_search_text),
 *     in the same commune, with a birth date close enough (the tolerance below);
 *  3. a caregiver with the same phone number.
 * Pairs already reviewed as "not a duplicate" (child_duplicate_decisions) are skipped when the probe is an
 * existing child (`id`). Only active (not merged) children are candidates.
 *
 * Birth-date tolerance: a child's birth period is [birth_date, last possible day] (one day when exact, a month or
 * a year when estimated). Two periods match when they are less than 30 days apart if both dates are exact — a
 * mistyped day, or a date remembered a few weeks off — and less than one year apart when either is estimated
 * (an estimated year is often off by one).
 *
 * Set-based: `findDuplicateCandidatesBulk` checks many probes (an import batch) with one query per criterion,
 * joining `unnest()` of the probes' arrays to the indexes (children_personal_id_idx, children_dup_name_birth_idx,
 * child_caregivers_phone_idx), then one query for the candidates' details and one for the recorded decisions.
 * `findDuplicateCandidates` is the same for one probe.
 */
export type DuplicateProbe = {
  /** The existing child being checked (the duplicates review); undefined for a new or imported row. */
  id?: string | undefined;
  personalId?: string | null | undefined;
  fullName: string;
  /** The stored form: the first day of the estimated period (normaliseBirthDate). */
  birthDate: string;
  birthPrecision: BirthPrecision;
  communeCode: string;
  /** Normalised caregiver phones (normalisePhone). */
  phones?: readonly (string | null)[] | undefined;
};

export type DuplicateOptions = {
  /** Children never proposed (e.g. the probe itself, or the rows of the same import). */
  excludeIds?: readonly string[];
  /** Candidates per probe, best first (default 10). */
  limit?: number;
  /** Only candidates inside this jurisdiction (a user's scope); none: the whole register. */
  scope?: Scope;
};

const DAY_TOLERANCE_DAYS = 30;
const ESTIMATE_TOLERANCE_YEARS = 1;
const REASON_ORDER: readonly DuplicateReason[] = ['personal_id', 'name_birth_commune', 'caregiver_phone'];

type Hit = { idx: number; child_id: string };

export async function findDuplicateCandidates(
  db: DbOrTx,
  input: DuplicateProbe,
  opts: DuplicateOptions = {},
): Promise<DuplicateCandidate[]> {
  const [first] = await findDuplicateCandidatesBulk(db, [input], opts);
  return first ?? [];
}

/** Candidates of each probe, in the probes' order (an empty list for a probe without candidates). */
export async function findDuplicateCandidatesBulk(
  db: DbOrTx,
  probes: readonly DuplicateProbe[],
  opts: DuplicateOptions = {},
): Promise<DuplicateCandidate[][]> {
  const limit = opts.limit ?? 10;
  const scopeCond: RawBuilder<boolean> = opts.scope ? childInScope(opts.scope, 'c') : sql<boolean>`true`;
  const reasons = probes.map(() => new Map<string, Set<DuplicateReason>>());
  const add = (rows: Hit[], reason: DuplicateReason) => {
    for (const r of rows) {
      const m = reasons[r.idx];
      if (!m) continue;
      const set = m.get(r.child_id) ?? new Set<DuplicateReason>();
      set.add(reason);
      m.set(r.child_id, set);
    }
  };

  // 1. Personal id
  const pid = probes.flatMap((p, idx) => (p.personalId ? [{ idx, v: p.personalId }] : []));
  if (pid.length > 0) {
    const { rows } = await sql<Hit>`
      SELECT p.idx, c.id AS child_id
      FROM unnest(${pid.map((x) => x.v)}::text[], ${pid.map((x) => x.idx)}::int[]) AS p(personal_id, idx)
      JOIN children c ON c.personal_id = p.personal_id AND c.status = 'active'
      WHERE ${scopeCond}`.execute(db);
    add(rows, 'personal_id');
  }

  // 2. Name (without diacritics) + birth date within the tolerance + commune
  if (probes.length > 0) {
    // The widest window any pair of precisions may need (an index range); the exact test is in SQL below.
    const lo = probes.map((p) => addYearsMonths(p.birthDate, -ESTIMATE_TOLERANCE_YEARS - 1));
    const hi = probes.map((p) =>
      addYearsMonths(latestBirthDate(p.birthDate, p.birthPrecision), ESTIMATE_TOLERANCE_YEARS),
    );
    const { rows } = await sql<Hit>`
      SELECT p.idx, c.id AS child_id
      FROM unnest(
        ${probes.map((p) => p.fullName)}::text[],
        ${probes.map((p) => p.communeCode)}::text[],
        ${probes.map((p) => p.birthDate)}::date[],
        ${probes.map((p) => p.birthPrecision)}::text[],
        ${lo}::date[],
        ${hi}::date[],
        ${probes.map((_, i) => i)}::int[]
      ) AS p(full_name, commune_code, birth_date, birth_precision, lo, hi, idx)
      JOIN children c
        ON c.commune_code = p.commune_code
       AND c.name_search = f_search_text(p.full_name)
       AND c.birth_date BETWEEN p.lo AND p.hi
       AND c.status = 'active'
      CROSS JOIN LATERAL (
        SELECT CASE WHEN p.birth_precision = 'day' AND c.birth_precision = 'day'
                    THEN interval '${sql.raw(String(DAY_TOLERANCE_DAYS))} days'
                    ELSE interval '${sql.raw(String(ESTIMATE_TOLERANCE_YEARS))} year' END AS tol,
               (CASE p.birth_precision WHEN 'day' THEN p.birth_date
                  WHEN 'month' THEN p.birth_date + interval '1 month' - interval '1 day'
                  ELSE p.birth_date + interval '1 year' - interval '1 day' END)::date AS p_end,
               (CASE c.birth_precision WHEN 'day' THEN c.birth_date
                  WHEN 'month' THEN c.birth_date + interval '1 month' - interval '1 day'
                  ELSE c.birth_date + interval '1 year' - interval '1 day' END)::date AS c_end
      ) w
      WHERE c.birth_date < p_end + w.tol
        AND c_end > p.birth_date - w.tol
        AND ${scopeCond}`.execute(db);
    add(rows, 'name_birth_commune');
  }

  // 3. Caregiver phone
  const ph = probes.flatMap((p, idx) =>
    [...new Set((p.phones ?? []).filter((x): x is string => !!x))].map((v) => ({ idx, v })),
  );
  if (ph.length > 0) {
    const { rows } = await sql<Hit>`
      SELECT DISTINCT p.idx, c.id AS child_id
      FROM unnest(${ph.map((x) => x.v)}::text[], ${ph.map((x) => x.idx)}::int[]) AS p(phone, idx)
      JOIN child_caregivers g ON g.phone = p.phone
      JOIN children c ON c.id = g.child_id AND c.status = 'active'
      WHERE ${scopeCond}`.execute(db);
    add(rows, 'caregiver_phone');
  }

  // Leave out the probe itself, the excluded ids and the pairs reviewed as "not a duplicate".
  const exclude = new Set(opts.excludeIds ?? []);
  probes.forEach((p, i) => {
    const m = reasons[i];
    if (!m) return;
    if (p.id) m.delete(p.id);
    for (const id of exclude) m.delete(id);
  });
  await dropDismissedPairs(db, probes, reasons);

  const ids = [...new Set(reasons.flatMap((m) => [...m.keys()]))];
  if (ids.length === 0) return probes.map(() => []);
  const details = await db
    .selectFrom('children as c')
    .leftJoin('admin_units as cu', (j) => j.on('cu.era', '=', '2025').onRef('cu.code', '=', 'c.commune_code'))
    .select([
      'c.id',
      'c.full_name',
      'c.birth_date',
      'c.birth_precision',
      'c.commune_code',
      'cu.name as commune_name',
    ])
    .where('c.id', 'in', ids)
    .execute();
  const byId = new Map(details.map((d) => [d.id, d]));
  return reasons.map((m) =>
    [...m.entries()]
      .flatMap(([id, rs]) => {
        const d = byId.get(id);
        if (!d) return [];
        const list = REASON_ORDER.filter((r) => rs.has(r));
        return [
          {
            id,
            fullName: d.full_name,
            birthDate: d.birth_date,
            birthPrecision: d.birth_precision,
            communeCode: d.commune_code,
            communeName: d.commune_name,
            reasons: list,
          },
        ];
      })
      // More criteria first, then the strongest criterion, then by name.
      .sort(
        (a, b) =>
          b.reasons.length - a.reasons.length ||
          REASON_ORDER.indexOf(a.reasons[0] ?? 'caregiver_phone') -
            REASON_ORDER.indexOf(b.reasons[0] ?? 'caregiver_phone') ||
          a.fullName.localeCompare(b.fullName, 'vi'),
      )
      .slice(0, limit),
  );
}

async function dropDismissedPairs(
  db: DbOrTx,
  probes: readonly DuplicateProbe[],
  reasons: Map<string, Set<DuplicateReason>>[],
): Promise<void> {
  const pairs: { a: string; b: string; idx: number }[] = [];
  probes.forEach((p, idx) => {
    const m = reasons[idx];
    if (!p.id || !m) return;
    for (const other of m.keys())
      pairs.push(p.id < other ? { a: p.id, b: other, idx } : { a: other, b: p.id, idx });
  });
  if (pairs.length === 0) return;
  const { rows } = await sql<{ a: string; b: string }>`
    SELECT d.child_a AS a, d.child_b AS b
    FROM unnest(${pairs.map((x) => x.a)}::uuid[], ${pairs.map((x) => x.b)}::uuid[]) AS p(a, b)
    JOIN child_duplicate_decisions d ON d.child_a = p.a AND d.child_b = p.b
    WHERE d.decision = 'not_duplicate'`.execute(db);
  const dismissed = new Set(rows.map((r) => `${r.a}|${r.b}`));
  for (const x of pairs) {
    if (!dismissed.has(`${x.a}|${x.b}`)) continue;
    const m = reasons[x.idx];
    const probeId = probes[x.idx]?.id;
    m?.delete(x.a === probeId ? x.b : x.a);
  }
}

/** Records pairs as "not a duplicate" (a confirmed create, or the review screen); existing decisions stay. */
export async function recordNotDuplicate(
  db: DbOrTx,
  childId: string,
  otherIds: readonly string[],
  decidedBy: string | null,
): Promise<void> {
  const rows = otherIds
    .filter((o) => o !== childId)
    .map((o) =>
      childId < o
        ? { child_a: childId, child_b: o, decision: 'not_duplicate' as const, decided_by: decidedBy }
        : { child_a: o, child_b: childId, decision: 'not_duplicate' as const, decided_by: decidedBy },
    );
  if (rows.length === 0) return;
  await db
    .insertInto('child_duplicate_decisions')
    .values(rows)
    .onConflict((oc) => oc.columns(['child_a', 'child_b']).doNothing())
    .execute();
}

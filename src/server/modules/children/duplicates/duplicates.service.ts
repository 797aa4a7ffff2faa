import { recordAudit } from '../../../audit/audit.repo';
import { AppError } from '../../../http/app-error';
import type {
  DismissInput,
  DuplicateChild,
  DuplicateListQuery,
  DuplicatePair,
  MergeInput,
  MergeResult,
} from '../../../../shared/domain/ChildImport';
import type { DuplicateReason } from '../../../../shared/domain/Child';
import type { Scope } from '../../../../shared/permissions/scope';
import { vietnamToday } from '../../../../shared/reference/child-age';
import type { ChildrenCaller, ChildrenDeps } from '../children.service';
import { findDuplicateCandidatesBulk, recordNotDuplicate } from '../duplicate-candidates';
import { writeChildHistory } from '../history.service';
import {
  findDecisionByTransaction,
  findRoughPairs,
  listChildrenForReview,
  lockPairInScope,
  markMerged,
  moveChildParts,
  recordMergeDecision,
  touchChild,
} from './duplicates.repo';

/**
 * The duplicate review (issue #3 item 4, journey J3): candidate pairs inside the jurisdiction that nobody has
 * decided yet; a merge (the merged record stays, with its history, marked 'merged' and pointing at the kept one,
 * whose history gets a 'merge' row too); or "not a duplicate", remembered so the pair is not proposed again.
 */
const REASON_ORDER: readonly DuplicateReason[] = ['personal_id', 'name_birth_commune', 'caregiver_phone'];

/** Pairs inside the jurisdiction (and the unit asked, if any: outside the jurisdiction the list is empty). */
export async function listDuplicatePairs(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  query: DuplicateListQuery,
): Promise<DuplicatePair[]> {
  const asOf = vietnamToday(deps.now());
  // A superset first (cheap, indexed), then the register's exact rules on the children it names.
  const rough = await findRoughPairs(deps.db, {
    scope: caller.scope,
    unitCode: query.unitCode,
    asOf,
    limit: Math.max(200, query.limit * 4),
  });
  if (rough.length === 0) return [];
  const ids = [...new Set(rough.flatMap((p) => [p.a, p.b]))];
  const children = await listChildrenForReview(deps.db, ids);
  const byId = new Map(children.map((c) => [c.id, c]));
  const probes = ids.flatMap((id) => {
    const c = byId.get(id);
    return c
      ? [
          {
            id,
            personalId: c.personal_id,
            fullName: c.full_name,
            birthDate: c.birth_date,
            birthPrecision: c.birth_precision,
            communeCode: c.commune_code,
            phones: c.phones,
          },
        ]
      : [];
  });
  const candidates = await findDuplicateCandidatesBulk(deps.db, probes, { scope: caller.scope, limit: 50 });
  const reasonsOf = new Map<string, DuplicateReason[]>();
  probes.forEach((p, i) => {
    for (const c of candidates[i] ?? []) reasonsOf.set(`${p.id}|${c.id}`, c.reasons);
  });
  const toChild = (id: string): DuplicateChild | undefined => {
    const c = byId.get(id);
    if (!c) return undefined;
    return {
      id: c.id,
      fullName: c.full_name,
      birthDate: c.birth_date,
      birthPrecision: c.birth_precision,
      sex: c.sex,
      personalId: c.personal_id,
      communeCode: c.commune_code,
      village: c.village,
      caregiverNames: c.caregiver_names,
      createdAt: c.created_at.toISOString(),
    };
  };
  const pairs: DuplicatePair[] = [];
  for (const p of rough) {
    const reasons = reasonsOf.get(`${p.a}|${p.b}`) ?? reasonsOf.get(`${p.b}|${p.a}`);
    const a = toChild(p.a);
    const b = toChild(p.b);
    if (reasons && reasons.length > 0 && a && b) pairs.push({ a, b, reasons });
  }
  // Strongest evidence first: more criteria, then the strongest criterion.
  pairs.sort(
    (x, y) =>
      y.reasons.length - x.reasons.length ||
      REASON_ORDER.indexOf(x.reasons[0] ?? 'caregiver_phone') -
        REASON_ORDER.indexOf(y.reasons[0] ?? 'caregiver_phone'),
  );
  return pairs.slice(0, query.limit);
}

const ordered = (x: string, y: string) => (x < y ? { a: x, b: y } : { a: y, b: x });

/** Locks both children in scope: 404 when either is outside it or absent. */
async function lockBoth(tx: Parameters<typeof lockPairInScope>[0], scope: Scope, x: string, y: string) {
  const rows = await lockPairInScope(tx, scope, [x, y]);
  const first = rows.find((r) => r.id === x);
  const second = rows.find((r) => r.id === y);
  if (!first || !second) throw new AppError('NOT_FOUND');
  return [first, second] as const;
}

export async function mergeChildren(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  input: MergeInput,
): Promise<MergeResult> {
  return deps.db.transaction().execute(async (tx) => {
    const [keep, merge] = await lockBoth(tx, caller.scope, input.keepId, input.mergeId);
    const pair = ordered(keep.id, merge.id);
    const earlier = await findDecisionByTransaction(tx, input.transactionId);
    if (earlier) {
      // A retry of this merge answers its first result; the same id for another pair is a client bug.
      if (earlier.child_a !== pair.a || earlier.child_b !== pair.b || merge.merged_into !== keep.id)
        throw new AppError('CONFLICT');
      return { keepId: keep.id, mergeId: merge.id, moved: null };
    }
    if (keep.status !== 'active' || merge.status !== 'active')
      throw new AppError('CONFLICT', { messageId: 'child.merged' });
    const now = deps.now();
    const moved = await moveChildParts(tx, merge.id, keep.id);
    await markMerged(tx, merge.id, keep.id, now);
    await touchChild(tx, keep.id, now);
    await recordMergeDecision(tx, pair, caller.user.id, input.transactionId, now);
    // Both histories stay where they are; each child gets a 'merge' row naming the other.
    await writeChildHistory(tx, deps, caller, {
      childId: merge.id,
      operation: 'merge',
      changes: {
        status: { before: 'active', after: 'merged' },
        mergedInto: { before: null, after: keep.id },
      },
      transactionId: null,
    });
    await writeChildHistory(tx, deps, caller, {
      childId: keep.id,
      operation: 'merge',
      changes: { mergedFrom: { before: null, after: merge.id }, moved: { before: null, after: moved } },
      transactionId: null,
    });
    await recordAudit(tx, caller.actor, {
      operation: 'child.merge',
      targetType: 'child',
      targetIds: [keep.id, merge.id],
      unitCode: keep.commune_code,
      provinceCode: keep.province_code,
      counts: { ...moved },
    });
    return { keepId: keep.id, mergeId: merge.id, moved };
  });
}

/** "Not a duplicate": remembered for the pair (a merged pair stays merged). */
export async function dismissPair(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  input: DismissInput,
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const [a] = await lockBoth(tx, caller.scope, input.aId, input.bId);
    await recordNotDuplicate(tx, input.aId, [input.bId], caller.actor.userId);
    await recordAudit(tx, caller.actor, {
      operation: 'child.duplicate.dismiss',
      targetType: 'child',
      targetIds: [input.aId, input.bId],
      unitCode: a.commune_code,
      provinceCode: a.province_code,
    });
  });
}

import type { Scope } from '../../../../shared/permissions/scope';
import type { ChildrenDeps } from '../children.service';
import { findDuplicateCandidatesBulk } from '../duplicate-candidates';
import { findTakenPersonalIds } from './import.repo';
import type { SpooledRow } from './import-validate';

/**
 * Duplicates of a batch of import rows against the register, set-based (one query per criterion per batch). A
 * personal id held by an active child anywhere is an error (it identifies one person nationally, and the unique
 * index would refuse the insert). A candidate by name + birth date + commune or by caregiver phone — the register's
 * own rules, duplicate-candidates.ts, inside the importer's jurisdiction so no child outside it is revealed — is a
 * warning: the row is imported and the pair shows up in the duplicate review.
 */
export type RowDuplicate = { personalIdTaken?: boolean; candidateId?: string };

export async function findRegisterDuplicates(
  deps: ChildrenDeps,
  scope: Scope,
  rows: readonly SpooledRow[],
): Promise<Map<number, RowDuplicate>> {
  const out = new Map<number, RowDuplicate>();
  const taken = await findTakenPersonalIds(
    deps.db,
    rows.map((r) => r.child.personalId).filter((p): p is string => !!p),
  );
  const probes = rows.map((r) => ({
    // Personal ids are checked above, nationally.
    personalId: null,
    fullName: r.child.fullName,
    birthDate: r.child.birthDate,
    birthPrecision: r.child.birthPrecision,
    communeCode: r.child.communeCode,
    phones: r.child.caregivers.map((c) => c.phone),
  }));
  const candidates = await findDuplicateCandidatesBulk(deps.db, probes, { scope, limit: 1 });
  rows.forEach((r, i) => {
    if (r.child.personalId && taken.has(r.child.personalId)) out.set(r.line, { personalIdTaken: true });
    else {
      const first = candidates[i]?.[0];
      if (first) out.set(r.line, { candidateId: first.id });
    }
  });
  return out;
}

import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type {
  Child,
  ChildLookupQuery,
  ChildLookupResult,
  ChildViewQuery,
} from '../../../shared/domain/Child';
import { findChildInScope, lookupChildren as lookupRows } from './children.repo';
import { buildProfile, todayOf, toSummary, type ChildrenCaller, type ChildrenDeps } from './children.service';

/**
 * A child's profile inside the caller's jurisdiction (404 outside it), at the reference date (default today). The
 * view is audited with its purpose in the same transaction as the read (architecture.md convention 5).
 */
export async function getChild(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  query: ChildViewQuery,
): Promise<Child> {
  const asOf = query.asOf ?? todayOf(deps);
  return deps.db.transaction().execute(async (tx) => {
    const row = await findChildInScope(tx, caller.scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    const child = await buildProfile(tx, deps, caller.user, row, asOf);
    await recordAudit(tx, caller.actor, {
      operation: 'child.view',
      purpose: query.purpose,
      targetType: 'child',
      targetIds: [id],
      unitCode: row.commune_code,
      provinceCode: row.province_code,
      counts: { sensitiveVisible: child.sensitiveVisible ? 1 : 0 },
    });
    return child;
  });
}

/**
 * Exact look-up by personal id or caregiver phone, inside the jurisdiction only (a child elsewhere is not there).
 * Audited with the ids found, never with the searched value.
 */
export async function lookupChildren(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  query: ChildLookupQuery,
): Promise<ChildLookupResult> {
  const asOf = query.asOf ?? todayOf(deps);
  return deps.db.transaction().execute(async (tx) => {
    const rows = await lookupRows(tx, caller.scope, { personalId: query.personalId, phone: query.phone });
    await recordAudit(tx, caller.actor, {
      operation: 'child.lookup',
      targetType: 'child',
      targetIds: rows.map((r) => r.id),
      counts: { results: rows.length, byPersonalId: query.personalId ? 1 : 0, byPhone: query.phone ? 1 : 0 },
    });
    return { items: rows.map((r) => toSummary(r, asOf)) };
  });
}

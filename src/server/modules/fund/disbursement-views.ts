import type { DbOrTx } from '../../db/transaction';
import { recordAudit } from '../../audit/audit.repo';
import { Permission } from '../../../shared/permissions/Permission';
import { canAccess } from '../../../shared/permissions/scope';
import type { Disbursement, LedgerListQuery } from '../../../shared/domain/Fund';
import { fundOperation } from './fund-audit';
import { fundInReach, type FundCaller, type FundRow } from './fund-reach';
import type { FundDeps } from './funds.service';
import {
  allocationsOf,
  disbursementView,
  listDisbursementRows,
  type DisbursementRow,
} from './disbursements.repo';
import type { LedgerPage } from './ledger.repo';

/** Whether the caller's children.read reaches the child of a disbursement (the fund officer of its province). */
export function mayShowChild(caller: FundCaller, r: DisbursementRow): boolean {
  if (!r.child_id || r.child_commune_code === null || r.child_province_code === null) return false;
  return canAccess(caller.user, Permission.childrenRead, {
    communeCode: r.child_commune_code,
    provinceCode: r.child_province_code,
  });
}

/**
 * Disbursements as the caller may see them. Showing a child's name is a read of child data: audited with the
 * children's ids (architecture.md convention 5), in the handle given (the caller's transaction when there is one).
 */
export async function disbursementViews(
  db: DbOrTx,
  caller: FundCaller,
  fund: FundRow,
  rows: readonly DisbursementRow[],
  opts: { audit: boolean } = { audit: true },
): Promise<Disbursement[]> {
  const allocations = await allocationsOf(
    db,
    rows.map((r) => r.id),
  );
  const views: Disbursement[] = [];
  const shownChildren = new Set<string>();
  for (const r of rows) {
    const show = mayShowChild(caller, r);
    if (show && r.child_id) shownChildren.add(r.child_id);
    views.push(disbursementView(r, allocations, show));
  }
  if (opts.audit && shownChildren.size > 0)
    await recordAudit(db, caller.actor, {
      operation: fundOperation('fund.disbursement.list'),
      provinceCode: fund.province_code,
      targetType: 'child',
      targetIds: [...shownChildren],
      counts: { disbursements: rows.length },
    });
  return views;
}

export async function listDisbursements(
  db: DbOrTx,
  caller: FundCaller,
  fund: FundRow,
  page: LedgerPage,
): Promise<{ items: Disbursement[]; total: number }> {
  const { rows, total } = await listDisbursementRows(db, page);
  return { items: await disbursementViews(db, caller, fund, rows), total };
}

/** The ledger's disbursement list; the read of the children it names is audited in the same transaction. */
export async function listFundDisbursements(
  deps: FundDeps,
  caller: FundCaller,
  fundId: string,
  query: LedgerListQuery,
): Promise<{ items: Disbursement[]; total: number }> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  return deps.db
    .transaction()
    .execute(async (tx) => listDisbursements(tx, caller, fund, { fundId: fund.id, ...query }));
}

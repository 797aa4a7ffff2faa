import { AppError } from '../../http/app-error';
import type { Tx } from '../../db/transaction';
import type { Child } from '../../../shared/domain/Child';
import { findChildInScope, lockChildInScope, touchChild } from './children.repo';
import { buildProfile, todayOf, type ChildrenCaller, type ChildrenDeps } from './children.service';
import { findHistoryByTransaction } from './history.repo';
import { isUniqueViolation, type Place } from './children.rules';

/**
 * The frame of a change to a child's circumstances, risk flags or supports: one transaction that locks the child
 * inside the caller's jurisdiction (404 outside it), refuses a merged record, applies a transactionId once (a retry
 * answers with the current profile), bumps the child's version (an open edit form must reload) and answers with
 * the profile as the caller may see it.
 */
export async function changeChild(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  transactionId: string,
  apply: (tx: Tx, place: Place) => Promise<void>,
): Promise<Child> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const child = await lockChildInScope(tx, caller.scope, id);
      if (!child) throw new AppError('NOT_FOUND');
      const done = await findHistoryByTransaction(tx, transactionId);
      if (done) {
        if (done.child_id !== id) throw new AppError('CONFLICT');
        return;
      }
      if (child.status !== 'active') throw new AppError('CONFLICT', { messageId: 'child.merged' });
      await apply(tx, { communeCode: child.commune_code, provinceCode: child.province_code });
      await touchChild(tx, id, deps.now());
    });
  } catch (err) {
    // The same transactionId raced in and the first request applied it.
    if (!isUniqueViolation(err, 'child_history_transaction_id_key')) throw err;
  }
  const row = await findChildInScope(deps.db, caller.scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return buildProfile(deps.db, deps, caller.user, row, todayOf(deps));
}

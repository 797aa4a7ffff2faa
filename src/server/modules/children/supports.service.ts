import crypto from 'node:crypto';
import { recordAudit } from '../../audit/audit.repo';
import type { Child, SupportInput } from '../../../shared/domain/Child';
import type { ChildrenCaller, ChildrenDeps } from './children.service';
import { changeChild } from './child-change';
import { insertSupport } from './child-parts.repo';
import { writeChildHistory } from './history.service';

/**
 * Records a support or benefit the child received (Nghị định 56/2017 Chương II Mục 2; Nghị định 20/2021 for social
 * assistance): type, amount in đồng or in kind, period, deciding document, provider.
 */
export async function addSupport(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  input: SupportInput,
): Promise<Child> {
  return changeChild(deps, caller, id, input.transactionId, async (tx, place) => {
    const sid = crypto.randomUUID();
    const values = {
      supportType: input.supportType,
      amountVnd: input.amountVnd ?? null,
      inKind: input.inKind,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd ?? null,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate ?? null,
      provider: input.provider,
    };
    await insertSupport(tx, {
      id: sid,
      child_id: id,
      support_type: values.supportType,
      amount_vnd: values.amountVnd,
      in_kind: values.inKind,
      period_start: values.periodStart,
      period_end: values.periodEnd,
      decision_number: values.decisionNumber,
      decision_date: values.decisionDate,
      provider: values.provider,
      created_by: caller.actor.userId,
      created_at: deps.now(),
    });
    await writeChildHistory(tx, deps, caller, {
      childId: id,
      operation: 'support.add',
      changes: { support: { before: null, after: { id: sid, ...values } } },
      transactionId: input.transactionId,
    });
    await recordAudit(tx, caller.actor, {
      operation: 'child.support.add',
      targetType: 'child',
      targetIds: [id, sid],
      unitCode: place.communeCode,
      provinceCode: place.provinceCode,
    });
  });
}

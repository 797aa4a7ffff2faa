import crypto from 'node:crypto';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Child, RiskFlagEndInput, RiskFlagInput } from '../../../shared/domain/Child';
import { riskFlagTypeExists } from '../reference/reference.service';
import type { ChildrenCaller, ChildrenDeps } from './children.service';
import { fieldError } from './children.rules';
import { changeChild } from './child-change';
import { endRiskFlag, findRiskFlag, hasOpenRiskFlag, insertRiskFlag } from './child-parts.repo';
import { writeChildHistory } from './history.service';

/** Raises an "at risk" flag (domain.md §1.3: an extendable list, data/reference/risk-flag-types.csv). */
export async function addRiskFlag(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  input: RiskFlagInput,
): Promise<Child> {
  return changeChild(deps, caller, id, input.transactionId, async (tx, place) => {
    if (!(await riskFlagTypeExists(tx, input.flagCode)))
      throw fieldError('flagCode', 'child.unknownReference', caller.locale);
    if (await hasOpenRiskFlag(tx, id, input.flagCode))
      throw new AppError('CONFLICT', { messageId: 'child.alreadyOpen' });
    const fid = crypto.randomUUID();
    await insertRiskFlag(tx, {
      id: fid,
      child_id: id,
      flag_code: input.flagCode,
      since: input.since,
      created_by: caller.actor.userId,
    });
    await writeChildHistory(tx, deps, caller, {
      childId: id,
      operation: 'riskflag.add',
      changes: {
        riskFlag: { before: null, after: { id: fid, flagCode: input.flagCode, since: input.since } },
      },
      transactionId: input.transactionId,
    });
    await recordAudit(tx, caller.actor, {
      operation: 'child.riskflag.add',
      targetType: 'child',
      targetIds: [id, fid],
      unitCode: place.communeCode,
      provinceCode: place.provinceCode,
    });
  });
}

export async function endChildRiskFlag(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  fid: string,
  input: RiskFlagEndInput,
): Promise<Child> {
  return changeChild(deps, caller, id, input.transactionId, async (tx, place) => {
    const flag = await findRiskFlag(tx, id, fid);
    if (!flag) throw new AppError('NOT_FOUND');
    if (flag.until !== null) throw new AppError('CONFLICT', { messageId: 'child.alreadyEnded' });
    if (input.until < flag.since) throw fieldError('until', 'field.endBeforeStart', caller.locale);
    await endRiskFlag(tx, fid, input.until);
    await writeChildHistory(tx, deps, caller, {
      childId: id,
      operation: 'riskflag.end',
      changes: {
        riskFlag: {
          before: { id: fid, flagCode: flag.flag_code, until: null },
          after: { id: fid, flagCode: flag.flag_code, until: input.until },
        },
      },
      transactionId: input.transactionId,
    });
    await recordAudit(tx, caller.actor, {
      operation: 'child.riskflag.end',
      targetType: 'child',
      targetIds: [id, fid],
      unitCode: place.communeCode,
      provinceCode: place.provinceCode,
    });
  });
}

import crypto from 'node:crypto';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Child, CircumstanceEndInput, CircumstanceInput } from '../../../shared/domain/Child';
import { isCircumstanceGroupCode, isSensitiveGroup } from '../../../shared/reference/circumstance-groups';
import { subgroupBelongsTo } from '../reference/reference.service';
import { cipherOf, mayReadSensitive, type ChildrenCaller, type ChildrenDeps } from './children.service';
import { fieldError } from './children.rules';
import { changeChild } from './child-change';
import {
  endCircumstance,
  findCircumstance,
  hasOpenCircumstance,
  insertCircumstance,
} from './child-parts.repo';
import { writeChildHistory } from './history.service';

/**
 * Marks a child as belonging to one of the 14 groups of Luật Trẻ em Điều 10 (optionally a sub-group of Nghị định
 * 56/2017 Điều 3–16) from a start date. The group is stored encrypted with a blind index (no plaintext group code
 * in the table); a sensitive group needs children.read_sensitive. A child is in a group at most once at a time.
 */
export async function addCircumstance(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  input: CircumstanceInput,
): Promise<Child> {
  const cipher = cipherOf(deps);
  return changeChild(deps, caller, id, input.transactionId, async (tx, place) => {
    if (isSensitiveGroup(input.groupCode) && !mayReadSensitive(caller.user, place))
      throw new AppError('FORBIDDEN', { messageId: 'child.sensitiveForbidden' });
    const subgroup = input.subgroupCode ?? null;
    if (subgroup !== null && !(await subgroupBelongsTo(tx, subgroup, input.groupCode)))
      throw fieldError('subgroupCode', 'child.subgroupMismatch', caller.locale);
    const key = cipher.groupKey(input.groupCode);
    if (await hasOpenCircumstance(tx, id, key))
      throw new AppError('CONFLICT', { messageId: 'child.alreadyOpen' });
    const cid = crypto.randomUUID();
    await insertCircumstance(tx, {
      id: cid,
      child_id: id,
      group_key: key,
      group_enc: cipher.encryptGroup(cid, input.groupCode),
      subgroup_enc: cipher.encryptSubgroup(cid, subgroup),
      start_date: input.startDate,
      note_enc: cipher.encryptNote(cid, input.note),
      created_by: caller.actor.userId,
      created_at: deps.now(),
    });
    await writeChildHistory(tx, deps, caller, {
      childId: id,
      operation: 'circumstance.add',
      changes: {
        circumstance: {
          before: null,
          after: {
            id: cid,
            groupCode: input.groupCode,
            subgroupCode: subgroup,
            startDate: input.startDate,
            note: input.note,
          },
        },
      },
      transactionId: input.transactionId,
    });
    // Ids only: the group code itself would tell what happened to the child.
    await recordAudit(tx, caller.actor, {
      operation: 'child.circumstance.add',
      targetType: 'child',
      targetIds: [id, cid],
      unitCode: place.communeCode,
      provinceCode: place.provinceCode,
    });
  });
}

/** Ends a membership at a date (never deleted: the row is its history). A sensitive one is invisible without the right. */
export async function endChildCircumstance(
  deps: ChildrenDeps,
  caller: ChildrenCaller,
  id: string,
  cid: string,
  input: CircumstanceEndInput,
): Promise<Child> {
  const cipher = cipherOf(deps);
  return changeChild(deps, caller, id, input.transactionId, async (tx, place) => {
    const row = await findCircumstance(tx, id, cid);
    if (!row) throw new AppError('NOT_FOUND');
    const code = cipher.decryptGroup(cid, row.group_enc);
    if (!isCircumstanceGroupCode(code)) throw new AppError('INTERNAL', { message: 'bad group code' });
    if (isSensitiveGroup(code) && !mayReadSensitive(caller.user, place)) throw new AppError('NOT_FOUND');
    if (row.end_date !== null) throw new AppError('CONFLICT', { messageId: 'child.alreadyEnded' });
    if (input.endDate < row.start_date) throw fieldError('endDate', 'field.endBeforeStart', caller.locale);
    await endCircumstance(tx, cid, input.endDate, caller.actor.userId, deps.now());
    await writeChildHistory(tx, deps, caller, {
      childId: id,
      operation: 'circumstance.end',
      changes: {
        circumstance: {
          before: { id: cid, groupCode: code, endDate: null },
          after: { id: cid, groupCode: code, endDate: input.endDate },
        },
      },
      transactionId: input.transactionId,
    });
    await recordAudit(tx, caller.actor, {
      operation: 'child.circumstance.end',
      targetType: 'child',
      targetIds: [id, cid],
      unitCode: place.communeCode,
      provinceCode: place.provinceCode,
    });
  });
}

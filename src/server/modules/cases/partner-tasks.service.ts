import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { PartnerTask, PartnerTaskList } from '../../../shared/domain/Case';
import type { CaseActionInput } from '../../../shared/domain/CaseAction';
import { actionDataProblem, allowedActions, type CaseActor } from '../../../shared/workflow/allowed-actions';
import { deriveCaseState, type CaseState } from '../../../shared/workflow/derive-case-state';
import type { CaseCaller } from './case-action.service';
import { workflowActionOf, type CaseDeps } from './case-append';
import { caseCipher } from './case-cipher';
import { reportedChildName, shortChildLabel } from './case-summary';
import { firstReportContents, listActionsOfCases } from './cases.read.repo';
import { countAgencyTasks, listAgencyTasks } from './partner-tasks.repo';

/** The most tasks one answer lists (the actionable ones come first). */
const MAX_TASKS = 200;

type PartnerActionType = PartnerTask['allowedActions'][number];
const PARTNER_ACTIONS: readonly PartnerActionType[] = ['TASK_ACCEPT', 'TASK_DECLINE', 'TASK_DONE', 'NOTE'];

/**
 * The plan tasks addressed to the caller's agency (issue #4 item 5), with the minimum the agency needs about the
 * child: a short label (given name and the family name's initial, never the full name or the address), sex and age.
 * Each task carries the actions the workflow allows the agency on it now, and the case's seq for expectedSeq.
 * The label is '' when no name was reported. Audited ('task.list').
 */
export async function listPartnerTasks(
  deps: CaseDeps,
  caller: CaseCaller,
): Promise<z.infer<typeof PartnerTaskList>> {
  const { scope } = caller;
  if (scope.kind !== 'agency') throw new AppError('FORBIDDEN');
  const actor: CaseActor = { kind: 'partner', agencyId: scope.agencyId };
  const cipher = caseCipher(deps.config.encryptionKey);
  return deps.db.transaction().execute(async (tx) => {
    const rows = await listAgencyTasks(tx, scope.agencyId, MAX_TASKS);
    const total = rows.length < MAX_TASKS ? rows.length : await countAgencyTasks(tx, scope.agencyId);
    const caseIds = [...new Set(rows.map((r) => r.case_id))];
    const states = statesOf(await listActionsOfCases(tx, caseIds));
    const reports = await firstReportContents(
      tx,
      rows.filter((r) => !r.child_name).map((r) => r.case_id),
    );
    const items = rows.flatMap((r): PartnerTask[] => {
      const state = states.get(r.case_id);
      if (!state) return [];
      return [
        {
          taskId: r.id,
          caseId: r.case_id,
          caseNumber: r.case_number,
          communeName: r.commune_name ?? r.commune_code,
          measure: r.measure,
          dueDate: r.due_date,
          status: r.status as PartnerTask['status'],
          description: cipher.decryptTaskDescription(r.id, r.description_enc),
          child: {
            label: shortChildLabel(r.child_name ?? reportedChildName(cipher, reports.get(r.case_id))) ?? '',
            sex: r.child_sex,
            ageYears: r.child_age_years,
          },
          allowedActions: taskActions(state, actor, r.id),
          seq: state.seq,
        },
      ];
    });
    await recordAudit(tx, caller.actor, {
      operation: 'task.list',
      targetType: 'case',
      targetIds: caseIds,
      counts: { results: items.length, total },
    });
    return { items, total };
  });
}

function statesOf(rows: Awaited<ReturnType<typeof listActionsOfCases>>): Map<string, CaseState> {
  const byCase = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byCase.get(r.case_id) ?? [];
    list.push(r);
    byCase.set(r.case_id, list);
  }
  return new Map([...byCase].map(([id, list]) => [id, deriveCaseState(list.map(workflowActionOf))]));
}

/** The case's allowed partner actions, narrowed to this task (accept/decline a pending one, finish a live one). */
function taskActions(state: CaseState, actor: CaseActor, taskId: string): PartnerActionType[] {
  const allowed = new Set<string>(allowedActions(state, actor));
  return PARTNER_ACTIONS.filter((type) => {
    if (!allowed.has(type)) return false;
    if (type === 'NOTE') return true;
    const probe = { type, transactionId: taskId, data: { taskId }, text: {} } as CaseActionInput;
    return actionDataProblem(state, actor, probe) === null;
  });
}

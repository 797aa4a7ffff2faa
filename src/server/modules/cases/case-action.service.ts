import { recordAudit, type AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { DbOrTx, Tx } from '../../db/transaction';
import type { CaseRow } from '../../db/schema';
import type { Locale } from '../../../shared/i18n/locale';
import type { CaseActionInput } from '../../../shared/domain/CaseAction';
import { scopeFor, type Scope, type ScopedUser } from '../../../shared/permissions/scope';
import { actionDataProblem, allowedActions, type CaseActor } from '../../../shared/workflow/allowed-actions';
import { deriveCaseState } from '../../../shared/workflow/derive-case-state';
import { fieldError, isUniqueViolation } from '../children/children.rules';
import { findChildFacts } from '../children/children.service';
import { isActiveAgency } from '../agencies/agencies.service';
import { notifyCaseEvent } from '../notifications/notify';
import { appendToLockedCase, workflowActionOf, type CaseDeps } from './case-append';
import { caseActorOf } from './case-actor';
import { communeOf, findActionByTransaction, listActionRows, lockCase } from './cases.repo';

export type CaseCaller = { actor: AuditActor; user: ScopedUser; scope: Scope; locale: Locale };
export type CaseActionResult = { caseId: string; seq: number; status: string; replayed: boolean };

const notFound = () => new AppError('NOT_FOUND');
const conflict = (
  messageId:
    | 'case.actionNotAllowed'
    | 'case.staleState'
    | 'case.taskNotActionable'
    | 'case.planTasksInvalid'
    | 'case.transferSameCommune',
  details?: Record<string, unknown>,
) => new AppError('CONFLICT', { messageId, ...(details ? { details } : {}) });

/** Whether the case row is inside the caller's cases.act scope (a partner: through a live task of its agency). */
async function inScope(tx: Tx, scope: Scope, c: CaseRow): Promise<boolean> {
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return c.province_code === scope.provinceCode;
    case 'commune':
      return c.commune_code === scope.communeCode;
    case 'agency': {
      const t = await tx
        .selectFrom('case_tasks')
        .select('id')
        .where('case_id', '=', c.id)
        .where('agency_id', '=', scope.agencyId)
        .where('status', 'not in', ['planned', 'cancelled'])
        .executeTakeFirst();
      return t !== undefined;
    }
    case 'tasks':
      return false;
  }
}

/**
 * Appends a user's action to a case (issue #4 item 4): the case must be in the caller's jurisdiction (else 404),
 * the action must be one the workflow allows this actor now (else 409 with the allowed actions), and its data must
 * fit the case (task states, agencies, communes). Audited and notified in the same transaction. A retry with the
 * same transactionId answers with the case as it is, without acting again.
 */
export async function takeCaseAction(
  deps: CaseDeps,
  caller: CaseCaller,
  caseId: string,
  input: CaseActionInput,
): Promise<CaseActionResult> {
  const replay = await replayOf(deps.db, caseId, input.transactionId);
  if (replay) return replay;
  await checkReferences(deps, caller, input);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const c = await lockCase(tx, caseId);
      if (!c || !(await inScope(tx, caller.scope, c))) throw notFound();
      // The same request sent again while this one waited for the lock has appended already: answer as a replay.
      const raced = await replayOf(tx, caseId, input.transactionId);
      if (raced) return raced;
      const actor = caseActorOf(caller.user, c);
      const prior = (await listActionRows(tx, caseId)).map(workflowActionOf);
      const state = deriveCaseState(prior);
      const allowed = actor ? allowedActions(state, actor) : [];
      if (!actor || !allowed.includes(input.type))
        throw conflict('case.actionNotAllowed', { allowedActions: allowed, status: state.status });
      if (input.expectedSeq !== undefined && input.expectedSeq !== state.seq)
        throw conflict('case.staleState', { seq: state.seq });
      const problem = actionDataProblem(state, actor, input);
      if (problem) throw conflict(problem as Parameters<typeof conflict>[0]);
      const place = await transferPlace(tx, caller, c, input);
      const at = deps.now();
      const appended = await appendToLockedCase(
        tx,
        deps,
        c,
        prior,
        {
          type: input.type,
          transactionId: input.transactionId,
          at,
          actor: actorRecord(caller, actor),
          data: input.data,
          text: input.text,
        },
        place,
      );
      const commune = place ?? { communeCode: c.commune_code, provinceCode: c.province_code };
      await recordAudit(tx, caller.actor, {
        operation: 'case.action',
        targetType: 'case',
        targetIds: [caseId],
        unitCode: commune.communeCode,
        provinceCode: commune.provinceCode,
        purpose: input.type,
        counts: { seq: appended.seq },
      });
      await notifyCaseEvent(tx, deps, {
        caseId,
        caseNumber: c.case_number,
        communeCode: commune.communeCode,
        provinceCode: commune.provinceCode,
        actionId: appended.actionId,
        type: input.type,
        data: input.data,
        state: appended.state,
        actorUserId: caller.user.id,
      });
      return { caseId, seq: appended.state.seq, status: appended.state.status, replayed: false };
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const raced = await replayOf(deps.db, caseId, input.transactionId);
    if (raced) return raced;
    throw err;
  }
}

function actorRecord(caller: CaseCaller, actor: CaseActor) {
  return {
    userId: caller.user.id,
    role: caller.user.role,
    kind: actor.kind,
    agencyId: actor.kind === 'partner' ? (actor.agencyId ?? null) : null,
  };
}

/** A retried request: the action exists already. Another case's transactionId is a client error (409). */
async function replayOf(db: DbOrTx, caseId: string, transactionId: string): Promise<CaseActionResult | null> {
  const done = await findActionByTransaction(db, transactionId);
  if (!done) return null;
  if (done.case_id !== caseId) throw conflict('case.staleState');
  const c = await db
    .selectFrom('cases')
    .select(['status', 'action_count'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { caseId, seq: c.action_count, status: c.status, replayed: true };
}

/** References in the data that must exist: agencies of plan tasks, the register child, the target commune. */
async function checkReferences(deps: CaseDeps, caller: CaseCaller, input: CaseActionInput): Promise<void> {
  const { locale } = caller;
  if (input.type === 'DRAFT_PLAN') {
    for (const [i, t] of input.data.tasks.entries())
      if (t.agencyId && !(await isActiveAgency(deps.db, t.agencyId)))
        throw fieldError(`data.tasks.${i}.agencyId`, 'case.agencyUnknown', locale);
  }
  if (input.type === 'TASK_REASSIGN' && !(await isActiveAgency(deps.db, input.data.agencyId)))
    throw fieldError('data.agencyId', 'case.agencyUnknown', locale);
  if (input.type === 'LINK_CHILD') {
    const scope = scopeFor(caller.user, 'children.read');
    if (!scope || !(await findChildFacts(deps.db, scope, input.data.childId)))
      throw fieldError('data.childId', 'case.childUnknown', locale);
  }
  if (input.type === 'TRANSFER' && !(await communeOf(deps.db, input.data.toCommuneCode)))
    throw fieldError('data.toCommuneCode', 'field.unitUnknown', locale);
}

/** TRANSFER: the new commune (a province officer transfers only inside the province). */
async function transferPlace(
  tx: Tx,
  caller: CaseCaller,
  c: CaseRow,
  input: CaseActionInput,
): Promise<{ communeCode: string; provinceCode: string } | undefined> {
  if (input.type !== 'TRANSFER') return undefined;
  if (input.data.toCommuneCode === c.commune_code) throw conflict('case.transferSameCommune');
  const to = await communeOf(tx, input.data.toCommuneCode);
  if (!to) throw fieldError('data.toCommuneCode', 'field.unitUnknown', caller.locale);
  if (caller.user.role === 'province_officer' && to.provinceCode !== caller.user.provinceCode)
    throw new AppError('FORBIDDEN', { messageId: 'error.forbidden' });
  return { communeCode: to.code, provinceCode: to.provinceCode };
}

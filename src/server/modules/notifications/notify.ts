import type { AppDeps } from '../../app-deps';
import type { Tx } from '../../db/transaction';
import type { CaseActionType } from '../../../shared/workflow/case-workflow';
import type { CaseState } from '../../../shared/workflow/derive-case-state';
import { mailOf } from './mail-texts';
import { insertNotifications, queueEmails, recipientsOf, type RecipientQuery } from './notifications.repo';

export { NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/domain/Notification';
import type { NotificationKind } from '../../../shared/domain/Notification';

export type CaseEvent = {
  caseId: string;
  caseNumber: string;
  communeCode: string;
  provinceCode: string;
  actionId: string;
  type: CaseActionType;
  data: Record<string, unknown>;
  state: CaseState;
  /** The user who acted is not notified of their own step. */
  actorUserId: string | null;
};

type Target = { kind: NotificationKind; to: RecipientQuery[] };

/** Who must hear of an action (issue #4 item 4: in-app notifications and e-mail). */
function targetsOf(e: CaseEvent): Target[] {
  const commune = (roles: RecipientQuery['roles']): RecipientQuery => ({ roles, unitCode: e.communeCode });
  const staff = commune(['commune_officer', 'commune_chairman']);
  const officers = commune(['commune_officer']);
  const chairman = commune(['commune_chairman']);
  const agencies = (ids: (string | null)[]): RecipientQuery[] =>
    ids.filter((x): x is string => !!x).map((agencyId) => ({ roles: ['partner_agency'], agencyId }));
  switch (e.type) {
    case 'RECEIVE':
    case 'LINK_REPORT':
      return [{ kind: 'case.new', to: [staff] }];
    case 'TRANSFER':
      return [{ kind: 'case.transferred', to: [staff] }];
    case 'ASSESS_INITIAL':
      return e.state.emergencyNeeded ? [{ kind: 'case.emergency_needed', to: [chairman] }] : [];
    case 'DRAFT_PLAN':
      return [{ kind: 'case.plan_submitted', to: [chairman] }];
    case 'RETURN_PLAN':
      return [{ kind: 'case.plan_returned', to: [officers] }];
    case 'APPROVE_PLAN': {
      const ids = e.state.tasks.filter((t) => t.planVersion === e.state.planVersion).map((t) => t.agencyId);
      return [
        { kind: 'case.plan_approved', to: [officers] },
        { kind: 'task.assigned', to: agencies([...new Set(ids)]) },
      ];
    }
    case 'TASK_REASSIGN':
      return [{ kind: 'task.assigned', to: agencies([String(e.data.agencyId)]) }];
    case 'TASK_DECLINE':
      return [{ kind: 'task.declined', to: [officers] }];
    case 'TASK_DONE':
      return [{ kind: 'task.done', to: [officers] }];
    case 'REVIEW':
      return [{ kind: 'case.reviewed', to: [chairman] }];
    case 'FLAG_OVERDUE':
      // Escalation: the commune and the province hear of a legal deadline that ran out.
      return [
        {
          kind: 'case.overdue',
          to: [staff, { roles: ['province_officer'], unitCode: e.provinceCode }],
        },
      ];
    case 'ACKNOWLEDGE':
    case 'VERIFY':
    case 'EMERGENCY_PROTECT':
    case 'ASSESS_NEEDS':
    case 'TASK_ACCEPT':
    case 'NOTE':
    case 'REPLAN':
    case 'CLOSE':
    case 'REOPEN':
    case 'LINK_CHILD':
      return [];
  }
}

/**
 * Writes the notifications and queues the e-mails of a case action, in the action's transaction. Both are keyed by
 * the action id, so a retried job cannot notify twice. Texts carry the case number and a link, never a child's name.
 */
export async function notifyCaseEvent(tx: Tx, deps: Pick<AppDeps, 'config'>, e: CaseEvent): Promise<void> {
  for (const target of targetsOf(e)) {
    if (target.to.length === 0) continue;
    const users = (await recipientsOf(tx, target.to)).filter((u) => u.id !== e.actorUserId);
    if (users.length === 0) continue;
    const params = { caseNumber: e.caseNumber, clock: e.type === 'FLAG_OVERDUE' ? e.data.clock : undefined };
    const dedupeKey = `${e.actionId}:${target.kind}`;
    await insertNotifications(
      tx,
      users.map((u) => ({
        user_id: u.id,
        kind: target.kind,
        case_id: e.caseId,
        params,
        dedupe_key: dedupeKey,
      })),
    );
    const mail = mailOf(target.kind, e.caseNumber, `${deps.config.publicUrl}/cases/${e.caseId}`);
    await queueEmails(
      tx,
      users
        .flatMap((u) => (u.email ? [{ ...u, email: u.email }] : []))
        .map((u) => ({
          to_address: u.email,
          user_id: u.id,
          subject: mail.subject,
          body: mail.body,
          dedupe_key: `${dedupeKey}:${u.id}`,
        })),
    );
  }
}

import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type {
  CaseDetail,
  CaseTaskView,
  CaseViewPurpose as CaseViewPurposeSchema,
} from '../../../shared/domain/Case';
import type { CaseActionRecord } from '../../../shared/domain/CaseAction';
import type { ReportContent, ReporterIdentity, ReportView } from '../../../shared/domain/Report';
import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor } from '../../../shared/permissions/scope';
import { allowedActions } from '../../../shared/workflow/allowed-actions';
import { clockState } from '../../../shared/workflow/case-clocks';
import { deriveCaseState } from '../../../shared/workflow/derive-case-state';
import type { CaseCaller } from './case-action.service';
import { caseActorOf } from './case-actor';
import { clocksOf, workflowActionOf, type CaseDeps } from './case-append';
import { caseCipher, type CaseCipher } from './case-cipher';
import { iso, toCaseSummary } from './case-summary';
import {
  findCaseInScope,
  findChildName,
  listActionsWithActors,
  listAttachmentMeta,
  listReportsOfCase,
  listTasksOfCase,
} from './cases.read.repo';

export type CaseViewPurpose = z.infer<typeof CaseViewPurposeSchema>;

type ReportRowView = Awaited<ReturnType<typeof listReportsOfCase>>[number];
type AttachmentMeta = Awaited<ReturnType<typeof listAttachmentMeta>>[number];

/**
 * The whole case for a user with cases.read in its jurisdiction (404 outside it, exactly like a missing case):
 * reports, actions and tasks decrypted, the legal clocks at deps.now(), and exactly the actions the viewer may take.
 * The reporter's identity goes only to the commune staff and the province officers of the case. The read is
 * audited ('case.view' with its purpose) in the same transaction. Also used to print the forms (purpose 'print').
 */
export async function getCaseDetail(
  deps: CaseDeps,
  caller: CaseCaller,
  caseId: string,
  purpose: CaseViewPurpose,
): Promise<CaseDetail> {
  const scope = scopeFor(caller.user, Permission.casesRead);
  if (!scope) throw new AppError('FORBIDDEN');
  const cipher = caseCipher(deps.config.encryptionKey);
  return deps.db.transaction().execute(async (tx) => {
    const row = await findCaseInScope(tx, scope, caseId);
    if (!row) throw new AppError('NOT_FOUND');
    const actionRows = await listActionsWithActors(tx, caseId);
    const reportRows = await listReportsOfCase(tx, caseId);
    const attachments = await listAttachmentMeta(
      tx,
      reportRows.map((r) => r.id),
    );
    const taskRows = await listTasksOfCase(tx, caseId);
    const state = deriveCaseState(actionRows.map(workflowActionOf));
    const now = deps.now();
    const clocks = (await clocksOf(tx, deps, state)).map((c) => ({ ...c, state: clockState(c, now) }));

    const actor = caseActorOf(caller.user, row);
    const mayAct = scopeFor(caller.user, Permission.casesAct) !== null;
    const seesReporter = actor !== null && actor.kind !== 'partner';
    const reports = reportRows.map((r) => reportView(cipher, r, attachments, seesReporter));
    const childName = row.child_id ? await findChildName(tx, row.child_id) : null;
    const childLabel =
      childName ?? reports.find((r) => r.content.child.fullName)?.content.child.fullName ?? null;

    const detail: CaseDetail = {
      ...toCaseSummary(row, row.commune_name, childLabel),
      childId: row.child_id,
      transferredFrom: transferredFrom(reportRows, actionRows),
      reports,
      actions: actionRows.map((a) => ({
        id: a.id,
        seq: a.seq,
        type: a.type,
        at: iso(a.at),
        actorId: a.actor_id,
        actorName: a.actor_name ?? null,
        actorRole: a.actor_role,
        actorKind: a.actor_kind,
        actorAgencyId: a.actor_agency_id,
        data: a.data,
        text: cipher.decryptActionText(caseId, a.id, a.text_enc),
      })) satisfies CaseActionRecord[],
      tasks: taskRows.map((t): CaseTaskView => ({
        taskId: t.id,
        planVersion: t.plan_version,
        measure: t.measure,
        agency: t.agency_id ? { id: t.agency_id, name: t.agency_name ?? '' } : null,
        dueDate: t.due_date,
        status: t.status,
        description: cipher.decryptTaskDescription(t.id, t.description_enc),
      })),
      clocks,
      allowedActions: mayAct && actor ? allowedActions(state, actor) : [],
      seq: state.seq,
    };
    await recordAudit(tx, caller.actor, {
      operation: 'case.view',
      purpose,
      targetType: 'case',
      targetIds: [caseId],
      unitCode: row.commune_code,
      provinceCode: row.province_code,
      counts: { reports: reportRows.length, actions: actionRows.length, reporterShown: seesReporter ? 1 : 0 },
    });
    return detail;
  });
}

/**
 * The communes the case was handled by before its current one, oldest first: the commune of its first report, then
 * each TRANSFER's target but the last.
 */
function transferredFrom(
  reports: readonly { commune_code: string; received_at: Date }[],
  actions: readonly { type: string; data: Record<string, unknown> }[],
): string[] {
  const targets = actions
    .filter((a) => a.type === 'TRANSFER' && typeof a.data.toCommuneCode === 'string')
    .map((a) => a.data.toCommuneCode as string);
  const first = reports[0]?.commune_code;
  if (targets.length === 0 || !first) return [];
  return [first, ...targets.slice(0, -1)];
}

function reportView(
  cipher: CaseCipher,
  r: ReportRowView,
  attachments: readonly AttachmentMeta[],
  seesReporter: boolean,
): ReportView {
  const reporter =
    seesReporter && r.reporter_enc ? cipher.decryptReporter<ReporterIdentity>(r.id, r.reporter_enc) : null;
  return {
    id: r.id,
    caseId: r.case_id,
    channel: r.channel as ReportView['channel'],
    receivedAt: iso(r.received_at),
    receivedBy: r.received_by ? { id: r.received_by, name: r.received_by_name ?? '' } : null,
    receivingAgency: r.receiving_agency_id
      ? { id: r.receiving_agency_id, name: r.receiving_agency_name ?? '' }
      : null,
    communeCode: r.commune_code,
    eventCommuneCode: r.event_commune_code,
    childId: r.child_id,
    harmTypes: r.harm_types,
    environment: r.environment as ReportView['environment'],
    perpetratorRelation: r.perpetrator_relation as ReportView['perpetratorRelation'],
    urgency: r.urgency as ReportView['urgency'],
    reporterAnonymous: r.reporter_anonymous,
    reporter,
    content: cipher.decryptReportContent<ReportContent>(r.id, r.content_enc),
    attachments: attachments
      .filter((a) => a.report_id === r.id)
      .map((a) => ({ id: a.id, contentType: a.content_type, byteSize: a.byte_size })),
  };
}

import { z } from 'zod';
import { CommuneCode, ProvinceCode, Uuid } from './Common';
import { CaseActionRecord } from './CaseAction';
import { ReportView, Urgency } from './Report';
import { CASE_STATUSES, CLOCK_KINDS } from '../workflow/case-workflow';
import { USER_ACTION_TYPES } from '../workflow/allowed-actions';

export const CaseStatusSchema = z.enum(CASE_STATUSES);
export const ClockKindSchema = z.enum(CLOCK_KINDS);

export const CaseParams = z.object({ id: Uuid });

/** Why a case is opened (architecture.md convention 5: every view of a child's data is audited with its purpose). */
export const CaseViewPurpose = z.enum(['case_work', 'supervision', 'inspection', 'task_work', 'print']);
export type CaseViewPurpose = z.infer<typeof CaseViewPurpose>;
export const CaseViewQuery = z.object({ purpose: CaseViewPurpose });

export const CaseClockView = z.object({
  kind: ClockKindSchema,
  taskId: Uuid.nullable(),
  startedAt: z.string(),
  dueAt: z.string(),
  stoppedAt: z.string().nullable(),
  state: z.enum(['running', 'overdue', 'met', 'late']),
  flagged: z.boolean(),
});
export type CaseClockView = z.infer<typeof CaseClockView>;

/** One row of a queue or list: no free text, the child only by a short label for those who may read the case. */
export const CaseSummary = z.object({
  id: Uuid,
  caseNumber: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  provinceCode: z.string(),
  status: CaseStatusSchema,
  urgency: Urgency,
  channel: z.string(),
  harmTypes: z.array(z.string()),
  receivedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  requiresAck: z.boolean(),
  emergencyNeeded: z.boolean().nullable(),
  nextDueAt: z.string().nullable(),
  nextDueKind: ClockKindSchema.nullable(),
  escalated: z.boolean(),
  lastActionAt: z.string(),
  childLabel: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseQueue = z.enum(['all', 'new', 'due_soon', 'overdue', 'open', 'closed']);
export const CaseListQuery = z.object({
  queue: CaseQueue.default('open'),
  communeCode: CommuneCode.optional(),
  status: CaseStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CaseList = z.object({ items: z.array(CaseSummary), total: z.number().int() });
export type CaseList = z.infer<typeof CaseList>;

export const CaseTaskView = z.object({
  taskId: Uuid,
  planVersion: z.number().int(),
  measure: z.string(),
  agency: z.object({ id: Uuid, name: z.string() }).nullable(),
  dueDate: z.string(),
  status: z.enum(['planned', 'pending', 'accepted', 'declined', 'done', 'cancelled']),
  description: z.string(),
});
export type CaseTaskView = z.infer<typeof CaseTaskView>;

/** GET /api/cases/:id — the whole case for those with cases.read in its jurisdiction (audited with purpose). */
export const CaseDetail = CaseSummary.extend({
  childId: Uuid.nullable(),
  transferredFrom: z.array(z.string()),
  reports: z.array(ReportView),
  actions: z.array(CaseActionRecord),
  tasks: z.array(CaseTaskView),
  clocks: z.array(CaseClockView),
  /** Exactly the actions the viewer may take now (src/shared/workflow/allowed-actions.ts). */
  allowedActions: z.array(z.enum(USER_ACTION_TYPES)),
  seq: z.number().int(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** Province / national dashboard (issue #4 item 8): counts only. */
export const CaseStatsQuery = z.object({ provinceCode: ProvinceCode.optional() });
export const CaseStats = z.object({
  byStatus: z.array(z.object({ status: CaseStatusSchema, count: z.number().int() })),
  byCommune: z.array(
    z.object({
      communeCode: z.string(),
      communeName: z.string(),
      open: z.number().int(),
      overdue: z.number().int(),
      escalated: z.number().int(),
    }),
  ),
  /** Median and 90th percentile hours from receipt to the first commune action, over the last 90 days. */
  timeToFirstAction: z.object({
    medianHours: z.number().nullable(),
    p90Hours: z.number().nullable(),
    cases: z.number().int(),
  }),
});
export type CaseStats = z.infer<typeof CaseStats>;

/** A partner agency's task (issue #4 item 5): the minimum child data the task needs. */
export const PartnerTask = z.object({
  taskId: Uuid,
  caseId: Uuid,
  caseNumber: z.string(),
  communeName: z.string(),
  measure: z.string(),
  dueDate: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'done']),
  description: z.string(),
  child: z.object({
    label: z.string(),
    sex: z.string().nullable(),
    ageYears: z.number().int().nullable(),
  }),
  allowedActions: z.array(z.enum(['TASK_ACCEPT', 'TASK_DECLINE', 'TASK_DONE', 'NOTE'])),
  seq: z.number().int(),
});
export type PartnerTask = z.infer<typeof PartnerTask>;
export const PartnerTaskList = z.object({ items: z.array(PartnerTask), total: z.number().int() });
export type PartnerTaskList = z.infer<typeof PartnerTaskList>;

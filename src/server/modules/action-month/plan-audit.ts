import type { AuditOperation } from '../../audit/operations';

/** The audited operations of Action Month themes, plans and activities (issue #5 items 1–2). */
export const AM_PLAN_OPERATIONS = [
  'action_month.theme.update',
  'action_month.plan.create',
  'action_month.plan.update',
  'action_month.plan.issue',
  'action_month.plan.file',
  'action_month.activity.create',
  'action_month.activity.update',
  'action_month.activity.delete',
] as const satisfies readonly AuditOperation[];
export type AmPlanOperation = (typeof AM_PLAN_OPERATIONS)[number];

/** The operation as the audit log's type (each is listed in src/server/audit/operations.ts). */
export const amOperation = (op: AmPlanOperation): AuditOperation => op;

import type { AuditOperation } from '../../audit/operations';

const OPERATIONS = {
  open: 'action_month.report.open',
  update: 'action_month.report.update',
  submit: 'action_month.report.submit',
  return: 'action_month.report.return',
  accept: 'action_month.report.accept',
} as const satisfies Record<string, AuditOperation>;

/** The audited operation of a result report step (each is listed in src/server/audit/operations.ts). */
export function amReportOperation(step: keyof typeof OPERATIONS): AuditOperation {
  return OPERATIONS[step];
}

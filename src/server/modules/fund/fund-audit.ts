import type { AuditOperation } from '../../audit/operations';

/** The audited operations of the fund (each is listed in src/server/audit/operations.ts). */
export const FUND_AUDIT_OPERATIONS = [
  'fund.create',
  'fund.campaign.create',
  'fund.donor.create',
  'fund.donation.create',
  'fund.disbursement.create',
  'fund.disbursement.list',
  'fund.disclosure.publish',
] as const satisfies readonly AuditOperation[];
export type FundAuditOperation = (typeof FUND_AUDIT_OPERATIONS)[number];

export function fundOperation(op: FundAuditOperation): AuditOperation {
  return op;
}

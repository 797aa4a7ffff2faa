/**
 * Every audited operation, named like the routes (architecture.md convention 5). Adding a capability adds its
 * operations here, so the audit viewer can offer them as a filter and a typo cannot create a new operation.
 */
export const AUDIT_OPERATIONS = [
  'auth.login',
  'auth.login.failed',
  'auth.logout',
  'auth.totp.enrol',
  'auth.totp.verify',
  'auth.totp.failed',
  'auth.recovery.regenerate',
  'auth.password.change',
  'auth.session.revoke',
  'user.create',
  'user.update',
  'user.view',
  'role.settings.update',
  'agency.create',
  'agency.update',
  'audit.view',
  'audit.verify',
  'reference.load',
  // child register core (issue #3)
  'child.create',
  'child.update',
  'child.view',
  'child.lookup',
  'child.circumstance.add',
  'child.circumstance.end',
  'child.riskflag.add',
  'child.riskflag.end',
  'child.support.add',
  'child.history.view',
  'child.stats.view',
  'demo.seed',
  'access.denied',
  // child register import/export and duplicate review (issue #3)
  'child.import',
  'child.export',
  'child.merge',
  'child.duplicate.dismiss',
  // child register search and synthetic data (issue #3)
  'child.search',
  'child.seed',
  // used by tests that prove audit atomicity
  'test.operation',
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

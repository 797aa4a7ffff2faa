/**
 * Permissions are typed strings (architecture.md convention 4). A role grants each of its permissions with a
 * jurisdiction; the route declares the permission, the jurisdiction decides which records it reaches.
 * Later capabilities add their permissions here (children.*, reports.*, cases.*, ...).
 */
export const Permission = {
  /** Read the administrative unit lists (reference data, not personal). */
  unitsRead: 'units.read',
  agenciesRead: 'agencies.read',
  agenciesManage: 'agencies.manage',
  usersRead: 'users.read',
  usersManage: 'users.manage',
  /** Change per-role settings such as "second factor required". National administrators only. */
  rolesManage: 'roles.manage',
  auditRead: 'audit.read',
  /** Child register (C3): find and view children, basic fields only. */
  childrenRead: 'children.read',
  /** See the sensitive fields and groups (abuse, HIV, drugs, conflict with the law, health notes). */
  childrenReadSensitive: 'children.read_sensitive',
  childrenWrite: 'children.write',
  /** Mark and end special-circumstance groups, risk flags, supports. */
  childrenCircumstances: 'children.circumstances',
  childrenImport: 'children.import',
  childrenExport: 'children.export',
  /** Review duplicates: merge or mark "not a duplicate". */
  childrenMerge: 'children.merge',
  /** Aggregate statistics of the register (no individual child). */
  childrenStats: 'children.stats',
  /** Record a report about a child (Mẫu 01). Anyone responsible may report about any commune (Nghị định 56 Điều 25). */
  reportsCreate: 'reports.create',
  /** See cases (and their reports) of the jurisdiction: case contents are sensitive, need to know only. */
  casesRead: 'cases.read',
  /** Append actions to cases; which action a role may take is decided by src/shared/workflow. */
  casesAct: 'cases.act',
  /** Aggregate figures of reports and cases (queues by status, overdue by commune), no case contents. */
  casesStats: 'cases.stats',
  /** Partner agencies: the plan tasks addressed to the user's agency, with the minimum child data they need. */
  tasksRead: 'tasks.read',
  /** Hotline 111 console: log contacts, transfer them to a commune, follow the transfers. */
  hotlineUse: 'hotline.use',
  /** Edit the working-day calendar (compensatory days). National administrators only. */
  calendarManage: 'calendar.manage',
  /** Edit the register's editable reference lists (sub-groups, risk flag types). National administrators only. */
  referenceManage: 'reference.manage',
  /** See the e-mail outbox (what was or would be sent). */
  outboxRead: 'outbox.read',
  /** Action Month (C6): see plans, result reports and roll-ups of the jurisdiction. */
  actionMonthRead: 'action_month.read',
  /** Make and issue the plan of the user's own level (commune, agency, province, nation). */
  actionMonthPlan: 'action_month.plan',
  /** Enter the results of the user's own unit and submit its report to the level above. */
  actionMonthReport: 'action_month.report',
  /** Accept or return the reports of the level below (province: communes and agencies; nation: provinces). */
  actionMonthReview: 'action_month.review',
  /** Set the yearly theme, slogans and deadlines. National officers only. */
  actionMonthThemes: 'action_month.themes',
  /** Child Sponsorship Fund (C7): campaigns, donors, donations, disbursements, balances. */
  fundRead: 'fund.read',
  /** Record donations and disbursements, run campaigns, publish disclosures. */
  fundManage: 'fund.manage',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];
export const ALL_PERMISSIONS = Object.values(Permission);

/**
 * How far a granted permission reaches.
 * - national: everything; province / commune: the user's own province or commune;
 * - unit: the user's own unit at its own level (national when the user has no unit), for roles such as inspector
 *   and administrator that exist at every level;
 * - agency: records addressed to the user's agency; tasks: records assigned to the user.
 */
export const Jurisdiction = {
  national: 'national',
  province: 'province',
  commune: 'commune',
  unit: 'unit',
  agency: 'agency',
  tasks: 'tasks',
} as const;
export type Jurisdiction = (typeof Jurisdiction)[keyof typeof Jurisdiction];

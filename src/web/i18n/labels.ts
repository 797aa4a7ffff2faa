import type { AgencyKind } from '../../shared/domain/Agency';
import type { Role } from '../../shared/permissions/roles';
import type { MessageId } from './catalogue';

/** Message ids of the role names (product.md §1), one per role so the i18n check sees every id used. */
export const ROLE_LABEL: Record<Role, MessageId> = {
  commune_officer: 'role.commune_officer',
  commune_chairman: 'role.commune_chairman',
  village_collaborator: 'role.village_collaborator',
  province_officer: 'role.province_officer',
  partner_agency: 'role.partner_agency',
  hotline_counsellor: 'role.hotline_counsellor',
  national_officer: 'role.national_officer',
  fund_officer: 'role.fund_officer',
  inspector: 'role.inspector',
  system_admin: 'role.system_admin',
};

export const AGENCY_KIND_LABEL: Record<AgencyKind, MessageId> = {
  health_department_child_office: 'agencyKind.health_department_child_office',
  commune_peoples_committee: 'agencyKind.commune_peoples_committee',
  police: 'agencyKind.police',
  school: 'agencyKind.school',
  health_facility: 'agencyKind.health_facility',
  legal_aid_centre: 'agencyKind.legal_aid_centre',
  social_work_centre: 'agencyKind.social_work_centre',
  mass_organisation: 'agencyKind.mass_organisation',
  sponsorship_fund: 'agencyKind.sponsorship_fund',
  hotline_111: 'agencyKind.hotline_111',
  ngo: 'agencyKind.ngo',
};

export function roleLabelId(role: string): MessageId | undefined {
  return (ROLE_LABEL as Record<string, MessageId | undefined>)[role];
}

/** Permission names for the role settings page; a permission added later shows its code until it gets a label. */
export const PERMISSION_LABEL: Partial<Record<string, MessageId>> = {
  'units.read': 'permission.unitsRead',
  'agencies.read': 'permission.agenciesRead',
  'agencies.manage': 'permission.agenciesManage',
  'users.read': 'permission.usersRead',
  'users.manage': 'permission.usersManage',
  'roles.manage': 'permission.rolesManage',
  'audit.read': 'permission.auditRead',
  'children.read': 'permission.childrenRead',
  'children.read_sensitive': 'permission.childrenReadSensitive',
  'children.write': 'permission.childrenWrite',
  'children.circumstances': 'permission.childrenCircumstances',
  'children.import': 'permission.childrenImport',
  'children.export': 'permission.childrenExport',
  'children.merge': 'permission.childrenMerge',
  'children.stats': 'permission.childrenStats',
  'reports.create': 'permission.reportsCreate',
  'cases.read': 'permission.casesRead',
  'cases.act': 'permission.casesAct',
  'cases.stats': 'permission.casesStats',
  'tasks.read': 'permission.tasksRead',
  'hotline.use': 'permission.hotlineUse',
  'calendar.manage': 'permission.calendarManage',
  'outbox.read': 'permission.outboxRead',
};

export const JURISDICTION_LABEL: Partial<Record<string, MessageId>> = {
  national: 'jurisdiction.national',
  province: 'jurisdiction.province',
  commune: 'jurisdiction.commune',
  unit: 'jurisdiction.unit',
  agency: 'jurisdiction.agency',
  tasks: 'jurisdiction.tasks',
};

/** Audit operations (src/server/audit/operations.ts) in words; unknown ones show their code. */
export const OPERATION_LABEL: Partial<Record<string, MessageId>> = {
  'auth.login': 'operation.authLogin',
  'auth.login.failed': 'operation.authLoginFailed',
  'auth.logout': 'operation.authLogout',
  'auth.totp.enrol': 'operation.authTotpEnrol',
  'auth.totp.verify': 'operation.authTotpVerify',
  'auth.totp.failed': 'operation.authTotpFailed',
  'auth.recovery.regenerate': 'operation.authRecoveryRegenerate',
  'auth.password.change': 'operation.authPasswordChange',
  'auth.session.revoke': 'operation.authSessionRevoke',
  'user.create': 'operation.userCreate',
  'user.update': 'operation.userUpdate',
  'user.view': 'operation.userView',
  'role.settings.update': 'operation.roleSettingsUpdate',
  'agency.create': 'operation.agencyCreate',
  'agency.update': 'operation.agencyUpdate',
  'audit.view': 'operation.auditView',
  'audit.verify': 'operation.auditVerify',
  'reference.load': 'operation.referenceLoad',
  'demo.seed': 'operation.demoSeed',
  'access.denied': 'operation.accessDenied',
  'calendar.override.set': 'operation.calendarOverrideSet',
  'calendar.override.delete': 'operation.calendarOverrideDelete',
  'report.create': 'operation.reportCreate',
  'report.public.create': 'operation.reportPublicCreate',
  'report.attachment.view': 'operation.reportAttachmentView',
  'case.action': 'operation.caseAction',
  'case.view': 'operation.caseView',
  'case.list': 'operation.caseList',
  'case.stats.view': 'operation.caseStatsView',
  'case.print': 'operation.casePrint',
  'task.list': 'operation.taskList',
  'hotline.contact.create': 'operation.hotlineContactCreate',
  'hotline.contact.view': 'operation.hotlineContactView',
  'hotline.transfer': 'operation.hotlineTransfer',
  'outbox.view': 'operation.outboxView',
};

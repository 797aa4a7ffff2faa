import { Jurisdiction as J, Permission as P, type Jurisdiction, type Permission } from './Permission';

/** Roles of product.md §1. Values are stored in users.role. */
export const Role = {
  communeOfficer: 'commune_officer',
  communeChairman: 'commune_chairman',
  villageCollaborator: 'village_collaborator',
  provinceOfficer: 'province_officer',
  partnerAgency: 'partner_agency',
  hotlineCounsellor: 'hotline_counsellor',
  nationalOfficer: 'national_officer',
  fundOfficer: 'fund_officer',
  inspector: 'inspector',
  systemAdmin: 'system_admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ALL_ROLES = Object.values(Role);

/** Which kind of unit a user of the role is attached to. `any`: a province, a commune, or none (national). */
export type RoleUnitLevel = 'commune' | 'province' | 'none' | 'any';

export type RoleDefinition = {
  unitLevel: RoleUnitLevel;
  /** Whether the role belongs to an agency (partner agencies, the fund, the hotline). */
  needsAgency: boolean;
  /** Default for role_settings.require_totp; administrators must always use a second factor. */
  requireTotpDefault: boolean;
  /** True where an administrator may not switch the second factor off. */
  totpMandatory: boolean;
  permissions: Partial<Record<Permission, Jurisdiction>>;
};

const base = { [P.unitsRead]: J.national } as const;

export const ROLES = {
  commune_officer: {
    unitLevel: 'commune',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    permissions: {
      ...base,
      [P.agenciesRead]: J.province,
      [P.childrenRead]: J.commune,
      [P.childrenReadSensitive]: J.commune,
      [P.childrenWrite]: J.commune,
      [P.childrenCircumstances]: J.commune,
      [P.childrenImport]: J.commune,
      [P.childrenExport]: J.commune,
      [P.childrenMerge]: J.commune,
      [P.childrenStats]: J.commune,
      [P.reportsCreate]: J.national,
      [P.casesRead]: J.commune,
      [P.casesAct]: J.commune,
      [P.casesStats]: J.commune,
      [P.actionMonthRead]: J.commune,
      [P.actionMonthPlan]: J.commune,
      [P.actionMonthReport]: J.commune,
    },
  },
  commune_chairman: {
    unitLevel: 'commune',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    permissions: {
      ...base,
      [P.agenciesRead]: J.province,
      [P.childrenRead]: J.commune,
      [P.childrenReadSensitive]: J.commune,
      [P.childrenStats]: J.commune,
      [P.reportsCreate]: J.national,
      [P.casesRead]: J.commune,
      [P.casesAct]: J.commune,
      [P.casesStats]: J.commune,
      [P.actionMonthRead]: J.commune,
      [P.actionMonthPlan]: J.commune,
      [P.actionMonthReport]: J.commune,
    },
  },
  village_collaborator: {
    unitLevel: 'commune',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    // Collaborators update basic child data in the field (product.md §1), never the sensitive fields.
    permissions: {
      ...base,
      [P.childrenRead]: J.commune,
      [P.childrenWrite]: J.commune,
      // Collaborators are often the first to notice a child at risk (Nghị định 56 Điều 25: everyone must report).
      [P.reportsCreate]: J.national,
    },
  },
  province_officer: {
    unitLevel: 'province',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    permissions: {
      ...base,
      [P.agenciesRead]: J.province,
      [P.usersRead]: J.province,
      [P.childrenRead]: J.province,
      [P.childrenReadSensitive]: J.province,
      [P.childrenExport]: J.province,
      [P.childrenStats]: J.province,
      [P.reportsCreate]: J.national,
      [P.casesRead]: J.province,
      [P.casesAct]: J.province,
      [P.casesStats]: J.province,
      [P.actionMonthRead]: J.province,
      [P.actionMonthPlan]: J.province,
      [P.actionMonthReport]: J.province,
      [P.actionMonthReview]: J.province,
    },
  },
  partner_agency: {
    unitLevel: 'any',
    needsAgency: true,
    requireTotpDefault: false,
    totpMandatory: false,
    // Partners see only the children of the tasks addressed to them (issue #4), and never the sensitive fields.
    permissions: {
      ...base,
      [P.agenciesRead]: J.agency,
      [P.childrenRead]: J.tasks,
      [P.reportsCreate]: J.national,
      [P.tasksRead]: J.agency,
      // Only the task actions (accept, decline, done, note) on tasks addressed to the agency: src/shared/workflow.
      [P.casesAct]: J.agency,
      // Action Month: the agency's own plan, the activities assigned to it and its result report to the province.
      [P.actionMonthRead]: J.agency,
      [P.actionMonthPlan]: J.agency,
      [P.actionMonthReport]: J.agency,
    },
  },
  hotline_counsellor: {
    unitLevel: 'none',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    // The hotline finds a child anywhere to link a call; it does not see the sensitive fields of the register.
    permissions: {
      ...base,
      [P.agenciesRead]: J.national,
      [P.childrenRead]: J.national,
      [P.reportsCreate]: J.national,
      [P.hotlineUse]: J.national,
    },
  },
  national_officer: {
    unitLevel: 'none',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    permissions: {
      ...base,
      [P.agenciesRead]: J.national,
      [P.usersRead]: J.national,
      [P.childrenStats]: J.national,
      [P.casesStats]: J.national,
      [P.actionMonthRead]: J.national,
      [P.actionMonthPlan]: J.national,
      [P.actionMonthReview]: J.national,
      [P.actionMonthThemes]: J.national,
      [P.fundRead]: J.national,
    },
  },
  fund_officer: {
    unitLevel: 'any',
    needsAgency: false,
    requireTotpDefault: false,
    totpMandatory: false,
    // A province fund officer reaches the province's fund and its children (to disburse to them); a national one all.
    permissions: {
      ...base,
      [P.agenciesRead]: J.unit,
      [P.childrenRead]: J.unit,
      [P.fundRead]: J.unit,
      [P.fundManage]: J.unit,
    },
  },
  inspector: {
    unitLevel: 'any',
    needsAgency: false,
    requireTotpDefault: true,
    totpMandatory: false,
    permissions: {
      ...base,
      [P.agenciesRead]: J.unit,
      [P.usersRead]: J.unit,
      [P.auditRead]: J.unit,
      [P.childrenRead]: J.unit,
      [P.childrenReadSensitive]: J.unit,
      [P.childrenStats]: J.unit,
      [P.casesRead]: J.unit,
      [P.casesStats]: J.unit,
      [P.actionMonthRead]: J.unit,
      [P.fundRead]: J.unit,
    },
  },
  system_admin: {
    unitLevel: 'any',
    needsAgency: false,
    requireTotpDefault: true,
    totpMandatory: true,
    permissions: {
      ...base,
      [P.agenciesRead]: J.unit,
      [P.agenciesManage]: J.unit,
      [P.usersRead]: J.unit,
      [P.usersManage]: J.unit,
      [P.rolesManage]: J.national,
      [P.auditRead]: J.unit,
      [P.calendarManage]: J.unit,
      [P.referenceManage]: J.unit,
      [P.outboxRead]: J.unit,
    },
  },
} as const satisfies Record<Role, RoleDefinition>;

export function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}

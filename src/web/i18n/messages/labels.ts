import type { MessageTable } from '../types';

/** Role names (product.md §1) and agency kinds (src/shared/domain/Agency.ts). */
export const labelMessages = {
  'role.commune_officer': {
    vi: 'Cán bộ bảo vệ trẻ em cấp xã',
    en: 'Commune child-protection officer',
  },
  'role.commune_chairman': { vi: 'Chủ tịch UBND xã', en: 'Commune chairman' },
  'role.village_collaborator': {
    vi: 'Cộng tác viên thôn, tổ dân phố',
    en: 'Village collaborator',
  },
  'role.province_officer': {
    vi: 'Cán bộ Sở Y tế (phòng BVCSTE)',
    en: 'Provincial child-affairs officer',
  },
  'role.partner_agency': { vi: 'Cơ quan phối hợp', en: 'Partner agency staff' },
  'role.hotline_counsellor': { vi: 'Tư vấn viên Tổng đài 111', en: 'Hotline 111 counsellor' },
  'role.national_officer': { vi: 'Cục Bà mẹ và Trẻ em', en: 'National child-affairs officer' },
  'role.fund_officer': { vi: 'Quỹ Bảo trợ trẻ em', en: 'Child Sponsorship Fund officer' },
  'role.inspector': { vi: 'Thanh tra, kiểm tra', en: 'Inspector' },
  'role.system_admin': { vi: 'Quản trị hệ thống', en: 'System administrator' },

  'agencyKind.health_department_child_office': {
    vi: 'Sở Y tế — phòng Bảo vệ, chăm sóc trẻ em',
    en: 'Department of Health — child protection office',
  },
  'agencyKind.commune_peoples_committee': {
    vi: 'UBND xã, phường, đặc khu',
    en: "Commune People's Committee",
  },
  'agencyKind.police': { vi: 'Công an', en: 'Police' },
  'agencyKind.school': { vi: 'Trường học', en: 'School' },
  'agencyKind.health_facility': { vi: 'Cơ sở y tế, trạm y tế', en: 'Health facility' },
  'agencyKind.legal_aid_centre': { vi: 'Trung tâm trợ giúp pháp lý', en: 'Legal aid centre' },
  'agencyKind.social_work_centre': { vi: 'Trung tâm công tác xã hội', en: 'Social work centre' },
  'agencyKind.mass_organisation': {
    vi: 'Tổ chức chính trị - xã hội (Hội LHPN, Đoàn TN...)',
    en: "Mass organisation (Women's Union, Youth Union...)",
  },
  'agencyKind.sponsorship_fund': { vi: 'Quỹ Bảo trợ trẻ em', en: 'Child Sponsorship Fund' },
  'agencyKind.hotline_111': { vi: 'Tổng đài 111', en: 'Hotline 111' },
  'agencyKind.ngo': { vi: 'Tổ chức phi chính phủ', en: 'Non-governmental organisation' },
} as const satisfies MessageTable;

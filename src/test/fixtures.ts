/**
 * Fixed places used across tests: real 2025 codes (data/admin-units). Khánh Hoà (56) is also the demo province.
 * Commune A and B are both in Khánh Hoà, so "other commune, same province" is always tested; Hà Nội is the
 * other province.
 */
export const PLACES = {
  provinceA: '56', // Tỉnh Khánh Hoà
  communeA: '22333', // Phường Bắc Nha Trang
  communeB: '22366', // Phường Nha Trang
  provinceB: '01', // Thành phố Hà Nội
  communeC: '00004', // Phường Ba Đình (Hà Nội)
} as const;

export const TEST_PASSWORD = 'correct horse battery staple';

export type FixtureUserSpec = {
  role: string;
  unitCode: string | null;
  provinceCode: string | null;
  agency?: 'policeA';
};

/** One user per role and jurisdiction; keys read as "who, where". */
export const FIXTURE_USERS = {
  communeOfficerA: { role: 'commune_officer', unitCode: PLACES.communeA, provinceCode: PLACES.provinceA },
  communeOfficerB: { role: 'commune_officer', unitCode: PLACES.communeB, provinceCode: PLACES.provinceA },
  communeOfficerC: { role: 'commune_officer', unitCode: PLACES.communeC, provinceCode: PLACES.provinceB },
  communeChairmanA: { role: 'commune_chairman', unitCode: PLACES.communeA, provinceCode: PLACES.provinceA },
  villageCollaboratorA: {
    role: 'village_collaborator',
    unitCode: PLACES.communeA,
    provinceCode: PLACES.provinceA,
  },
  provinceOfficerA: { role: 'province_officer', unitCode: PLACES.provinceA, provinceCode: PLACES.provinceA },
  provinceOfficerB: { role: 'province_officer', unitCode: PLACES.provinceB, provinceCode: PLACES.provinceB },
  partnerPoliceA: {
    role: 'partner_agency',
    unitCode: PLACES.communeA,
    provinceCode: PLACES.provinceA,
    agency: 'policeA',
  },
  hotlineCounsellor: { role: 'hotline_counsellor', unitCode: null, provinceCode: null },
  nationalOfficer: { role: 'national_officer', unitCode: null, provinceCode: null },
  fundOfficerA: { role: 'fund_officer', unitCode: PLACES.provinceA, provinceCode: PLACES.provinceA },
  fundOfficerB: { role: 'fund_officer', unitCode: PLACES.provinceB, provinceCode: PLACES.provinceB },
  fundOfficerNational: { role: 'fund_officer', unitCode: null, provinceCode: null },
  inspectorA: { role: 'inspector', unitCode: PLACES.provinceA, provinceCode: PLACES.provinceA },
  inspectorNational: { role: 'inspector', unitCode: null, provinceCode: null },
  adminProvinceA: { role: 'system_admin', unitCode: PLACES.provinceA, provinceCode: PLACES.provinceA },
  adminNational: { role: 'system_admin', unitCode: null, provinceCode: null },
} as const satisfies Record<string, FixtureUserSpec>;
export type FixtureUserKey = keyof typeof FIXTURE_USERS;

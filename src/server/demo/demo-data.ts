import type { AgencyKind } from '../../shared/domain/Agency';
import type { Role } from '../../shared/permissions/roles';

/**
 * The demo of `npm start`: one real province (Khánh Hoà, code 56) with its real communes, a few agencies and one
 * user per role. Agency names are generic (no real institution is implied); people are fictitious.
 */
export const DEMO_PROVINCE = '56'; // Tỉnh Khánh Hoà
export const DEMO_COMMUNE = '22333'; // Phường Bắc Nha Trang
export const DEMO_PASSWORD = 'treem-demo-2026';

export type DemoAgency = { key: string; kind: AgencyKind; name: string; unitCode: string };

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    key: 'so-y-te',
    kind: 'health_department_child_office',
    name: 'Sở Y tế tỉnh Khánh Hoà — Phòng Bảo vệ, chăm sóc trẻ em',
    unitCode: '56',
  },
  {
    key: 'ubnd-xa',
    kind: 'commune_peoples_committee',
    name: 'Ủy ban nhân dân phường Bắc Nha Trang',
    unitCode: DEMO_COMMUNE,
  },
  { key: 'cong-an-xa', kind: 'police', name: 'Công an phường Bắc Nha Trang', unitCode: DEMO_COMMUNE },
  {
    key: 'tram-y-te',
    kind: 'health_facility',
    name: 'Trạm Y tế phường Bắc Nha Trang',
    unitCode: DEMO_COMMUNE,
  },
  {
    key: 'truong-th',
    kind: 'school',
    name: 'Trường Tiểu học (mẫu) phường Bắc Nha Trang',
    unitCode: DEMO_COMMUNE,
  },
  {
    key: 'hoi-phu-nu',
    kind: 'mass_organisation',
    name: 'Hội Liên hiệp Phụ nữ phường Bắc Nha Trang',
    unitCode: DEMO_COMMUNE,
  },
  {
    key: 'tro-giup-phap-ly',
    kind: 'legal_aid_centre',
    name: 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh Khánh Hoà',
    unitCode: '56',
  },
  {
    key: 'ctxh',
    kind: 'social_work_centre',
    name: 'Trung tâm Công tác xã hội tỉnh Khánh Hoà',
    unitCode: '56',
  },
  { key: 'quy-btte', kind: 'sponsorship_fund', name: 'Quỹ Bảo trợ trẻ em tỉnh Khánh Hoà', unitCode: '56' },
  {
    key: 'tong-dai',
    kind: 'hotline_111',
    name: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111',
    unitCode: '01',
  },
  { key: 'ngo', kind: 'ngo', name: 'Tổ chức phi chính phủ (mẫu) vì trẻ em', unitCode: '56' },
];

export type DemoUser = {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
  agencyKey?: string;
};

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'canbo.xa',
    displayName: 'Trần Thị Mai (mẫu)',
    role: 'commune_officer',
    unitCode: DEMO_COMMUNE,
  },
  {
    username: 'chutich.xa',
    displayName: 'Lê Văn Hùng (mẫu)',
    role: 'commune_chairman',
    unitCode: DEMO_COMMUNE,
  },
  {
    username: 'congtacvien',
    displayName: 'Phạm Thị Lan (mẫu)',
    role: 'village_collaborator',
    unitCode: DEMO_COMMUNE,
  },
  {
    username: 'canbo.tinh',
    displayName: 'Nguyễn Minh Đức (mẫu)',
    role: 'province_officer',
    unitCode: DEMO_PROVINCE,
  },
  {
    username: 'congan.xa',
    displayName: 'Võ Quang Huy (mẫu)',
    role: 'partner_agency',
    unitCode: DEMO_COMMUNE,
    agencyKey: 'cong-an-xa',
  },
  { username: 'tongdai111', displayName: 'Đặng Thu Hà (mẫu)', role: 'hotline_counsellor', unitCode: null },
  { username: 'canbo.tw', displayName: 'Hoàng Anh Tuấn (mẫu)', role: 'national_officer', unitCode: null },
  { username: 'quy.tinh', displayName: 'Bùi Thị Ngọc (mẫu)', role: 'fund_officer', unitCode: DEMO_PROVINCE },
  { username: 'thanhtra.tinh', displayName: 'Đỗ Văn Nam (mẫu)', role: 'inspector', unitCode: DEMO_PROVINCE },
  { username: 'quantri', displayName: 'Quản trị hệ thống (mẫu)', role: 'system_admin', unitCode: null },
];

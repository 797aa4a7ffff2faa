import type { MessageTable } from '../types';

/** UI strings of the reference lists editor (issue #3 item 1: sub-groups and risk flag types). */
export const referenceMessages = {
  'nav.reference': { vi: 'Danh mục', en: 'Reference lists' },
  'reference.title': { vi: 'Danh mục nhóm đối tượng và nguy cơ', en: 'Groups and risk flag lists' },
  'reference.intro': {
    vi: 'Các đối tượng cụ thể của 14 nhóm trẻ em có hoàn cảnh đặc biệt (Nghị định 56/2017/NĐ-CP Điều 3–16) và các loại nguy cơ. Mục đã đối chiếu với văn bản pháp luật không sửa được; mục ngừng dùng vẫn giữ trong lịch sử nhưng không chọn được cho hồ sơ mới.',
    en: 'The sub-groups of the 14 groups of children in special circumstances (Decree 56/2017 Articles 3–16) and the risk flag types. Entries verified against the law cannot be changed; deactivated entries stay in the history but cannot be chosen for new records.',
  },
  'reference.nationalOnly': {
    vi: 'Danh mục dùng chung toàn quốc: chỉ quản trị viên cấp trung ương được sửa.',
    en: 'These lists are national: only a national administrator may edit them.',
  },
  'reference.tab.subgroups': { vi: 'Đối tượng cụ thể', en: 'Sub-groups' },
  'reference.tab.flags': { vi: 'Loại nguy cơ', en: 'Risk flag types' },
  'reference.edit': { vi: 'Sửa', en: 'Edit' },
  'reference.badge.verified': { vi: 'Đã đối chiếu', en: 'Verified' },
  'reference.badge.unverified': { vi: 'Chưa đối chiếu', en: 'Unverified' },
  'reference.badge.inactive': { vi: 'Ngừng dùng', en: 'Inactive' },
  'reference.subgroups.none': { vi: 'Nhóm này chưa có đối tượng cụ thể.', en: 'No sub-groups yet.' },
  'reference.subgroups.add': { vi: 'Thêm đối tượng cụ thể', en: 'Add a sub-group' },
  'reference.subgroups.addTitle': { vi: 'Thêm đối tượng cụ thể', en: 'Add a sub-group' },
  'reference.subgroups.editTitle': { vi: 'Sửa đối tượng cụ thể', en: 'Edit the sub-group' },
  'reference.flags.intro': {
    vi: 'Pháp luật không có danh sách nguy cơ cố định; bổ sung khi cần.',
    en: 'The law has no closed list of risks; extend it when needed.',
  },
  'reference.flags.add': { vi: 'Thêm loại nguy cơ', en: 'Add a risk flag type' },
  'reference.flags.addTitle': { vi: 'Thêm loại nguy cơ', en: 'Add a risk flag type' },
  'reference.flags.editTitle': { vi: 'Sửa loại nguy cơ', en: 'Edit the risk flag type' },
  'reference.field.code': { vi: 'Mã', en: 'Code' },
  'reference.field.codeHint': {
    vi: 'Chữ cái của nhóm, dấu chấm và số thứ tự, ví dụ c.13',
    en: 'The group’s letter, a dot and a number, e.g. c.13',
  },
  'reference.field.flagCodeHint': {
    vi: 'Chữ thường không dấu và dấu gạch dưới, ví dụ bo_hoc',
    en: 'Lower-case letters and underscores, e.g. school_dropout',
  },
  'reference.field.nameVi': { vi: 'Tên tiếng Việt', en: 'Vietnamese name' },
  'reference.field.nameEn': { vi: 'Tên tiếng Anh', en: 'English name' },
  'reference.field.sort': { vi: 'Thứ tự', en: 'Order' },
  'reference.field.active': { vi: 'Đang dùng', en: 'Active' },
  'reference.field.activeHint': {
    vi: 'Tắt để không cho chọn ở hồ sơ mới; các hồ sơ đã ghi vẫn giữ nguyên.',
    en: 'Off: no longer offered for new records; existing records keep it.',
  },
} satisfies MessageTable;

import type { MessageTable } from '../types';

export const agencyMessages = {
  'agencies.title': { vi: 'Cơ quan, tổ chức', en: 'Agencies' },
  'agencies.add': { vi: 'Thêm cơ quan', en: 'Add an agency' },
  'agencies.newTitle': { vi: 'Thêm cơ quan, tổ chức', en: 'New agency' },
  'agencies.create': { vi: 'Tạo cơ quan', en: 'Create the agency' },
  'agencies.filters': { vi: 'Lọc danh sách cơ quan', en: 'Filter the agencies' },
  'agencies.searchPlaceholder': { vi: 'Tên cơ quan', en: 'Agency name' },
  'agencies.includeInactive': { vi: 'Gồm cả cơ quan ngừng hoạt động', en: 'Include inactive agencies' },
  'agencies.empty': { vi: 'Không có cơ quan nào phù hợp.', en: 'No agency matches.' },
  'agencies.name': { vi: 'Tên cơ quan', en: 'Name' },
  'agencies.kind': { vi: 'Loại cơ quan', en: 'Kind' },
  'agencies.unit': { vi: 'Địa bàn (tỉnh hoặc xã)', en: 'Unit (province or commune)' },
  'agencies.unitColumn': { vi: 'Địa bàn', en: 'Unit' },
  'agencies.address': { vi: 'Địa chỉ', en: 'Address' },
  'agencies.phone': { vi: 'Điện thoại', en: 'Phone' },
  'agencies.email': { vi: 'Thư điện tử', en: 'Email' },
  'agencies.status': { vi: 'Trạng thái', en: 'Status' },
  'agencies.activeSwitch': { vi: 'Đang hoạt động', en: 'Active' },
} as const satisfies MessageTable;

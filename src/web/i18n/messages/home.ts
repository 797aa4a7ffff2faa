import type { MessageTable } from '../types';

export const homeMessages = {
  'home.greeting': { vi: 'Xin chào, {name}', en: 'Hello, {name}' },
  'home.profileTitle': { vi: 'Thông tin của bạn', en: 'About you' },
  'home.role': { vi: 'Vai trò', en: 'Role' },
  'home.unit': { vi: 'Đơn vị', en: 'Unit' },
  'home.agency': { vi: 'Cơ quan', en: 'Agency' },
  'home.national': { vi: 'Toàn quốc', en: 'National' },
  'home.quickLinks': { vi: 'Truy cập nhanh', en: 'Quick links' },
  'home.link.units': {
    vi: 'Tra cứu tỉnh, xã, phường và chuyển đổi mã cũ sang mã mới.',
    en: 'Look up provinces and communes, convert old codes to new ones.',
  },
  'home.link.agencies': {
    vi: 'Các cơ quan, tổ chức phối hợp bảo vệ trẻ em.',
    en: 'The agencies that work together to protect children.',
  },
  'home.link.users': { vi: 'Tài khoản người dùng và phân quyền.', en: 'User accounts and their roles.' },
  'home.link.roles': {
    vi: 'Yêu cầu xác thực hai lớp theo vai trò.',
    en: 'Require two-factor verification per role.',
  },
  'home.link.audit': {
    vi: 'Ai đã truy cập, thay đổi gì, khi nào.',
    en: 'Who accessed or changed what, and when.',
  },
  'home.link.account': {
    vi: 'Mật khẩu, xác thực hai lớp, phiên đăng nhập.',
    en: 'Password, two-factor verification, sessions.',
  },
  'home.documents': { vi: 'Văn bản', en: 'Documents' },
  'home.samplePdf': { vi: 'Văn bản mẫu (PDF)', en: 'Sample document (PDF)' },
} as const satisfies MessageTable;

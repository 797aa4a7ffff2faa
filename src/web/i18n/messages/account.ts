import type { MessageTable } from '../types';

export const accountMessages = {
  'account.title': { vi: 'Tài khoản của tôi', en: 'My account' },
  'account.passwordTitle': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'account.totpTitle': { vi: 'Xác thực hai lớp', en: 'Two-factor verification' },
  'account.totpOn': { vi: 'Đang bật', en: 'On' },
  'account.totpOff': { vi: 'Đang tắt', en: 'Off' },
  'account.totpOffIntro': {
    vi: 'Bảo vệ tài khoản bằng mã 6 số từ ứng dụng xác thực trên điện thoại, ngoài mật khẩu.',
    en: 'Protect the account with a 6-digit code from an authenticator app, on top of the password.',
  },
  'account.totpEnable': { vi: 'Bật xác thực hai lớp', en: 'Turn on two-factor verification' },
  'account.recoveryIntro': {
    vi: 'Đã dùng hết hoặc làm mất mã khôi phục? Tạo bộ mã mới; các mã cũ sẽ hết hiệu lực.',
    en: 'Used up or lost your recovery codes? Create a new set; the old codes stop working.',
  },
  'account.recoveryRegenerate': { vi: 'Tạo lại mã khôi phục', en: 'Regenerate recovery codes' },
  'account.finish': { vi: 'Hoàn tất', en: 'Done' },
  'account.sessionsTitle': { vi: 'Phiên đăng nhập', en: 'Sessions' },
  'account.sessionsIntro': {
    vi: 'Các thiết bị đang đăng nhập tài khoản này. Thu hồi phiên bạn không nhận ra.',
    en: 'The devices logged in to this account. Revoke any session you do not recognise.',
  },
  'account.noSessions': { vi: 'Không có phiên nào.', en: 'No session.' },
  'account.device': { vi: 'Thiết bị', en: 'Device' },
  'account.signedIn': { vi: 'Đăng nhập lúc', en: 'Logged in' },
  'account.lastSeen': { vi: 'Hoạt động gần nhất', en: 'Last active' },
  'account.actions': { vi: 'Thao tác', en: 'Actions' },
  'account.currentSession': { vi: 'Phiên này', en: 'This session' },
  'account.revoke': { vi: 'Thu hồi', en: 'Revoke' },
  'account.revokeSession': { vi: 'Thu hồi phiên {device}', en: 'Revoke the session {device}' },
} as const satisfies MessageTable;

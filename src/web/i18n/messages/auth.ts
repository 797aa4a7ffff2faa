import type { MessageTable } from '../types';

/** Login, second factor, enrolment, recovery codes and password change. */
export const authMessages = {
  'login.title': { vi: 'Đăng nhập', en: 'Log in' },
  'login.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'login.password': { vi: 'Mật khẩu', en: 'Password' },
  'login.showPassword': { vi: 'Hiện hoặc ẩn mật khẩu', en: 'Show or hide the password' },
  'login.submit': { vi: 'Đăng nhập', en: 'Log in' },
  'login.failed': { vi: 'Đăng nhập không thành công', en: 'Login failed' },
  'login.usernameRequired': { vi: 'Vui lòng nhập tên đăng nhập.', en: 'Enter your username.' },
  'login.passwordRequired': { vi: 'Vui lòng nhập mật khẩu.', en: 'Enter your password.' },
  'login.demoHint': {
    vi: 'Chế độ trình diễn: danh sách tài khoản mẫu và mật khẩu được in ra khi khởi động máy chủ.',
    en: 'Demo mode: the sample accounts and their password are printed when the server starts.',
  },

  'totp.verifyTitle': { vi: 'Xác thực hai lớp', en: 'Two-factor verification' },
  'totp.verifyIntro': {
    vi: 'Mở ứng dụng xác thực trên điện thoại và nhập mã 6 số đang hiển thị.',
    en: 'Open the authenticator app on your phone and enter the 6-digit code it shows.',
  },
  'totp.code': { vi: 'Mã xác thực', en: 'Verification code' },
  'totp.codeHint': {
    vi: 'Mất điện thoại? Nhập một mã khôi phục (dạng xxxx-xxxx-xx).',
    en: 'Lost your phone? Enter a recovery code (xxxx-xxxx-xx).',
  },
  'totp.codeRequired': { vi: 'Vui lòng nhập mã.', en: 'Enter the code.' },
  'totp.verifySubmit': { vi: 'Xác nhận', en: 'Verify' },
  'totp.cancel': { vi: 'Huỷ và đăng xuất', en: 'Cancel and log out' },

  'enrol.title': { vi: 'Thiết lập xác thực hai lớp', en: 'Set up two-factor verification' },
  'enrol.requiredIntro': {
    vi: 'Vai trò của bạn bắt buộc xác thực hai lớp. Cài một ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP...) trên điện thoại rồi làm theo các bước dưới đây.',
    en: 'Your role requires two-factor verification. Install an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP...) on your phone, then follow these steps.',
  },
  'enrol.step1': {
    vi: 'Bước 1: Quét mã QR bằng ứng dụng xác thực.',
    en: 'Step 1: Scan the QR code with the authenticator app.',
  },
  'enrol.qrAlt': {
    vi: 'Mã QR để thêm tài khoản Treem vào ứng dụng xác thực',
    en: 'QR code to add the Treem account to the authenticator app',
  },
  'enrol.manualKey': {
    vi: 'Không quét được? Nhập khoá bí mật này vào ứng dụng:',
    en: 'Cannot scan? Type this secret key into the app:',
  },
  'enrol.secretLabel': { vi: 'Khoá bí mật', en: 'Secret key' },
  'enrol.step2': {
    vi: 'Bước 2: Nhập mã 6 số ứng dụng hiển thị để xác nhận.',
    en: 'Step 2: Enter the 6-digit code the app shows to confirm.',
  },
  'enrol.code': { vi: 'Mã 6 số', en: '6-digit code' },
  'enrol.confirm': { vi: 'Xác nhận và bật', en: 'Confirm and turn on' },

  'recovery.title': { vi: 'Mã khôi phục', en: 'Recovery codes' },
  'recovery.intro': {
    vi: 'Lưu các mã này ở nơi an toàn (in ra hoặc ghi lại). Mỗi mã dùng được một lần để đăng nhập khi bạn mất điện thoại.',
    en: 'Keep these codes somewhere safe (print or write them down). Each code logs you in once if you lose your phone.',
  },
  'recovery.listLabel': { vi: 'Danh sách mã khôi phục', en: 'Recovery codes' },
  'recovery.copy': { vi: 'Sao chép tất cả', en: 'Copy all' },
  'recovery.download': { vi: 'Tải xuống (.txt)', en: 'Download (.txt)' },
  'recovery.savedConfirm': {
    vi: 'Tôi đã lưu các mã khôi phục',
    en: 'I have saved the recovery codes',
  },
  'recovery.onceOnly': {
    vi: 'Các mã chỉ hiển thị một lần này.',
    en: 'The codes are shown only this once.',
  },

  'password.forcedTitle': { vi: 'Đổi mật khẩu', en: 'Change your password' },
  'password.forcedIntro': {
    vi: 'Bạn đang dùng mật khẩu tạm thời. Hãy đặt mật khẩu mới trước khi tiếp tục.',
    en: 'You are using a temporary password. Set a new one before you continue.',
  },
  'password.current': { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  'password.new': { vi: 'Mật khẩu mới', en: 'New password' },
  'password.repeat': { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  'password.rule': { vi: 'Ít nhất {min} ký tự.', en: 'At least {min} characters.' },
  'password.currentRequired': {
    vi: 'Vui lòng nhập mật khẩu hiện tại.',
    en: 'Enter your current password.',
  },
  'password.tooShort': {
    vi: 'Mật khẩu mới cần ít nhất {min} ký tự.',
    en: 'The new password needs at least {min} characters.',
  },
  'password.mismatch': { vi: 'Hai mật khẩu không khớp.', en: 'The two passwords do not match.' },
  'password.submit': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'password.changed': { vi: 'Đã đổi mật khẩu.', en: 'The password has been changed.' },
} as const satisfies MessageTable;

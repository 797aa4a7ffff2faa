/**
 * Messages shared by the server (error messages) and the web app. Each id has the Vietnamese text (default) and
 * the English translation. `npm run i18n:check` fails on an id missing a language or never used in src/.
 * Feature-specific UI strings live in src/web/i18n; these are the ones the API itself speaks.
 */
export const apiMessages = {
  'error.validation': { vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' },
  'error.unauthenticated': { vi: 'Vui lòng đăng nhập.', en: 'Please log in.' },
  'error.secondFactorRequired': {
    vi: 'Cần xác thực hai lớp để tiếp tục.',
    en: 'Two-factor verification is required to continue.',
  },
  'error.forbidden': {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  'error.csrf': {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Invalid session token, please reload the page.',
  },
  'error.notFound': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'error.conflict': { vi: 'Xung đột dữ liệu.', en: 'The data conflicts with the current state.' },
  'error.accountLocked': {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
    en: 'The account is temporarily locked after repeated failed logins. Try again later.',
  },
  'error.payloadTooLarge': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  'error.unsupportedMediaType': { vi: 'Định dạng không được hỗ trợ.', en: 'Unsupported format.' },
  'error.rateLimited': {
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  'error.internal': {
    vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại.',
    en: 'Something went wrong on our side. Please try again.',
  },
  'error.unavailable': {
    vi: 'Hệ thống tạm thời không sẵn sàng.',
    en: 'The system is temporarily unavailable.',
  },
  'error.invalidCredentials': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  'error.invalidTotp': { vi: 'Mã xác thực không đúng.', en: 'The verification code is wrong.' },
  'error.accountDisabled': { vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'The account is disabled.' },
  'error.weakPassword': {
    vi: 'Mật khẩu cần ít nhất 10 ký tự.',
    en: 'The password must have at least 10 characters.',
  },
  'error.usernameTaken': { vi: 'Tên đăng nhập đã tồn tại.', en: 'This username is already taken.' },
  'error.unitNotAllowed': {
    vi: 'Đơn vị không phù hợp với vai trò hoặc ngoài phạm vi của bạn.',
    en: 'The unit does not fit the role or is outside your jurisdiction.',
  },
  'error.wrongCurrentPassword': {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  'error.samePassword': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  'error.totpNotEnrolled': {
    vi: 'Chưa thiết lập xác thực hai lớp.',
    en: 'Two-factor authentication is not set up.',
  },
  'error.totpAlreadyEnabled': {
    vi: 'Xác thực hai lớp đã được bật.',
    en: 'Two-factor authentication is already enabled.',
  },
  'error.totpMandatory': {
    vi: 'Vai trò này bắt buộc dùng xác thực hai lớp.',
    en: 'This role must always use two-factor authentication.',
  },
  'error.nationalAdminOnly': {
    vi: 'Chỉ quản trị viên cấp trung ương được thực hiện thao tác này.',
    en: 'Only a national administrator may do this.',
  },
  'error.agencyRequired': {
    vi: 'Vai trò này cần chọn một cơ quan hợp lệ.',
    en: 'This role needs a valid agency.',
  },
  'error.cannotChangeSelf': {
    vi: 'Bạn không thể tự đổi vai trò hoặc tự vô hiệu hóa tài khoản của mình.',
    en: 'You cannot change your own role or disable your own account.',
  },
  // Field-level validation messages (Zod issue codes mapped in src/shared/validation.ts)
  'field.required': { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  'field.invalidType': { vi: 'Giá trị không đúng kiểu.', en: 'The value has the wrong type.' },
  'field.tooShort': { vi: 'Giá trị quá ngắn.', en: 'The value is too short.' },
  'field.tooLong': { vi: 'Giá trị quá dài.', en: 'The value is too long.' },
  'field.invalidFormat': { vi: 'Định dạng không hợp lệ.', en: 'The format is not valid.' },
  'field.invalidOption': { vi: 'Lựa chọn không hợp lệ.', en: 'The option is not valid.' },
  'field.tooSmall': { vi: 'Giá trị quá nhỏ.', en: 'The value is too small.' },
  'field.tooBig': { vi: 'Giá trị quá lớn.', en: 'The value is too large.' },
  'field.unknown': { vi: 'Trường không được phép.', en: 'This field is not allowed.' },
  'field.invalid': { vi: 'Giá trị không hợp lệ.', en: 'The value is not valid.' },
  'field.unitUnknown': {
    vi: 'Không có đơn vị hành chính nào mang mã này.',
    en: 'No administrative unit has this code.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ApiMessageId = keyof typeof apiMessages;

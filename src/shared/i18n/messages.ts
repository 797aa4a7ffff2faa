/**
 * Messages shared by the server (error messages) and the web app. Each id has the Vietnamese text (default) and
 * the English translation. `npm run i18n:check` fails on an id missing a language or never used in src/.
 * Feature-specific UI strings live in src/web/i18n; these are the ones the API itself speaks.
 */
import { caseMessages } from './messages-cases';
import { formsApiMessages } from './messages-forms';
import { publicReportApiMessages } from './messages-public-reports';
import { actionMonthApiMessages } from './messages-action-month';
import { fundApiMessages } from './messages-fund';
import { amReportApiMessages } from './messages-am-reports';
import { referenceApiMessages } from './messages-reference';

const coreMessages = {
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
  'field.endBeforeStart': {
    vi: 'Ngày kết thúc không được trước ngày bắt đầu.',
    en: 'The end date cannot be before the start date.',
  },
  // Child register (issue #3)
  'child.birthDateFuture': {
    vi: 'Ngày sinh không được ở tương lai.',
    en: 'The date of birth cannot be in the future.',
  },
  'child.notAChild': {
    vi: 'Trẻ em là người dưới 16 tuổi (Luật Trẻ em, Điều 1).',
    en: 'A child is a person under 16 (Law on Children, Article 1).',
  },
  'child.onePrimaryCaregiver': {
    vi: 'Chỉ được chọn một người chăm sóc chính.',
    en: 'Only one caregiver can be the primary one.',
  },
  'child.lookupOneKey': {
    vi: 'Nhập số định danh cá nhân hoặc số điện thoại người chăm sóc (một trong hai).',
    en: 'Give either the personal identification number or a caregiver phone number.',
  },
  'child.duplicateCandidates': {
    vi: 'Có thể trẻ em này đã có trong cơ sở dữ liệu. Vui lòng kiểm tra các hồ sơ tương tự.',
    en: 'This child may already be in the register. Check the similar records.',
  },
  'child.personalIdTaken': {
    vi: 'Số định danh cá nhân này đã được dùng cho một trẻ em khác.',
    en: 'This personal identification number is already used for another child.',
  },
  'child.staleVersion': {
    vi: 'Hồ sơ đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.',
    en: 'Someone else has updated this record. Reload it before editing.',
  },
  'child.sensitiveForbidden': {
    vi: 'Bạn không có quyền xem hoặc sửa thông tin nhạy cảm của trẻ em.',
    en: 'You are not allowed to see or change sensitive information about children.',
  },
  'child.openCaseForbidden': {
    vi: 'Bạn không có quyền lọc trẻ em theo vụ việc đang xử lý.',
    en: 'You are not allowed to filter children by their open cases.',
  },
  'child.subgroupMismatch': {
    vi: 'Nhóm nhỏ không thuộc nhóm hoàn cảnh đặc biệt đã chọn.',
    en: 'The sub-group does not belong to the chosen group.',
  },
  'child.alreadyEnded': { vi: 'Mục này đã kết thúc.', en: 'This entry has already ended.' },
  'child.alreadyOpen': {
    vi: 'Trẻ em đang thuộc nhóm (hoặc có dấu hiệu) này.',
    en: 'The child is already in this group (or has this flag).',
  },
  'child.unknownReference': {
    vi: 'Mã không có trong danh mục.',
    en: 'This code is not in the reference list.',
  },
  'child.merged': {
    vi: 'Hồ sơ này đã được gộp vào một hồ sơ khác.',
    en: 'This record has been merged into another one.',
  },
  // Child register import/export and duplicate review (issue #3 items 4–5)
  'import.fileMissing': { vi: 'Chưa chọn tệp để nhập.', en: 'No file was chosen.' },
  'import.fileEmpty': { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  'import.uploadBroken': {
    vi: 'Tệp gửi lên bị lỗi hoặc không đầy đủ. Vui lòng gửi lại.',
    en: 'The upload is malformed or incomplete. Please send the file again.',
  },
  'import.fileType': {
    vi: 'Tệp phải là Excel (.xlsx) hoặc CSV (mã hóa UTF-8).',
    en: 'The file must be an Excel workbook (.xlsx) or a CSV file (UTF-8).',
  },
  'import.fileXls': {
    vi: 'Định dạng Excel cũ (.xls) không được hỗ trợ: hãy mở tệp và lưu lại thành .xlsx.',
    en: 'The old Excel format (.xls) is not supported: open the file and save it as .xlsx.',
  },
  'import.fileCorrupt': {
    vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính.',
    en: 'The Excel file cannot be read: it is damaged or not a workbook.',
  },
  'import.fileEncoding': {
    vi: 'Tệp CSV phải được lưu với mã hóa UTF-8 (trong Excel: Lưu thành → CSV UTF-8).',
    en: 'The CSV file must be saved as UTF-8 (in Excel: Save as → CSV UTF-8).',
  },
  'import.fileTooLarge': { vi: 'Tệp quá lớn (tối đa 50 MB).', en: 'The file is too large (50 MB at most).' },
  'import.tooManyColumns': {
    vi: 'Tệp có quá nhiều cột (tối đa 100). Hãy dùng tệp mẫu.',
    en: 'The file has too many columns (100 at most). Use the template.',
  },
  'import.tooManyRows': {
    vi: 'Tệp có quá nhiều dòng (tối đa 200.000). Hãy chia thành nhiều tệp.',
    en: 'The file has too many rows (200,000 at most). Split it into several files.',
  },
  'import.cellTooLarge': {
    vi: 'Tệp có ô dữ liệu quá dài (tối đa 2.000 ký tự).',
    en: 'The file has a cell that is too long (2,000 characters at most).',
  },
  'import.missingColumns': {
    vi: 'Thiếu cột bắt buộc (Họ và tên, Ngày sinh, Giới tính). Hãy dùng tệp mẫu.',
    en: 'Required columns are missing (full name, date of birth, sex). Use the template.',
  },
  'import.duplicateColumn': {
    vi: 'Một cột xuất hiện hai lần trong dòng tiêu đề.',
    en: 'A column appears twice in the header row.',
  },
  'import.noRows': { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  'import.badDate': {
    vi: 'Ngày sinh phải có dạng dd/mm/yyyy, mm/yyyy hoặc yyyy.',
    en: 'The date of birth must be written dd/mm/yyyy, mm/yyyy or yyyy.',
  },
  'import.unknownCommune': {
    vi: 'Không có xã/phường nào mang mã này (đơn vị hành chính từ 01/07/2025).',
    en: 'No commune has this code (administrative units from 1 July 2025).',
  },
  'import.communeOutsideScope': {
    vi: 'Xã/phường này ngoài địa bàn bạn quản lý.',
    en: 'This commune is outside your jurisdiction.',
  },
  'import.unknownEthnicity': {
    vi: 'Dân tộc không có trong danh mục 54 dân tộc.',
    en: 'This ethnic group is not in the list of the 54 ethnic groups.',
  },
  'import.unknownGroup': {
    vi: 'Mã nhóm hoàn cảnh đặc biệt phải là a, b, c, d, đ, e, g, h, i, k, l, m, n hoặc o, cách nhau bởi dấu phẩy.',
    en: 'Special-circumstance group codes are a, b, c, d, đ, e, g, h, i, k, l, m, n or o, separated by commas.',
  },
  'import.groupsForbidden': {
    vi: 'Bạn không có quyền ghi nhóm hoàn cảnh đặc biệt.',
    en: 'You are not allowed to record special-circumstance groups.',
  },
  'import.cellTooLong': { vi: 'Ô quá dài.', en: 'The cell is too long.' },
  'import.personalIdRepeated': {
    vi: 'Số định danh cá nhân trùng với một dòng khác trong tệp.',
    en: 'The personal identification number repeats another row of the file.',
  },
  'import.possibleDuplicate': {
    vi: 'Có thể trùng với trẻ em đã có trong cơ sở dữ liệu (sẽ được đưa vào danh sách rà soát trùng lặp).',
    en: 'May be a child already in the register (it will be listed in the duplicate review).',
  },
  'import.possibleDuplicateInFile': {
    vi: 'Có thể trùng với một dòng khác trong tệp (cùng họ tên, ngày sinh và xã).',
    en: 'May repeat another row of the file (same name, date of birth and commune).',
  },
  'import.tooManyErrors': {
    vi: 'Còn nhiều lỗi khác không được liệt kê.',
    en: 'More errors were found than are listed.',
  },
  'import.interrupted': {
    vi: 'Việc nhập bị gián đoạn (máy chủ khởi động lại); chưa có dòng nào được nhập. Vui lòng nhập lại tệp.',
    en: 'The import was interrupted (the server restarted); no row was imported. Please upload the file again.',
  },
  'import.failed': {
    vi: 'Việc nhập không thành công; chưa có dòng nào được nhập. Vui lòng thử lại.',
    en: 'The import failed; no row was imported. Please try again.',
  },
  'import.registerChanged': {
    vi: 'Dữ liệu đã thay đổi trong lúc nhập (số định danh đã được dùng); chưa có dòng nào được nhập. Vui lòng nhập lại tệp.',
    en: 'The register changed during the import (a personal id is now taken); no row was imported. Upload the file again.',
  },
  'import.notConfirmable': {
    vi: 'Chỉ xác nhận nhập được cho một lần kiểm tra thử không có lỗi.',
    en: 'Only a dry run without errors can be confirmed.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export const apiMessages = {
  ...coreMessages,
  ...caseMessages,
  ...formsApiMessages,
  ...publicReportApiMessages,
  ...actionMonthApiMessages,
  ...fundApiMessages,
  ...amReportApiMessages,
  ...referenceApiMessages,
};

export type ApiMessageId = keyof typeof apiMessages;

import type { MessageTable } from '../types';

/** The shell, shared states and actions used on many pages. */
export const commonMessages = {
  'app.fullName': {
    vi: 'Hệ thống thông tin bảo vệ, chăm sóc trẻ em',
    en: 'Child protection and care information system',
  },
  'app.tagline': { vi: 'Bảo vệ, chăm sóc trẻ em', en: 'Child protection and care' },
  'app.homeLink': { vi: 'Treem — về trang chủ', en: 'Treem — go to the home page' },
  'a11y.skipToContent': { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  'demo.bannerLabel': { vi: 'Chế độ trình diễn', en: 'Demo mode' },
  'demo.bannerText': {
    vi: 'Hệ thống đang chạy với dữ liệu mẫu, không phải dữ liệu thật.',
    en: 'This system runs on sample data, not real records.',
  },
  'lang.switchLabel': { vi: 'Ngôn ngữ', en: 'Language' },

  'nav.label': { vi: 'Menu chính', en: 'Main menu' },
  'nav.menuTitle': { vi: 'Menu', en: 'Menu' },
  'nav.openMenu': { vi: 'Mở menu', en: 'Open the menu' },
  'nav.closeMenu': { vi: 'Đóng menu', en: 'Close the menu' },
  'nav.home': { vi: 'Trang chủ', en: 'Home' },
  'nav.units': { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  'nav.agencies': { vi: 'Cơ quan, tổ chức', en: 'Agencies' },
  'nav.users': { vi: 'Người dùng', en: 'Users' },
  'nav.roles': { vi: 'Vai trò và bảo mật', en: 'Roles and security' },
  'nav.audit': { vi: 'Nhật ký truy cập', en: 'Audit log' },
  'nav.calendar': { vi: 'Lịch ngày làm việc', en: 'Working days' },
  'nav.account': { vi: 'Tài khoản', en: 'My account' },
  'nav.logout': { vi: 'Đăng xuất', en: 'Log out' },

  'state.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'state.saved': { vi: 'Đã lưu.', en: 'Saved.' },
  'error.title': { vi: 'Không thực hiện được', en: 'Something went wrong' },
  'error.network': {
    vi: 'Không kết nối được với máy chủ. Kiểm tra mạng và thử lại.',
    en: 'Cannot reach the server. Check the network and try again.',
  },
  'error.unexpected': {
    vi: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
    en: 'An unexpected error occurred. Please try again.',
  },
  'forbidden.title': { vi: 'Không có quyền truy cập', en: 'Access not allowed' },
  'forbidden.text': {
    vi: 'Vai trò của bạn không được sử dụng chức năng này.',
    en: 'Your role may not use this function.',
  },
  'notFound.title': { vi: 'Không tìm thấy trang', en: 'Page not found' },
  'notFound.text': {
    vi: 'Địa chỉ này không tồn tại hoặc đã được thay đổi.',
    en: 'This address does not exist or has changed.',
  },
  'notFound.home': { vi: 'Về trang chủ', en: 'Go to the home page' },

  'action.retry': { vi: 'Thử lại', en: 'Try again' },
  'action.continue': { vi: 'Tiếp tục', en: 'Continue' },
  'action.copy': { vi: 'Sao chép', en: 'Copy' },
  'action.copied': { vi: 'Đã sao chép', en: 'Copied' },
  'action.save': { vi: 'Lưu', en: 'Save' },
  'action.cancel': { vi: 'Huỷ', en: 'Cancel' },
  'action.close': { vi: 'Đóng', en: 'Close' },
  'action.back': { vi: 'Quay lại', en: 'Back' },
  'action.search': { vi: 'Tìm kiếm', en: 'Search' },
  'action.loadMore': { vi: 'Tải thêm', en: 'Load more' },
  'action.confirm': { vi: 'Xác nhận', en: 'Confirm' },

  'pager.summary': { vi: '{from}–{to} trong {total}', en: '{from}–{to} of {total}' },
  'pager.label': { vi: 'Phân trang', en: 'Pagination' },
  'pager.previous': { vi: 'Trang trước', en: 'Previous page' },
  'pager.next': { vi: 'Trang sau', en: 'Next page' },
  'pager.first': { vi: 'Trang đầu', en: 'First page' },
  'pager.last': { vi: 'Trang cuối', en: 'Last page' },
  'pager.page': { vi: 'Trang {page}', en: 'Page {page}' },
  'a11y.clearSelection': { vi: 'Xoá lựa chọn', en: 'Clear the selection' },
  'status.active': { vi: 'Đang hoạt động', en: 'Active' },
  'status.inactive': { vi: 'Ngừng hoạt động', en: 'Inactive' },
  'any.all': { vi: 'Tất cả', en: 'All' },

  'unitPicker.hint': {
    vi: 'Gõ tên xã, phường hoặc tỉnh; có thể gõ không dấu.',
    en: 'Type the name of a commune or province; diacritics are optional.',
  },
  'unitPicker.placeholder': { vi: 'Ví dụ: bac nha trang', en: 'For example: bac nha trang' },
  'unitPicker.searching': { vi: 'Đang tìm…', en: 'Searching…' },
  'unitPicker.count': { vi: '{count} kết quả', en: '{count} results' },
  'unitPicker.none': { vi: 'Không tìm thấy đơn vị nào.', en: 'No unit found.' },
  'unitPicker.clear': { vi: 'Xoá đơn vị đã chọn', en: 'Clear the chosen unit' },
  'dateField.placeholder': { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  'dateField.invalid': {
    vi: 'Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.',
    en: 'Invalid date: use dd/mm/yyyy.',
  },
} as const satisfies MessageTable;

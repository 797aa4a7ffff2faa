import type { MessageTable } from '../types';

/** UI strings of the notifications feature and the e-mail outbox (issue #4). */
export const notificationMessages = {
  'notifications.title': { vi: 'Thông báo', en: 'Notifications' },
  'notifications.bell': { vi: 'Thông báo', en: 'Notifications' },
  'notifications.bellUnread': {
    vi: 'Thông báo: {count} chưa đọc',
    en: 'Notifications: {count} unread',
  },
  'notifications.latest': { vi: 'Thông báo mới nhất', en: 'Latest notifications' },
  'notifications.empty': { vi: 'Chưa có thông báo nào.', en: 'No notifications yet.' },
  'notifications.emptyUnread': { vi: 'Không có thông báo chưa đọc.', en: 'No unread notifications.' },
  'notifications.seeAll': { vi: 'Xem tất cả thông báo', en: 'See all notifications' },
  'notifications.markAllRead': { vi: 'Đánh dấu tất cả là đã đọc', en: 'Mark all as read' },
  'notifications.markRead': { vi: 'Đánh dấu đã đọc', en: 'Mark as read' },
  'notifications.unreadOnly': { vi: 'Chỉ hiện thông báo chưa đọc', en: 'Unread only' },
  'notifications.unread': { vi: 'Chưa đọc', en: 'Unread' },
  'notifications.openCase': { vi: 'Mở vụ việc', en: 'Open the case' },
  'notifications.intro': {
    vi: 'Thông báo về các vụ việc trong phạm vi của bạn: vụ việc mới, kế hoạch chờ phê duyệt, nhiệm vụ, các bước quá hạn theo quy định. Thông báo chỉ ghi số vụ việc, không ghi tên trẻ em.',
    en: 'Notices about the cases in your jurisdiction: new cases, plans awaiting approval, tasks, steps past their legal deadline. They name the case number, never the child.',
  },
  // One text per kind written by the server (src/shared/domain/Notification.ts NOTIFICATION_KINDS).
  'notifications.kind.caseNew': {
    vi: 'Vụ việc {caseNumber}: vụ việc mới cần tiếp nhận',
    en: 'Case {caseNumber}: a new case to take on',
  },
  'notifications.kind.caseTransferred': {
    vi: 'Vụ việc {caseNumber} được chuyển đến xã',
    en: 'Case {caseNumber} was transferred to your commune',
  },
  'notifications.kind.caseEmergencyNeeded': {
    vi: 'Vụ việc {caseNumber}: cần áp dụng biện pháp bảo vệ khẩn cấp trong 12 giờ',
    en: 'Case {caseNumber}: emergency protection needed within 12 hours',
  },
  'notifications.kind.casePlanSubmitted': {
    vi: 'Vụ việc {caseNumber}: kế hoạch hỗ trợ, can thiệp chờ phê duyệt',
    en: 'Case {caseNumber}: a support and intervention plan awaits approval',
  },
  'notifications.kind.casePlanReturned': {
    vi: 'Vụ việc {caseNumber}: kế hoạch được trả lại để chỉnh sửa',
    en: 'Case {caseNumber}: the plan was returned for changes',
  },
  'notifications.kind.casePlanApproved': {
    vi: 'Vụ việc {caseNumber}: kế hoạch đã được phê duyệt',
    en: 'Case {caseNumber}: the plan was approved',
  },
  'notifications.kind.caseReviewed': {
    vi: 'Vụ việc {caseNumber}: đã rà soát, đánh giá sau can thiệp',
    en: 'Case {caseNumber}: reviewed after the intervention',
  },
  'notifications.kind.caseOverdue': {
    vi: 'Vụ việc {caseNumber}: {deadline}',
    en: 'Case {caseNumber}: {deadline}',
  },
  'notifications.kind.taskAssigned': {
    vi: 'Vụ việc {caseNumber}: nhiệm vụ mới được giao cho cơ quan',
    en: 'Case {caseNumber}: a new task for your agency',
  },
  'notifications.kind.taskDeclined': {
    vi: 'Vụ việc {caseNumber}: một nhiệm vụ bị từ chối',
    en: 'Case {caseNumber}: a task was declined',
  },
  'notifications.kind.taskDone': {
    vi: 'Vụ việc {caseNumber}: một nhiệm vụ đã hoàn thành',
    en: 'Case {caseNumber}: a task was completed',
  },
  'notifications.kind.other': {
    vi: 'Vụ việc {caseNumber}: có cập nhật mới',
    en: 'Case {caseNumber}: something changed',
  },
  // The legal clock that ran out (src/shared/workflow/case-workflow.ts CLOCK_KINDS).
  'notifications.overdue.acknowledge': {
    vi: 'quá hạn xác nhận tiếp nhận vụ việc do Tổng đài 111 chuyển đến',
    en: 'the transfer from hotline 111 was not acknowledged in time',
  },
  'notifications.overdue.emergency12h': {
    vi: 'quá hạn 12 giờ áp dụng biện pháp bảo vệ khẩn cấp',
    en: '12 hours for emergency protection have passed',
  },
  'notifications.overdue.plan5wd': {
    vi: 'quá hạn 05 ngày làm việc xây dựng kế hoạch hỗ trợ, can thiệp',
    en: 'the 5 working days to draft the plan have passed',
  },
  'notifications.overdue.approval7wd': {
    vi: 'quá hạn 07 ngày làm việc phê duyệt kế hoạch',
    en: 'the 7 working days to approve the plan have passed',
  },
  'notifications.overdue.task': {
    vi: 'một nhiệm vụ của kế hoạch đã quá hạn',
    en: 'a plan task is past its due date',
  },
  'notifications.overdue.other': { vi: 'quá hạn theo quy định', en: 'a legal deadline has passed' },

  'outbox.title': { vi: 'Hộp thư đi', en: 'E-mail outbox' },
  'outbox.intro': {
    vi: 'Thư điện tử thông báo cho người dùng trong phạm vi quản lý của bạn. Thư chỉ ghi số vụ việc và đường dẫn, không ghi tên trẻ em.',
    en: 'Notification e-mails to the users you administer. They carry a case number and a link, never a child’s name.',
  },
  'outbox.notSending': {
    vi: 'Máy chủ này không gửi thư (chế độ trình diễn hoặc chưa cấu hình máy chủ thư SMTP): trang này cho biết những thư sẽ được gửi.',
    en: 'This server sends no e-mail (demo mode, or no SMTP server configured): this page shows what would be sent.',
  },
  'outbox.status': { vi: 'Trạng thái', en: 'Status' },
  'outbox.status.all': { vi: 'Tất cả', en: 'All' },
  'outbox.status.pending': { vi: 'Đang chờ gửi', en: 'Waiting' },
  'outbox.status.sent': { vi: 'Đã gửi', en: 'Sent' },
  'outbox.status.failed': { vi: 'Gửi không thành công', en: 'Failed' },
  'outbox.status.demo': { vi: 'Trình diễn: không gửi', en: 'Demo: not sent' },
  'outbox.to': { vi: 'Người nhận', en: 'To' },
  'outbox.subject': { vi: 'Tiêu đề', en: 'Subject' },
  'outbox.created': { vi: 'Thời gian tạo', en: 'Created' },
  'outbox.sentAt': { vi: 'Gửi lúc {at}', en: 'Sent at {at}' },
  'outbox.attempts': { vi: 'Số lần thử: {count}', en: 'Attempts: {count}' },
  'outbox.lastError': { vi: 'Lỗi gần nhất: {error}', en: 'Last error: {error}' },
  'outbox.showBody': { vi: 'Xem nội dung thư', en: 'Show the message' },
  'outbox.hideBody': { vi: 'Ẩn nội dung thư', en: 'Hide the message' },
  'outbox.empty': { vi: 'Không có thư nào.', en: 'No e-mail.' },
} as const satisfies MessageTable;

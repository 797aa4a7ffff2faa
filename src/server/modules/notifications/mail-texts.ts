import type { NotificationKind } from './notify';

/**
 * E-mail texts, Vietnamese then English. They name the case number and link to it, never the child: an e-mail
 * leaves the system's protection (issue #4 item 9).
 */
const SUBJECTS: Record<NotificationKind, { vi: string; en: string }> = {
  'case.new': { vi: 'Vụ việc mới cần tiếp nhận', en: 'New case to take on' },
  'case.transferred': { vi: 'Vụ việc được chuyển đến xã', en: 'A case was transferred to your commune' },
  'case.emergency_needed': {
    vi: 'Cần áp dụng biện pháp bảo vệ khẩn cấp trong 12 giờ',
    en: 'Emergency protection needed within 12 hours',
  },
  'case.plan_submitted': { vi: 'Kế hoạch hỗ trợ, can thiệp chờ phê duyệt', en: 'A plan awaits approval' },
  'case.plan_returned': { vi: 'Kế hoạch được trả lại để chỉnh sửa', en: 'A plan was returned for changes' },
  'case.plan_approved': { vi: 'Kế hoạch đã được phê duyệt', en: 'A plan was approved' },
  'case.reviewed': { vi: 'Đã rà soát, đánh giá sau can thiệp', en: 'A case was reviewed' },
  'case.overdue': { vi: 'Quá hạn theo quy định', en: 'A legal deadline has passed' },
  'task.assigned': { vi: 'Nhiệm vụ mới được giao cho cơ quan', en: 'A new task for your agency' },
  'task.declined': { vi: 'Một nhiệm vụ bị từ chối', en: 'A task was declined' },
  'task.done': { vi: 'Một nhiệm vụ đã hoàn thành', en: 'A task was completed' },
};

export function mailOf(
  kind: NotificationKind,
  caseNumber: string,
  link: string,
): { subject: string; body: string } {
  const s = SUBJECTS[kind];
  return {
    subject: `[Treem] ${s.vi} — ${caseNumber}`,
    body: [
      `${s.vi}: vụ việc ${caseNumber}.`,
      `Vui lòng đăng nhập để xem: ${link}`,
      '',
      `${s.en}: case ${caseNumber}.`,
      `Please log in to see it: ${link}`,
    ].join('\n'),
  };
}

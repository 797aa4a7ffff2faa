/** API messages of reports and case management (issue #4). Merged into apiMessages (messages.ts). */
export const caseMessages = {
  'case.actionNotAllowed': {
    vi: 'Không thể thực hiện bước này ở trạng thái hiện tại của vụ việc hoặc với vai trò của bạn.',
    en: 'This step is not allowed in the case’s current state or for your role.',
  },
  'case.staleState': {
    vi: 'Vụ việc vừa được người khác cập nhật. Vui lòng tải lại trang.',
    en: 'The case was just updated by someone else. Please reload the page.',
  },
  'case.taskNotActionable': {
    vi: 'Nhiệm vụ không tồn tại hoặc không ở trạng thái cho phép bước này.',
    en: 'The task does not exist or is not in a state that allows this step.',
  },
  'case.planTasksInvalid': {
    vi: 'Danh sách nhiệm vụ của kế hoạch không hợp lệ (mã trùng hoặc thiếu mô tả).',
    en: 'The plan’s task list is not valid (repeated ids or missing descriptions).',
  },
  'case.transferSameCommune': {
    vi: 'Vụ việc đã thuộc xã này.',
    en: 'The case is already with this commune.',
  },
  'case.agencyUnknown': {
    vi: 'Cơ quan được giao không tồn tại hoặc đã ngừng hoạt động.',
    en: 'The assigned agency does not exist or is inactive.',
  },
  'case.childUnknown': {
    vi: 'Không tìm thấy trẻ em này trong cơ sở dữ liệu.',
    en: 'This child was not found in the register.',
  },
  'report.harmTypeUnknown': {
    vi: 'Loại hình xâm hại không có trong danh mục.',
    en: 'Unknown harm type.',
  },
  'report.receivedInFuture': {
    vi: 'Thời điểm tiếp nhận không thể ở tương lai.',
    en: 'The time of receipt cannot be in the future.',
  },
  'hotline.alreadyTransferred': {
    vi: 'Cuộc gọi này đã được chuyển cho xã.',
    en: 'This call was already transferred to a commune.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

import { INTERVENTION_MEASURES } from '../../../shared/reference/intervention-measures';

/**
 * Vietnamese words for the coded values printed on the forms. The forms are official Vietnamese documents, so only
 * Vietnamese is needed here (the web app has its own translated labels).
 */
export const CHANNEL_LABELS: Record<string, string> = {
  hotline_111: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111',
  online: 'Báo tin trực tuyến',
  walk_in: 'Gặp trực tiếp',
  phone_commune: 'Điện thoại',
  police: 'Cơ quan công an chuyển đến',
  school: 'Nhà trường báo tin',
  health: 'Cơ sở y tế báo tin',
  other: 'Người khác báo',
};

export const SEX_LABELS: Record<string, string> = { male: 'Nam', female: 'Nữ', unknown: 'Không biết' };

export const INITIAL_RISK_LABELS: Record<string, string> = {
  serious: 'Nghiêm trọng',
  moderate: 'Trung bình',
  low: 'Thấp',
};

/** Mẫu 06 scale (domain.md §2.2 [S15]): Cao / Trung bình / Thấp. */
export const RATING_LABELS: Record<string, string> = { high: 'Cao', medium: 'Trung bình', low: 'Thấp' };
export const RATING_ORDER = ['high', 'medium', 'low'] as const;

export const EMERGENCY_MEASURE_LABELS: Record<string, string> = {
  stop_act_with_police: 'Phối hợp với cơ quan công an ngăn chặn hành vi xâm hại',
  first_aid: 'Phối hợp với cơ sở y tế sơ cứu, cấp cứu cho trẻ em',
  preserve_evidence: 'Bảo quản đồ vật, tài liệu liên quan đến thương tích của trẻ em',
  temporary_separation: 'Tạm thời cách ly trẻ em khỏi môi trường, người gây tổn hại',
  safe_shelter: 'Bố trí nơi tạm trú an toàn',
  other: 'Biện pháp khác',
};

export const PLACEMENT_LABELS: Record<string, string> = {
  relative: 'Người thân thích',
  foster_family: 'Cá nhân, gia đình nhận chăm sóc thay thế',
  social_facility: 'Cơ sở trợ giúp xã hội',
  other: 'Nơi khác',
};

export const ENVIRONMENT_LABELS: Record<string, string> = {
  family: 'Gia đình',
  school: 'Trường học',
  community: 'Cộng đồng',
  online: 'Môi trường mạng',
  other: 'Khác',
  unknown: 'Chưa rõ',
};

export const PERPETRATOR_LABELS: Record<string, string> = {
  parent: 'Cha, mẹ',
  step_parent: 'Cha dượng, mẹ kế',
  relative: 'Người thân',
  caregiver: 'Người chăm sóc trẻ em',
  teacher: 'Giáo viên',
  acquaintance: 'Người quen',
  stranger: 'Người lạ',
  other_child: 'Trẻ em khác',
  none: 'Không có',
  unknown: 'Chưa rõ',
};

export const REPORTER_RELATION_LABELS: Record<string, string> = {
  child_self: 'Trẻ em tự báo',
  parent: 'Cha, mẹ',
  relative: 'Người thân',
  neighbour: 'Hàng xóm',
  teacher: 'Giáo viên',
  health_worker: 'Nhân viên y tế',
  police: 'Công an',
  officer: 'Cán bộ',
  other: 'Khác',
};

export const URGENCY_LABELS: Record<string, string> = {
  immediate: 'Khẩn cấp',
  high: 'Cao',
  normal: 'Bình thường',
};

export const VERIFY_METHOD_LABELS: Record<string, string> = {
  home_visit: 'Đến tận nơi',
  phone: 'Điện thoại',
  school: 'Qua nhà trường',
  police: 'Qua cơ quan công an',
  health: 'Qua cơ sở y tế',
  other: 'Cách khác',
};

export const STATUS_LABELS: Record<string, string> = {
  received: 'Đã tiếp nhận',
  verified: 'Đã kiểm tra, xác minh',
  initial_assessed: 'Đã đánh giá nguy cơ ban đầu',
  emergency_protected: 'Đã áp dụng biện pháp bảo vệ khẩn cấp',
  needs_assessed: 'Đã đánh giá nguy cơ cụ thể, xác định nhu cầu',
  plan_drafted: 'Đã xây dựng kế hoạch, chờ phê duyệt',
  in_progress: 'Đang thực hiện kế hoạch',
  reviewed: 'Đã rà soát, đánh giá',
  replanning: 'Đang xây dựng lại kế hoạch',
  closed: 'Đã kết thúc',
};

export const CLOCK_LABELS: Record<string, string> = {
  acknowledge: 'Xác nhận tiếp nhận vụ việc chuyển đến',
  emergency_12h: 'Bảo vệ khẩn cấp trong 12 giờ',
  plan_5wd: 'Xây dựng kế hoạch trong 05 ngày làm việc',
  approval_7wd: 'Phê duyệt kế hoạch trong 07 ngày làm việc',
  task: 'Thời hạn nhiệm vụ',
};

export const CLOCK_STATE_LABELS: Record<string, string> = {
  running: 'Đang tính',
  overdue: 'Đã quá hạn',
  met: 'Đúng hạn',
  late: 'Trễ hạn',
};

export const TASK_STATUS_LABELS: Record<string, string> = {
  planned: 'Chưa phê duyệt',
  pending: 'Chờ nhận',
  accepted: 'Đang thực hiện',
  declined: 'Từ chối',
  done: 'Hoàn thành',
  cancelled: 'Đã hủy',
};

export const RECOMMENDATION_LABELS: Record<string, string> = {
  close: 'Đề nghị kết thúc việc hỗ trợ, can thiệp',
  replan: 'Đề nghị xây dựng lại kế hoạch hỗ trợ, can thiệp',
};

export const CLOSE_REASON_LABELS: Record<string, string> = {
  goals_met: 'Đạt mục tiêu kế hoạch',
  unfounded: 'Thông tin không có cơ sở',
  duplicate: 'Trùng vụ việc khác',
  moved_abroad: 'Trẻ em chuyển ra nước ngoài',
  turned_16: 'Trẻ em đủ 16 tuổi',
  other: 'Lý do khác',
};

/** The steps of the procedure as named in the case timeline. */
export const ACTION_LABELS: Record<string, string> = {
  RECEIVE: 'Tiếp nhận thông tin',
  LINK_REPORT: 'Tiếp nhận thêm thông tin',
  ACKNOWLEDGE: 'Xác nhận tiếp nhận vụ việc',
  VERIFY: 'Kiểm tra, xác minh thông tin',
  ASSESS_INITIAL: 'Đánh giá nguy cơ ban đầu (Mẫu số 02)',
  EMERGENCY_PROTECT: 'Áp dụng biện pháp bảo vệ khẩn cấp (Mẫu số 07)',
  ASSESS_NEEDS: 'Đánh giá nguy cơ cụ thể, họp xác định nhu cầu (Mẫu số 03)',
  DRAFT_PLAN: 'Xây dựng kế hoạch hỗ trợ, can thiệp (Mẫu số 04)',
  RETURN_PLAN: 'Trả lại dự thảo kế hoạch',
  APPROVE_PLAN: 'Phê duyệt kế hoạch (Mẫu số 05)',
  TASK_ACCEPT: 'Nhận nhiệm vụ',
  TASK_DECLINE: 'Từ chối nhiệm vụ',
  TASK_DONE: 'Hoàn thành nhiệm vụ',
  TASK_REASSIGN: 'Giao lại nhiệm vụ',
  NOTE: 'Ghi chép hoạt động',
  REVIEW: 'Rà soát, đánh giá (Mẫu số 06)',
  REPLAN: 'Quyết định xây dựng lại kế hoạch',
  CLOSE: 'Kết thúc vụ việc',
  REOPEN: 'Mở lại vụ việc',
  TRANSFER: 'Chuyển vụ việc',
  LINK_CHILD: 'Liên kết với hồ sơ trẻ em',
  FLAG_OVERDUE: 'Cảnh báo quá hạn',
};

export const ACTOR_LABELS: Record<string, string> = {
  officer: 'Cán bộ bảo vệ trẻ em cấp xã',
  chairman: 'Chủ tịch UBND cấp xã',
  province: 'Cán bộ cấp tỉnh',
  partner: 'Cơ quan phối hợp',
  system: 'Hệ thống',
};

/** The text fields of each action, in print order, with their headings (for the timeline). */
export const ACTION_TEXT_LABELS: Record<string, string> = {
  note: 'Ghi chú',
  findings: 'Kết quả xác minh',
  harmDescription: 'Mô tả tổn hại',
  childCondition: 'Tình trạng của trẻ em',
  conclusion: 'Kết luận',
  reason: 'Lý do',
  placement: 'Nơi chăm sóc tạm thời',
  notes: 'Ghi chú',
  risks: 'Nguy cơ',
  needs: 'Nhu cầu',
  participants: 'Thành phần',
  minutes: 'Biên bản họp',
  goals: 'Mục tiêu',
  result: 'Kết quả',
};

const MEASURES: Record<string, string> = Object.fromEntries(INTERVENTION_MEASURES.map((m) => [m.code, m.vi]));

/** A label of a coded value, or the code itself when the list has no word for it (never a blank). */
export function labelOf(table: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return table[code] ?? code;
}

export const measureLabel = (code: string): string => labelOf(MEASURES, code);

/**
 * API messages of the Action Month result reports and roll-ups (issue #5 items 3–4), merged into apiMessages
 * (messages.ts) so the web app translates them by id too.
 */
export const amReportApiMessages = {
  'amReport.noReportingUnit': {
    vi: 'Chỉ cấp xã, cơ quan và cấp tỉnh gửi báo cáo kết quả; cấp trung ương không có báo cáo này.',
    en: 'Only communes, agencies and provinces send a result report; the national level has none.',
  },
  'amReport.noTheme': {
    vi: 'Chưa có chủ đề Tháng hành động của năm này nên chưa có hạn báo cáo.',
    en: 'The Action Month of this year has no theme yet, so its report deadlines are not set.',
  },
  'amReport.notOwner': {
    vi: 'Chỉ đơn vị lập báo cáo mới được sửa hoặc gửi báo cáo.',
    en: 'Only the unit that owns the report may change or submit it.',
  },
  'amReport.notReviewer': {
    vi: 'Chỉ cấp trên trực tiếp mới được trả lại hoặc tiếp nhận báo cáo.',
    en: 'Only the level directly above may return or accept the report.',
  },
  'amReport.locked': {
    vi: 'Báo cáo đã được tiếp nhận và khóa, không thể thay đổi.',
    en: 'The report was accepted and is locked; it cannot change.',
  },
  'amReport.illegalStep': {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của báo cáo.',
    en: 'This step is not possible in the report’s current status.',
  },
  'amReport.staleVersion': {
    vi: 'Báo cáo vừa được người khác thay đổi. Vui lòng tải lại và thử lại.',
    en: 'Someone else changed the report meanwhile. Reload it and try again.',
  },
  'amReport.activityNotAssigned': {
    vi: 'Hoạt động này không được giao cho đơn vị trong kế hoạch đã ban hành.',
    en: 'This activity is not assigned to the unit in an issued plan.',
  },
  'amReport.activityRepeated': {
    vi: 'Hoạt động này đã có kết quả ở một dòng khác.',
    en: 'This activity already has a result on another row.',
  },
  'amReport.childNotFound': {
    vi: 'Không tìm thấy trẻ em này trong sổ theo dõi thuộc phạm vi của bạn.',
    en: 'This child is not in the register within your reach.',
  },
  'amReport.noRollup': {
    vi: 'Tổng hợp kết quả dành cho cấp tỉnh và cấp trung ương.',
    en: 'Roll-ups are for provinces and the national level.',
  },
  'amReport.yearRange': {
    vi: 'Khoảng năm không hợp lệ (năm cuối không trước năm đầu, tối đa 30 năm).',
    en: 'The year range is not valid (the last year not before the first, at most 30 years).',
  },
};

/**
 * API messages of the Action Month (issue #5 items 1–5): field and conflict messages of its 400/409 answers,
 * merged into apiMessages (messages.ts) so the web app translates them by id too.
 */
export const actionMonthApiMessages = {
  'actionMonth.assignOneOrAll': {
    vi: 'Chọn một xã hoặc giao cho tất cả các xã, không chọn cả hai.',
    en: 'Choose one commune or assign to every commune, not both.',
  },
  'actionMonth.stale': {
    vi: 'Kế hoạch vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
    en: 'Someone else has just changed the plan. Reload it and try again.',
  },
  'actionMonth.planIssued': {
    vi: 'Kế hoạch đã ban hành nên không thể sửa.',
    en: 'The plan has been issued and can no longer be changed.',
  },
  'actionMonth.notPlanOwner': {
    vi: 'Chỉ đơn vị ban hành kế hoạch mới được sửa kế hoạch này.',
    en: 'Only the unit that issues the plan may change it.',
  },
  'actionMonth.noTheme': {
    vi: 'Chưa có chủ đề Tháng hành động vì trẻ em của năm này.',
    en: 'The Action Month of this year has no theme yet.',
  },
  'actionMonth.periodOutsideYear': {
    vi: 'Thời gian phải nằm trong năm đã chọn.',
    en: 'The dates must fall within the chosen year.',
  },
  'actionMonth.provinceDueBeforeCommune': {
    vi: 'Hạn báo cáo của tỉnh không được sớm hơn hạn báo cáo của xã.',
    en: 'The province deadline cannot be earlier than the commune deadline.',
  },
  'actionMonth.parentInvalid': {
    vi: 'Kế hoạch cấp trên phải là kế hoạch đã ban hành cùng năm của cấp trên trực tiếp (xã, cơ quan: kế hoạch của tỉnh; tỉnh: kế hoạch của Bộ).',
    en: 'The parent plan must be an issued plan of the same year one level up (commune or agency: the province plan; province: the national plan).',
  },
  'actionMonth.agencyNotAssignable': {
    vi: 'Cơ quan được giao phải là cơ quan đang hoạt động thuộc tỉnh của kế hoạch.',
    en: 'The assigned agency must be an active agency of the plan’s province.',
  },
  'actionMonth.communeNotAssignable': {
    vi: 'Xã được giao phải thuộc tỉnh của kế hoạch (kế hoạch của xã chỉ giao cho chính xã đó).',
    en: 'The assigned commune must belong to the plan’s province (a commune plan assigns only its own commune).',
  },
  'actionMonth.assignAllProvinceOnly': {
    vi: 'Chỉ kế hoạch của tỉnh mới giao nhiệm vụ cho tất cả các xã.',
    en: 'Only a province plan can assign a task to every commune.',
  },
  'actionMonth.notPdf': {
    vi: 'Tệp gửi lên không phải là tệp PDF.',
    en: 'The uploaded file is not a PDF.',
  },
};

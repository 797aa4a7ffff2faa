/**
 * API messages of the Child Sponsorship Fund (issue #5 item 6): field and conflict messages of its 400/409
 * answers, merged into apiMessages (messages.ts) so the web app translates them by id too.
 */
export const fundApiMessages = {
  'fund.provinceForProvinceFund': {
    vi: 'Quỹ cấp tỉnh phải có tỉnh; quỹ trung ương thì không.',
    en: 'A provincial fund needs its province; the national fund has none.',
  },
  'fund.goodsDescriptionRequired': {
    vi: 'Hãy mô tả hiện vật.',
    en: 'Describe the goods.',
  },
  'fund.childRequired': {
    vi: 'Chọn trẻ em nhận hỗ trợ (chỉ khi người nhận là trẻ em).',
    en: 'Choose the child supported (only when the beneficiary is a child).',
  },
  'fund.projectRequired': { vi: 'Nhập tên dự án/công trình.', en: 'Enter the project name.' },
  'fund.provinceUnknown': { vi: 'Không có tỉnh/thành phố này.', en: 'There is no such province.' },
  'fund.nationalOnly': {
    vi: 'Chỉ cán bộ Quỹ cấp trung ương được lập quỹ mới.',
    en: 'Only a national fund officer may create a fund.',
  },
  'fund.alreadyExists': {
    vi: 'Cấp này đã có quỹ.',
    en: 'This level already has a fund.',
  },
  'fund.campaignNameTaken': {
    vi: 'Quỹ đã có một chiến dịch cùng tên.',
    en: 'The fund already has a campaign with this name.',
  },
  'fund.campaignUnknown': {
    vi: 'Không tìm thấy chiến dịch này trong quỹ.',
    en: 'This campaign is not one of the fund’s.',
  },
  'fund.donorUnknown': {
    vi: 'Không tìm thấy nhà tài trợ này trong quỹ.',
    en: 'This donor is not one of the fund’s.',
  },
  'fund.receiptTaken': {
    vi: 'Số biên lai này đã được dùng cho một khoản đóng góp khác của quỹ.',
    en: 'This receipt number is already used by another donation to the fund.',
  },
  'fund.dateInFuture': { vi: 'Ngày không được sau hôm nay.', en: 'The date cannot be after today.' },
  'fund.decisionAfterDisbursement': {
    vi: 'Ngày quyết định không được sau ngày chi.',
    en: 'The decision cannot be dated after the disbursement.',
  },
  'fund.childUnknown': {
    vi: 'Không tìm thấy trẻ em này trong phạm vi của quỹ.',
    en: 'This child is not in the register within the fund’s reach.',
  },
  'fund.donationUnknown': {
    vi: 'Không tìm thấy khoản đóng góp này trong quỹ.',
    en: 'This donation is not one of the fund’s.',
  },
  'fund.donationRestricted': {
    vi: 'Khoản đóng góp này dành cho mục đích khác: phải tôn trọng ý nguyện của nhà tài trợ.',
    en: 'This donation is restricted to another purpose: the donor’s purpose must be respected.',
  },
  'fund.donationMismatch': {
    vi: 'Khoản đóng góp này thuộc chiến dịch khác hoặc khác loại (tiền mặt/hiện vật).',
    en: 'This donation belongs to another campaign or is of another kind (cash/in kind).',
  },
  'fund.donationLater': {
    vi: 'Khoản đóng góp này nhận sau ngày chi: không thể chi trước khi nhận.',
    en: 'This donation was received after the disbursement date: money cannot be spent before it comes in.',
  },
  'fund.insufficient': {
    vi: 'Số tiền còn lại phù hợp với mục đích này không đủ để chi.',
    en: 'The money left for this purpose is not enough for this disbursement.',
  },
  'fund.transactionReused': {
    vi: 'Mã giao dịch này đã được dùng cho một bản ghi khác.',
    en: 'This transaction id was already used for another record.',
  },
};

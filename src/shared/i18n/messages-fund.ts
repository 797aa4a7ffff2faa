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
};

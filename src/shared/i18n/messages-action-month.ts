/**
 * API messages of the Action Month (issue #5 items 1–5): field and conflict messages of its 400/409 answers,
 * merged into apiMessages (messages.ts) so the web app translates them by id too.
 */
export const actionMonthApiMessages = {
  'actionMonth.assignOneOrAll': {
    vi: 'Chọn một xã hoặc giao cho tất cả các xã, không chọn cả hai.',
    en: 'Choose one commune or assign to every commune, not both.',
  },
};

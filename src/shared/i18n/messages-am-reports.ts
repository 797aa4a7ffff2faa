/**
 * API messages of the Action Month result reports and roll-ups (issue #5 items 3–4), merged into apiMessages
 * (messages.ts) so the web app translates them by id too.
 */
export const amReportApiMessages = {};

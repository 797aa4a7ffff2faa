import type { MessageTable } from '../types';

/** UI strings of the Action Month feature (issue #5, journey J4). */
export const actionMonthMessages = {
  'nav.actionMonth': { vi: 'Tháng hành động', en: 'Action Month' },
} as const satisfies MessageTable;

import type { MessageTable } from '../types';

/** UI strings of the Child Sponsorship Fund feature (issue #5, journey J5). */
export const fundMessages = {
  'nav.funds': { vi: 'Quỹ Bảo trợ trẻ em', en: 'Child Sponsorship Fund' },
} as const satisfies MessageTable;

import type { MessageTable } from '../types';

/** UI strings of the reports feature (issue #4). */
export const reportMessages = {} as const satisfies MessageTable;

import type { MessageTable } from '../types';

/** UI strings of the cases feature (issue #4). */
export const caseMessages = {} as const satisfies MessageTable;

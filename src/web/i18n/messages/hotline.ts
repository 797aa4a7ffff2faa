import type { MessageTable } from '../types';

/** UI strings of the hotline feature (issue #4). */
export const hotlineMessages = {} as const satisfies MessageTable;

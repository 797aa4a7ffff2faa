import type { MessageTable } from '../types';

/** UI strings of the notifications feature (issue #4). */
export const notificationMessages = {} as const satisfies MessageTable;

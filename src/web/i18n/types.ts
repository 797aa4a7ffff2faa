/** One message: the Vietnamese text (the default language) and its English translation. `{name}` is a parameter. */
export type MessageEntry = { vi: string; en: string };
export type MessageTable = Record<string, MessageEntry>;

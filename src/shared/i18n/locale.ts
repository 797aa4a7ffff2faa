export const Locale = { vi: 'vi', en: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const DEFAULT_LOCALE: Locale = 'vi';

/** Picks the locale from an explicit choice (cookie) or an Accept-Language header; Vietnamese by default. */
export function pickLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'vi' || explicit === 'en') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

import type { FastifyRequest } from 'fastify';
import { pickLocale, type Locale } from '../../shared/i18n/locale';

export const LOCALE_COOKIE = 'treem_lang';

/** The user's language: the persisted choice (cookie) first, then the browser's Accept-Language, Vietnamese default. */
export function localeOf(req: FastifyRequest): Locale {
  const header = req.headers['accept-language'];
  return pickLocale(req.cookies?.[LOCALE_COOKIE], typeof header === 'string' ? header : undefined);
}

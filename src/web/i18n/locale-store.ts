import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale';

/**
 * The chosen language lives in localStorage (survives the session) and in the `treem_lang` cookie, which the server
 * reads to answer error messages in the same language (src/server/http/locale.ts).
 */
const STORAGE_KEY = 'treem_lang';
const COOKIE_NAME = 'treem_lang';

function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(prefix)) return decodeURIComponent(trimmed.slice(prefix.length));
  }
  return undefined;
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Private mode or storage disabled: the cookie still carries the choice.
    return null;
  }
}

/** The stored choice, else the cookie, else Vietnamese (not the browser language: the product is Vietnamese-first). */
export function initialLocale(): Locale {
  const stored = readStorage();
  if (isLocale(stored)) return stored;
  const cookie = readCookie(COOKIE_NAME);
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

export function persistLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // ignored: see readStorage
  }
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${COOKIE_NAME}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  document.documentElement.lang = locale;
}

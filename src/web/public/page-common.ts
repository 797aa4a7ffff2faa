/**
 * What the two public pages share, without React or the app's catalogue (the pages must stay light for a cheap
 * phone): a tiny vi/en dictionary switch, the quick-exit button, and the API error shape. Nothing is stored in the
 * browser (no cookie, no localStorage): a person checking the phone should find no trace beyond the history.
 */

export type Lang = 'vi' | 'en';
export type Dict = Record<string, { vi: string; en: string }>;

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

export type I18n = { lang: () => Lang; t: (key: string) => string; onChange: (fn: () => void) => void };

/**
 * Fills every element with data-i18n="key" (text), data-i18n-placeholder and data-i18n-label (aria-label) from the
 * dictionary; the language button switches. English is chosen by ?lang=en, e.g. from the other page's link.
 */
export function setupI18n(dict: Dict): I18n {
  let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  const listeners: Array<() => void> = [];
  const t = (key: string) => dict[key]?.[lang] ?? key;
  const apply = () => {
    document.documentElement.lang = lang;
    document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
      el.textContent = t(el.dataset.i18n ?? '');
    });
    document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
      el.placeholder = t(el.dataset.i18nPlaceholder ?? '');
    });
    document.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
      el.setAttribute('aria-label', t(el.dataset.i18nLabel ?? ''));
    });
    const other = byId('lang');
    other.textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
    other.lang = lang === 'vi' ? 'en' : 'vi';
    document.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]').forEach((a) => {
      const url = new URL(a.href, location.href);
      if (lang === 'en') url.searchParams.set('lang', 'en');
      else url.searchParams.delete('lang');
      a.href = url.pathname + url.search;
    });
    listeners.forEach((fn) => fn());
  };
  byId('lang').addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    apply();
  });
  apply();
  return { lang: () => lang, t, onChange: (fn) => listeners.push(fn) };
}

/** The quick-exit button: clears every form and leaves for a search engine without a way back to this page. */
export function setupQuickExit(): void {
  const exit = () => {
    document.querySelectorAll('form').forEach((f) => f.reset());
    document.body.replaceChildren();
    location.replace('https://www.google.com.vn');
  };
  byId('quick-exit').addEventListener('click', exit);
}

export type ApiFieldError = { path: string; messageId: string; message: string };
export type ApiProblem = { status: number; code: string; message: string; fields: ApiFieldError[] };

/** The API's error body ({ error: { code, message, fields } }), or a bare status when the body is not ours. */
export async function problemOf(res: Response): Promise<ApiProblem> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; fields?: ApiFieldError[] };
    };
    return {
      status: res.status,
      code: body.error?.code ?? '',
      message: body.error?.message ?? '',
      fields: body.error?.fields ?? [],
    };
  } catch {
    return { status: res.status, code: '', message: '', fields: [] };
  }
}

export function show(el: HTMLElement, text: string | null): void {
  el.textContent = text ?? '';
  el.hidden = !text;
}

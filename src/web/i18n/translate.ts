import type { Locale } from '../../shared/i18n/locale';
import { webMessages, type MessageId } from './catalogue';

export type MessageParams = Record<string, string | number>;
export type Translate = (id: MessageId, params?: MessageParams) => string;

/** Looks the id up in the catalogue and fills `{name}` parameters; an unknown parameter stays visible as `{name}`. */
export function translate(locale: Locale, id: MessageId, params?: MessageParams): string {
  const text = webMessages[id][locale];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

import { createContext, useContext } from 'react';
import type { Locale } from '../../shared/i18n/locale';
import type { Translate } from './translate';

export type I18n = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate };

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

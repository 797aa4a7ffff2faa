import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/i18n/locale';
import { I18nContext, type I18n } from './context';
import { initialLocale, persistLocale } from './locale-store';
import { translate, type MessageParams } from './translate';
import type { MessageId } from './catalogue';

export function I18nProvider({
  children,
  onLocaleChange,
}: {
  children: ReactNode;
  onLocaleChange?: (locale: Locale) => void;
}) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  // Before paint: the <html lang> and the cookie must match what is on screen (screen readers, server messages).
  useLayoutEffect(() => {
    persistLocale(locale);
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      persistLocale(next);
      setLocaleState(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (id: MessageId, params?: MessageParams) => translate(locale, id, params),
    }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

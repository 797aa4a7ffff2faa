import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import type { Translate } from '../i18n/translate';

/**
 * Contrast first (WCAG AA 4.5:1 on white): filled buttons and links use shade 8 of the primary colour, and the
 * "dimmed" text is gray 7 instead of Mantine's gray 6 (3.3:1). Focus rings are always visible, not only on keyboard.
 */
export const buildTheme = (t: Translate) =>
  createTheme({
    primaryColor: 'blue',
    primaryShade: 8,
    focusRing: 'auto',
    // Phones set to reduce motion get no sliding drawers or fading dropdowns.
    respectReducedMotion: true,
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    defaultRadius: 'sm',
    components: {
      Button: { defaultProps: { size: 'sm' } },
      // Upper-case Vietnamese with stacked diacritics is hard to read in a small badge.
      Badge: { defaultProps: { tt: 'none', size: 'md' } },
      // Mantine's own controls have no text of their own: name them in the user's language.
      Select: { defaultProps: { clearButtonProps: { 'aria-label': t('a11y.clearSelection') } } },
      Pagination: {
        defaultProps: {
          getControlProps: (control: 'first' | 'previous' | 'last' | 'next') => ({
            'aria-label': t(
              control === 'previous'
                ? 'pager.previous'
                : control === 'next'
                  ? 'pager.next'
                  : control === 'first'
                    ? 'pager.first'
                    : 'pager.last',
            ),
          }),
          getItemProps: (page: number) => ({ 'aria-label': t('pager.page', { page }) }),
        },
      },
    },
  });

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Text of the "light" variants (badges, alerts) on their pale backgrounds: Mantine's shade 6–8 falls under
    // 4.5:1 for teal, red, orange, yellow and gray; these darker tones pass.
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-teal-light-color': '#06614a',
    '--mantine-color-red-light-color': '#a61e1e',
    '--mantine-color-orange-light-color': '#8a3104',
    '--mantine-color-yellow-light-color': '#5c3d00',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
  },
  dark: {},
});

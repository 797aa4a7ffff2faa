import { SegmentedControl } from '@mantine/core';
import { useI18n } from '../i18n/context';

/** VI / EN switch. The label of each option is its own language's name for screen readers. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.switchLabel')}
      value={locale}
      onChange={(value) => setLocale(value)}
      data={[
        {
          value: 'vi',
          label: (
            <span lang="vi" aria-label="Tiếng Việt">
              VI
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" aria-label="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}

import { Outlet } from '@tanstack/react-router';
import { DemoBanner } from '../components/DemoBanner';
import { useI18n } from '../i18n/context';

/** Every page: the skip link, the demo banner, then the page (the login screens or the app shell). */
export function RootLayout() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('a11y.skipToContent')}
      </a>
      <DemoBanner />
      <Outlet />
    </>
  );
}

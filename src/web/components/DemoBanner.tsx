import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../api/session';
import { useI18n } from '../i18n/context';

/** Shown on every page, login included, when the server runs with demo data (GET /api/meta). */
export function DemoBanner() {
  const { t } = useI18n();
  const { data } = useQuery(metaQuery);
  if (!data?.demo) return null;
  return (
    <div className="demo-banner" role="note" aria-label={t('demo.bannerLabel')}>
      <Text component="span" fw={800} size="sm">
        DỮ LIỆU MẪU / DEMO
      </Text>
      <Text component="span" size="sm">
        {t('demo.bannerText')}
      </Text>
    </div>
  );
}

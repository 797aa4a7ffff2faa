import { Alert } from '@mantine/core';
import { useI18n } from '../i18n/context';
import { Page } from './Page';

/** A page the user's role may not use: said plainly, with a heading screen-reader users land on. */
export function Forbidden() {
  const { t } = useI18n();
  return (
    <Page title={t('forbidden.title')}>
      <Alert color="yellow" role="alert">
        {t('forbidden.text')}
      </Alert>
    </Page>
  );
}

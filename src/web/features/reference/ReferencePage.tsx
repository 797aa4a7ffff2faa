import { Alert, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { referenceAdminQuery } from './reference-api';
import { RiskFlagsPanel } from './RiskFlagsPanel';
import { SubgroupsPanel } from './SubgroupsPanel';

/**
 * /reference: the register's editable reference lists (issue #3 item 1). Only a national administrator edits them
 * (the lists are national); a provincial administrator is told so instead of meeting a 403.
 */
export function ReferencePage() {
  const { t } = useI18n();
  const me = useMe();
  const national = me.unitCode === null;
  const lists = useQuery({ ...referenceAdminQuery, enabled: national });

  return (
    <Page title={t('reference.title')}>
      <Text size="sm" c="dimmed">
        {t('reference.intro')}
      </Text>
      {!national ? (
        <Alert color="yellow" variant="light">
          {t('reference.nationalOnly')}
        </Alert>
      ) : lists.isPending ? (
        <LoadingState />
      ) : lists.isError ? (
        <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />
      ) : (
        <Tabs defaultValue="subgroups" keepMounted={false}>
          <Tabs.List grow>
            <Tabs.Tab value="subgroups">{t('reference.tab.subgroups')}</Tabs.Tab>
            <Tabs.Tab value="flags">{t('reference.tab.flags')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="subgroups" pt="md">
            <SubgroupsPanel lists={lists.data} />
          </Tabs.Panel>
          <Tabs.Panel value="flags" pt="md">
            <RiskFlagsPanel flags={lists.data.riskFlagTypes} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Page>
  );
}

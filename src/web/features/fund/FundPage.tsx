import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import type { MessageId } from '../../i18n/catalogue';
import { BalancesPanel } from './BalancesPanel';
import { CampaignsPanel } from './CampaignsPanel';
import { DisbursementsPanel } from './DisbursementsPanel';
import { DisclosuresPanel } from './DisclosuresPanel';
import { DonationsPanel } from './DonationsPanel';
import { DonorsPanel } from './DonorsPanel';
import { fundQuery } from './fund-api';
import { LEVEL_LABEL } from './fund-labels';
import { FUND_TABS, type FundTab } from './fund-search';

const route = getRouteApi('/_app/funds/$fundId');

const TAB_LABEL: Record<FundTab, MessageId> = {
  overview: 'fund.tab.overview',
  campaigns: 'fund.tab.campaigns',
  donors: 'fund.tab.donors',
  donations: 'fund.tab.donations',
  disbursements: 'fund.tab.disbursements',
  disclosures: 'fund.tab.disclosures',
};

/**
 * One fund: its money (by purpose and campaign), campaigns, donors, donations, disbursements and public
 * disclosures, one tab each so a phone shows one thing at a time. The tab is in the address.
 */
export function FundPage() {
  const { t } = useI18n();
  const me = useMe();
  const { fundId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const fund = useQuery(fundQuery(fundId));
  const canManage = can(me, 'fund.manage');

  if (fund.isPending)
    return (
      <Page title={t('fund.list.title')}>
        <LoadingState />
      </Page>
    );
  if (fund.isError)
    return (
      <Page title={t('fund.list.title')}>
        <ErrorState error={fund.error} onRetry={() => void fund.refetch()} />
      </Page>
    );

  const f = fund.data;
  return (
    <Page title={f.name}>
      <Stack gap={4} mt={-8}>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t(LEVEL_LABEL[f.level])}
            {f.provinceName && ` · ${f.provinceName}`}
          </Text>
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/funds" />}>
            {t('fund.backToList')}
          </Anchor>
        </Group>
      </Stack>
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = FUND_TABS.find((x) => x === v) ?? 'overview';
          void navigate({ search: next === 'overview' ? {} : { tab: next }, replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {FUND_TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(TAB_LABEL[x])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <BalancesPanel balances={f.balances} />
        </Tabs.Panel>
        <Tabs.Panel value="campaigns" pt="md">
          <CampaignsPanel fundId={fundId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="donors" pt="md">
          <DonorsPanel fundId={fundId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="donations" pt="md">
          <DonationsPanel fundId={fundId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="disbursements" pt="md">
          <DisbursementsPanel fundId={fundId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="disclosures" pt="md">
          <DisclosuresPanel fundId={fundId} canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

import { Anchor, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/Fund';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { BalanceSummary } from './BalanceSummary';
import { BalanceTable } from './BalanceTable';
import { purposeText } from './BalancesPanel';
import { CampaignProgress } from './CampaignProgress';
import { DisbursementsPanel } from './DisbursementsPanel';
import { DisclosuresPanel } from './DisclosuresPanel';
import { DonationsPanel } from './DonationsPanel';
import { campaignQuery, type CampaignDetail } from './fund-api';
import { formatIsoDate } from './money';

const route = getRouteApi('/_app/funds/$fundId/campaigns/$campaignId');

/** The campaign's money by purpose and kind, with a total row that adds up. */
function CampaignBalances({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useI18n();
  const rows = campaign.balances.byPurpose.map((r) => ({
    key: `${r.purpose}:${r.kind}`,
    label: purposeText(r, t),
    balance: r,
  }));
  return (
    <Stack gap="md">
      <BalanceSummary balance={campaign.balances.total} label={t('fund.balance.summary')} />
      <BalanceTable caption={t('fund.balance.byPurpose')} head={t('fund.field.purpose')} rows={rows} />
    </Stack>
  );
}

function CampaignHeader({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('fund.campaign.period', {
            start: formatIsoDate(campaign.startDate),
            end: formatIsoDate(campaign.endDate),
          })}
          {campaign.actionMonthYear !== null &&
            ` · ${t('fund.campaign.actionMonthOf', { year: campaign.actionMonthYear })}`}
        </Text>
        {campaign.description && <Text size="sm">{campaign.description}</Text>}
        <CampaignProgress campaign={campaign} />
      </Stack>
    </Paper>
  );
}

/** One campaign: progress to its target, money by purpose, its donations and payments, and its disclosure. */
export function CampaignPage() {
  const { t } = useI18n();
  const me = useMe();
  const { fundId, campaignId } = route.useParams();
  const [tab, setTab] = useState<string | null>('overview');
  const campaign = useQuery(campaignQuery(fundId, campaignId));
  const canManage = can(me, 'fund.manage');
  const back = (
    <Anchor
      size="sm"
      renderRoot={(props) => (
        <Link {...props} to="/funds/$fundId" params={{ fundId }} search={{ tab: 'campaigns' }} />
      )}
    >
      {t('fund.campaign.back')}
    </Anchor>
  );

  if (campaign.isPending)
    return (
      <Page title={t('fund.tab.campaigns')}>
        <LoadingState />
      </Page>
    );
  if (campaign.isError)
    return (
      <Page title={t('fund.tab.campaigns')}>
        {back}
        <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
      </Page>
    );

  const c = campaign.data;
  return (
    <Page title={c.name}>
      <div style={{ marginTop: -8 }}>{back}</div>
      <CampaignHeader campaign={c} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('fund.tab.overview')}</Tabs.Tab>
          <Tabs.Tab value="donations">{t('fund.tab.donations')}</Tabs.Tab>
          <Tabs.Tab value="disbursements">{t('fund.tab.disbursements')}</Tabs.Tab>
          <Tabs.Tab value="disclosures">{t('fund.tab.disclosures')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <CampaignBalances campaign={c} />
        </Tabs.Panel>
        <Tabs.Panel value="donations" pt="md">
          <DonationsPanel fundId={fundId} campaignId={campaignId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="disbursements" pt="md">
          <DisbursementsPanel fundId={fundId} campaignId={campaignId} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="disclosures" pt="md">
          <DisclosuresPanel
            fundId={fundId}
            campaignId={campaignId}
            canManage={canManage}
            defaults={{
              title: t('fund.disclosure.defaultTitle', { name: c.name }),
              periodStart: c.startDate,
              periodEnd: c.endDate,
            }}
          />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

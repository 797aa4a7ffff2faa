import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { CampaignForm } from './CampaignForm';
import { CampaignProgress } from './CampaignProgress';
import { campaignsQuery } from './fund-api';
import { formatIsoDate } from './money';

/** The fund's campaigns with their progress; a fund officer opens a new one here. */
export function CampaignsPanel({ fundId, canManage }: { fundId: string; canManage: boolean }) {
  const { t } = useI18n();
  const campaigns = useQuery(campaignsQuery(fundId));
  const [creating, setCreating] = useState(false);
  const [formKey, setFormKey] = useState(0);

  let list;
  if (campaigns.isPending) list = <LoadingState />;
  else if (campaigns.isError)
    list = <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  else if (campaigns.data.items.length === 0) list = <EmptyState>{t('fund.campaign.empty')}</EmptyState>;
  else
    list = (
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('fund.tab.campaigns')}
      >
        {campaigns.data.items.map((c) => (
          <Paper component="li" key={c.id} withBorder p="sm">
            <Stack gap={6}>
              <Anchor
                fw={700}
                renderRoot={(props) => (
                  <Link
                    {...props}
                    to="/funds/$fundId/campaigns/$campaignId"
                    params={{ fundId, campaignId: c.id }}
                  />
                )}
              >
                {c.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('fund.campaign.period', {
                  start: formatIsoDate(c.startDate),
                  end: formatIsoDate(c.endDate),
                })}
                {c.actionMonthYear !== null &&
                  ` · ${t('fund.campaign.actionMonthOf', { year: c.actionMonthYear })}`}
              </Text>
              <CampaignProgress campaign={c} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );

  return (
    <Stack gap="md">
      {canManage &&
        (creating ? (
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <CampaignForm
              key={formKey}
              fundId={fundId}
              onSaved={() => {
                setCreating(false);
                setFormKey((k) => k + 1);
              }}
              onCancel={() => setCreating(false)}
            />
          </Paper>
        ) : (
          <Group>
            <Button onClick={() => setCreating(true)}>{t('fund.campaign.new')}</Button>
          </Group>
        ))}
      {list}
    </Stack>
  );
}

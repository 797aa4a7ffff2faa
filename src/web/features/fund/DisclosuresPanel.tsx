import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Disclosure } from '../../../shared/domain/Fund';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { DisclosureForm, type DisclosureDefaults } from './DisclosureForm';
import { disclosuresQuery, publicDisclosureUrl } from './fund-api';
import { formatVnd } from './money';

/**
 * The fund's published disclosures, each linked to its public page (/cong-khai); publish a new one. On a campaign's
 * page only that campaign's disclosures are listed and a new one covers the campaign.
 */
export function DisclosuresPanel({
  fundId,
  campaignId,
  defaults,
  canManage,
}: {
  fundId: string;
  campaignId?: string;
  defaults?: Partial<DisclosureDefaults>;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const list = useQuery(disclosuresQuery(fundId));
  const [publishing, setPublishing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [published, setPublished] = useState<Disclosure | null>(null);
  const items = (list.data?.items ?? []).filter((d) => !campaignId || d.campaignId === campaignId);

  let body;
  if (list.isPending) body = <LoadingState />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (items.length === 0) body = <EmptyState>{t('fund.disclosure.empty')}</EmptyState>;
  else
    body = (
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('fund.tab.disclosures')}
      >
        {items.map((d) => (
          <Paper component="li" key={d.id} withBorder p="sm">
            <Stack gap={4}>
              <Text fw={700}>{d.title}</Text>
              <Text size="sm" c="dimmed">
                {t('fund.disclosure.publishedAt', { time: formatDateTime(d.publishedAt) })}
              </Text>
              <Text size="sm">
                {t('fund.disclosure.totals', {
                  income: formatVnd(d.incomeTotal, locale),
                  spent: formatVnd(d.expenditureTotal, locale),
                })}
              </Text>
              <Group gap="md">
                <Anchor href={publicDisclosureUrl(d.id)} target="_blank" rel="noopener" size="sm">
                  {t('fund.disclosure.openPublic')}
                </Anchor>
                <Anchor
                  href={`/api/public/fund-disclosures/${encodeURIComponent(d.id)}/export.pdf`}
                  target="_blank"
                  rel="noopener"
                  size="sm"
                >
                  {t('fund.disclosure.pdf')}
                </Anchor>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );

  return (
    <Stack gap="md">
      {published && !publishing && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setPublished(null)}>
          {t('fund.disclosure.published', { title: published.title })}{' '}
          <Anchor href={publicDisclosureUrl(published.id)} target="_blank" rel="noopener" fz="inherit">
            {t('fund.disclosure.openPublic')}
          </Anchor>
        </Alert>
      )}
      {canManage &&
        (publishing ? (
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <DisclosureForm
              key={formKey}
              fundId={fundId}
              defaults={{ ...defaults, campaignId: campaignId ?? defaults?.campaignId ?? null }}
              fixedCampaign={campaignId !== undefined}
              onSaved={(d) => {
                setPublished(d);
                setPublishing(false);
                setFormKey((k) => k + 1);
              }}
              onCancel={() => setPublishing(false)}
            />
          </Paper>
        ) : (
          <Group>
            <Button
              onClick={() => {
                setPublished(null);
                setPublishing(true);
              }}
            >
              {t('fund.disclosure.new')}
            </Button>
          </Group>
        ))}
      {body}
    </Stack>
  );
}

import { Progress, Stack, Text } from '@mantine/core';
import type { Campaign } from '../../../shared/domain/Fund';
import { useI18n } from '../../i18n/context';
import { formatVnd, percentOf } from './money';

/** Raised against the target (when there is one), as a bar with its numbers written beside it. */
export function CampaignProgress({
  campaign,
}: {
  campaign: Pick<Campaign, 'raised' | 'spent' | 'targetAmount'>;
}) {
  const { t, locale } = useI18n();
  const raised = formatVnd(campaign.raised, locale);
  if (campaign.targetAmount <= 0)
    return (
      <Text size="sm">
        {t('fund.campaign.raisedNoTarget', { raised, spent: formatVnd(campaign.spent, locale) })}
      </Text>
    );
  const percent = Math.round((campaign.raised / campaign.targetAmount) * 100);
  const text = t('fund.campaign.progress', {
    raised,
    target: formatVnd(campaign.targetAmount, locale),
    percent,
  });
  return (
    <Stack gap={4}>
      <Progress
        value={percentOf(campaign.raised, campaign.targetAmount)}
        size="lg"
        color={percent >= 100 ? 'teal' : 'blue'}
        aria-label={text}
      />
      <Text size="sm">{text}</Text>
      <Text size="xs" c="dimmed">
        {t('fund.campaign.spentSoFar', { spent: formatVnd(campaign.spent, locale) })}
      </Text>
    </Stack>
  );
}

import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/context';
import { campaignsQuery } from './fund-api';

const NONE = '_none';

/** The campaign money belongs to, or none (money given to the fund outside any campaign). */
export function CampaignSelect({
  fundId,
  value,
  onChange,
  error,
  label,
  noneLabel,
  disabled,
}: {
  fundId: string;
  value: string | null;
  onChange: (campaignId: string | null) => void;
  error?: string;
  label?: string;
  /** What "no campaign" means here: money outside any campaign, or (a disclosure) the whole fund. */
  noneLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const campaigns = useQuery(campaignsQuery(fundId));
  const data = [
    { value: NONE, label: noneLabel ?? t('fund.balance.noCampaign') },
    ...(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <Select
      label={label ?? t('fund.field.campaign')}
      data={data}
      value={value ?? NONE}
      onChange={(v) => onChange(v === null || v === NONE ? null : v)}
      allowDeselect={false}
      disabled={disabled}
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

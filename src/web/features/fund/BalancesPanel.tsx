import { Stack } from '@mantine/core';
import type { FundBalances, PurposeBalance } from '../../../shared/domain/Fund';
import { useI18n } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';
import { byPurpose } from './balance-math';
import { BalanceSummary } from './BalanceSummary';
import { BalanceTable } from './BalanceTable';
import { GOODS_KIND_LABEL, PURPOSE_LABEL } from './fund-labels';

/** "Học bổng", or "Quà tặng (hiện vật)" for goods given in kind. */
export function purposeText(p: Pick<PurposeBalance, 'purpose' | 'kind'>, t: Translate): string {
  const purpose = t(PURPOSE_LABEL[p.purpose]);
  return p.kind === 'cash' ? purpose : `${purpose} (${t(GOODS_KIND_LABEL[p.kind]).toLowerCase()})`;
}

/** The fund's money: totals, by purpose (what donors asked for), by campaign. */
export function BalancesPanel({ balances }: { balances: FundBalances }) {
  const { t } = useI18n();
  const purposes = byPurpose(balances.campaigns).map((r) => ({
    key: `${r.purpose}:${r.kind}`,
    label: purposeText(r, t),
    balance: r.balance,
  }));
  const campaigns = balances.campaigns.map((c) => ({
    key: c.campaignId ?? 'none',
    label: c.campaignName ?? t('fund.balance.noCampaign'),
    balance: c.total,
  }));
  return (
    <Stack gap="lg">
      <BalanceSummary balance={balances.total} label={t('fund.balance.summary')} />
      <BalanceTable caption={t('fund.balance.byPurpose')} head={t('fund.field.purpose')} rows={purposes} />
      <BalanceTable caption={t('fund.balance.byCampaign')} head={t('fund.field.campaign')} rows={campaigns} />
    </Stack>
  );
}

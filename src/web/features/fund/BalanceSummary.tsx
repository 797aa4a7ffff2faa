import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Balance } from '../../../shared/domain/Fund';
import { useI18n } from '../../i18n/context';
import { formatVnd } from './money';

/** Three figures at a glance: received, spent, left (left = received − spent). */
export function BalanceSummary({ balance, label }: { balance: Balance; label: string }) {
  const { t, locale } = useI18n();
  const cells = [
    { id: 'income', title: t('fund.balance.income'), value: balance.income, color: undefined },
    { id: 'spent', title: t('fund.balance.spent'), value: balance.spent, color: 'orange.8' },
    { id: 'available', title: t('fund.balance.available'), value: balance.available, color: 'teal.8' },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" role="group" aria-label={label}>
      {cells.map((c) => (
        <Paper key={c.id} withBorder p="sm" data-figure={c.id}>
          <Text size="sm" c="dimmed">
            {c.title}
          </Text>
          <Text size="xl" fw={700} c={c.color}>
            {formatVnd(c.value, locale)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

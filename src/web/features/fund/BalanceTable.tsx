import { Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Balance } from '../../../shared/domain/Fund';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { sumBalances } from './balance-math';
import { formatVnd, percentOf } from './money';

export type BalanceRow = { key: string; label: ReactNode; balance: Balance };

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Spent | left as a CSS bar, its width the row's income against the largest. Decoration: hidden from readers. */
function Bar({ balance, largest }: { balance: Balance; largest: number }) {
  return (
    <Group gap={0} wrap="nowrap" aria-hidden w={`${percentOf(balance.income, largest)}%`}>
      <Box h={12} bg="orange.5" w={`${percentOf(balance.spent, balance.income)}%`} />
      <Box h={12} bg="teal.5" style={{ flex: 1 }} />
    </Group>
  );
}

/** On a phone: one card per row (received, spent, left side by side), then the total, so nothing scrolls. */
function BalanceCards({
  caption,
  rows,
  total,
  largest,
}: {
  caption: string;
  rows: BalanceRow[];
  total: Balance;
  largest: number;
}) {
  const { t, locale } = useI18n();
  // One line per figure, label left and amount right: fits 360 px even for billions of đồng.
  const figures = (b: Balance, strong: boolean) => (
    <Stack gap={0}>
      {(
        [
          ['fund.balance.income', b.income],
          ['fund.balance.spent', b.spent],
          ['fund.balance.available', b.available],
        ] as const
      ).map(([label, value]) => (
        <Group key={label} justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t(label)}
          </Text>
          <Text size="sm" fw={strong || label === 'fund.balance.available' ? 700 : 400} style={NOWRAP}>
            {formatVnd(value, locale)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
  return (
    <Stack gap="xs" hiddenFrom="sm">
      <Text fw={700} size="sm">
        {caption}
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {rows.map((r) => (
          <Paper component="li" key={r.key} withBorder p="xs">
            <Text size="sm" fw={600}>
              {r.label}
            </Text>
            <Box my={4}>
              <Bar balance={r.balance} largest={largest} />
            </Box>
            {figures(r.balance, false)}
          </Paper>
        ))}
        <Paper component="li" withBorder p="xs" bg="gray.0">
          <Text size="sm" fw={700}>
            {t('fund.balance.total')}
          </Text>
          {figures(total, true)}
        </Paper>
      </Stack>
    </Stack>
  );
}

/**
 * Money in, out and left per row, with a total row that adds up and a CSS bar per row (spent | left, scaled to the
 * largest income). A table from a tablet up; cards on a phone.
 */
export function BalanceTable({ caption, head, rows }: { caption: string; head: string; rows: BalanceRow[] }) {
  const { t, locale } = useI18n();
  const total = sumBalances(rows.map((r) => r.balance));
  const largest = Math.max(1, ...rows.map((r) => r.balance.income));
  const money = (v: number) => formatVnd(v, locale);
  return (
    <>
      <BalanceCards caption={caption} rows={rows} total={total} largest={largest} />
      <Box visibleFrom="sm">
        <TableScroll label={caption} minWidth={600}>
          <Table striped withTableBorder>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              <Text fw={700} size="sm">
                {caption}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{head}</Table.Th>
                <Table.Th ta="right">{t('fund.balance.income')}</Table.Th>
                <Table.Th ta="right">{t('fund.balance.spent')}</Table.Th>
                <Table.Th ta="right">{t('fund.balance.available')}</Table.Th>
                <Table.Th w={140}>
                  <Text span size="xs" c="dimmed">
                    {t('fund.balance.bar')}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td ta="right" style={NOWRAP}>
                    {money(r.balance.income)}
                  </Table.Td>
                  <Table.Td ta="right" style={NOWRAP}>
                    {money(r.balance.spent)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} style={NOWRAP}>
                    {money(r.balance.available)}
                  </Table.Td>
                  <Table.Td>
                    <Bar balance={r.balance} largest={largest} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('fund.balance.total')}</Table.Th>
                <Table.Th ta="right" style={NOWRAP}>
                  {money(total.income)}
                </Table.Th>
                <Table.Th ta="right" style={NOWRAP}>
                  {money(total.spent)}
                </Table.Th>
                <Table.Th ta="right" style={NOWRAP}>
                  {money(total.available)}
                </Table.Th>
                <Table.Th>
                  <Group gap={8} wrap="nowrap" aria-hidden>
                    <Group gap={4} wrap="nowrap">
                      <Box w={10} h={10} bg="orange.5" />
                      <Text span size="xs">
                        {t('fund.balance.spent')}
                      </Text>
                    </Group>
                    <Group gap={4} wrap="nowrap">
                      <Box w={10} h={10} bg="teal.5" />
                      <Text span size="xs">
                        {t('fund.balance.available')}
                      </Text>
                    </Group>
                  </Group>
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </TableScroll>
      </Box>
    </>
  );
}

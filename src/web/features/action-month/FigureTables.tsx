import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { AmRollupTotals } from '../../../shared/domain/ActionMonth';
import { EmptyState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { ALL_FIGURES, type Figures } from './am-figures';
import { ACTIVITY_TYPE_LABEL, FIGURE_LABEL } from './am-labels';
import { figureText } from './AmBits';

/** Figures as label/value pairs (the non-zero ones unless `all`), two columns on a phone. */
export function FigureGrid({ figures, all = false }: { figures: Figures; all?: boolean }) {
  const { t } = useI18n();
  const shown = ALL_FIGURES.filter((f) => all || figures[f] !== 0);
  if (shown.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('am.figures.none')}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs" component="dl" m={0}>
      {shown.map((f) => (
        <Stack key={f} gap={0}>
          <Text component="dt" size="xs" c="dimmed">
            {t(FIGURE_LABEL[f])}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {figureText(f, figures[f])}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** Figures by activity type with the total column (a roll-up); rows with no figure anywhere are left out. */
export function FiguresByType({ totals, label }: { totals: AmRollupTotals; label: string }) {
  const { t } = useI18n();
  const rows = ALL_FIGURES.filter((f) => totals.total[f] !== 0);
  if (rows.length === 0) return <EmptyState>{t('am.figures.none')}</EmptyState>;
  const types = totals.byType.filter((bt) => rows.some((f) => bt.figures[f] !== 0));
  return (
    <TableScroll label={label} minWidth={260 + 130 * (types.length + 1)}>
      <Table striped fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('am.figures.figure')}</Table.Th>
            {types.map((bt) => (
              <Table.Th key={bt.type} ta="right">
                {t(ACTIVITY_TYPE_LABEL[bt.type])}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('am.figures.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row" fw={400}>
                {t(FIGURE_LABEL[f])}
              </Table.Th>
              {types.map((bt) => (
                <Table.Td key={bt.type} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {figureText(f, bt.figures[f])}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {figureText(f, totals.total[f])}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

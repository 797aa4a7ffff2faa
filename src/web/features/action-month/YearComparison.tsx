import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { rollupYearsQuery } from './am-api';
import { formatCount, formatVnd } from './am-format';
import { mobilised, participants } from './am-figures';
import type { Figure } from './am-labels';
import { AmSection } from './AmSection';
import { FigureBars, FigureSelect } from './FigureBars';

const YEARS_BACK = 4;

/** The year against the four before it (GET /rollup/years): a chart of one figure and a table of the key ones. */
export function YearComparison({ year, provinceCode }: { year: number; provinceCode?: string }) {
  const { t } = useI18n();
  const [figure, setFigure] = useState<Figure>('childrenReached');
  const query = useQuery(rollupYearsQuery(year - YEARS_BACK, year, provinceCode));
  const title = t('am.rollup.yearsTitle', { from: year - YEARS_BACK, to: year });
  if (query.isPending)
    return (
      <AmSection title={title}>
        <LoadingState />
      </AmSection>
    );
  if (query.isError)
    return (
      <AmSection title={title}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </AmSection>
    );
  const years = [...query.data.years].sort((a, b) => a.year - b.year);
  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  return (
    <AmSection title={title}>
      <FigureSelect value={figure} onChange={setFigure} />
      <FigureBars
        figure={figure}
        label={title}
        bars={years.map((y) => ({ key: String(y.year), label: String(y.year), value: y.total[figure] }))}
      />
      <TableScroll label={title} minWidth={640}>
        <Table striped fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('am.year')}</Table.Th>
              <Table.Th {...num}>{t('am.rollup.reportCount')}</Table.Th>
              <Table.Th {...num}>{t('am.figure.events')}</Table.Th>
              <Table.Th {...num}>{t('am.rollup.participants')}</Table.Th>
              <Table.Th {...num}>{t('am.figure.childrenReached')}</Table.Th>
              <Table.Th {...num}>{t('am.rollup.mobilised')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Th scope="row">{y.year}</Table.Th>
                <Table.Td {...num}>{formatCount(y.reportCount)}</Table.Td>
                <Table.Td {...num}>{formatCount(y.total.events)}</Table.Td>
                <Table.Td {...num}>{formatCount(participants(y.total))}</Table.Td>
                <Table.Td {...num}>{formatCount(y.total.childrenReached)}</Table.Td>
                <Table.Td {...num}>{formatVnd(mobilised(y.total))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {years.every((y) => y.reportCount === 0) && (
        <Text size="sm" c="dimmed">
          {t('am.rollup.noYears')}
        </Text>
      )}
    </AmSection>
  );
}

import { Anchor, Badge, Group, Select, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { AmRollup } from '../../../shared/domain/ActionMonth';
import { EmptyState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatCount, formatVnd } from './am-format';
import { facilities, mobilised, participants, sortUnits, type UnitOrder } from './am-figures';
import { REPORT_LEVEL_LABEL } from './am-labels';
import { ReportStatusBadge } from './AmBits';
import { AmSection } from './AmSection';

/**
 * One row per unit that must report (communes and agencies of a province; the provinces of the nation): its status,
 * whether it is overdue, and its key figures. Overdue and missing units come first; a province drills down.
 */
export function RollupUnitsTable({ rollup }: { rollup: AmRollup }) {
  const { t } = useI18n();
  const [order, setOrder] = useState<UnitOrder>('attention');
  const units = sortUnits(rollup.units, order);
  const national = rollup.scope === 'national';
  const orders: { value: UnitOrder; label: string }[] = [
    { value: 'attention', label: t('am.rollup.orderAttention') },
    { value: 'name', label: t('am.rollup.orderName') },
    { value: 'childrenReached', label: t('am.rollup.orderChildren') },
    { value: 'mobilised', label: t('am.rollup.orderMobilised') },
  ];
  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  const head = { ta: 'right' as const };
  return (
    <AmSection
      title={national ? t('am.rollup.provincesTitle') : t('am.rollup.unitsTitle')}
      actions={
        <Select
          aria-label={t('am.rollup.order')}
          data={orders}
          value={order}
          onChange={(v) => v && setOrder(v)}
          allowDeselect={false}
          size="sm"
          w={250}
        />
      }
    >
      {units.length === 0 ? (
        <EmptyState>{t('am.rollup.noUnits')}</EmptyState>
      ) : (
        <TableScroll label={t('am.rollup.unitsTitle')} minWidth={880} maxHeight={560}>
          <Table striped stickyHeader fz="sm" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{t('am.rollup.unit')}</Table.Th>
                <Table.Th>{t('am.rollup.status')}</Table.Th>
                <Table.Th {...head}>{t('am.figure.events')}</Table.Th>
                <Table.Th {...head}>{t('am.rollup.participants')}</Table.Th>
                <Table.Th {...head}>{t('am.figure.childrenReached')}</Table.Th>
                <Table.Th {...head}>{t('am.figure.childrenGifted')}</Table.Th>
                <Table.Th {...head}>{t('am.rollup.mobilised')}</Table.Th>
                <Table.Th {...head}>{t('am.rollup.facilities')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u) => (
                <Table.Tr key={`${u.level}-${u.unitCode}`}>
                  <Table.Th scope="row" fw={500}>
                    {national ? (
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link
                            {...props}
                            to="/action-month/rollup"
                            search={{ year: rollup.year, provinceCode: u.unitCode }}
                          />
                        )}
                      >
                        {u.unitName}
                      </Anchor>
                    ) : (
                      u.unitName
                    )}
                    {u.level === 'agency' && (
                      <Badge size="xs" variant="outline" color="gray" ml={6}>
                        {t(REPORT_LEVEL_LABEL.agency)}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ReportStatusBadge status={u.status} />
                      {u.overdue && (
                        <Badge color="red" variant="filled">
                          {t('am.report.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td {...num}>{formatCount(u.total.events)}</Table.Td>
                  <Table.Td {...num}>{formatCount(participants(u.total))}</Table.Td>
                  <Table.Td {...num}>{formatCount(u.total.childrenReached)}</Table.Td>
                  <Table.Td {...num}>{formatCount(u.total.childrenGifted)}</Table.Td>
                  <Table.Td {...num}>{formatVnd(mobilised(u.total))}</Table.Td>
                  <Table.Td {...num}>{formatCount(facilities(u.total))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </AmSection>
  );
}

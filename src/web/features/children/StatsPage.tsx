import { Card, Group, List, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { ChildStats } from '../../../shared/domain/ChildStats';
import type { Unit } from '../../../shared/domain/Unit';
import type { CircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { formatNumber } from '../../i18n/format';
import { childStatsQuery } from './children-api';
import { formatDay, groupName } from './child-labels';
import { childScope } from './child-scope';
import { ChildrenByUnitTable, GroupsByUnitTable, unitRows } from './StatsTables';

// ECharts is big: it loads with this page's chart only, never with the first page.
const StatsChart = lazy(() => import('./StatsChart').then((m) => ({ default: m.StatsChart })));

type ChartKind = 'groups' | 'units';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm">{label}</Text>
      <Text fw={800} fz={28} lh={1.2}>
        {value}
      </Text>
    </Card>
  );
}

function StatsBody({ stats }: { stats: ChildStats }) {
  const { t, locale } = useI18n();
  const [chart, setChart] = useState<ChartKind>('groups');
  const nameOf = (c: CircumstanceGroupCode) => groupName(c, locale);
  const rows = useMemo(() => unitRows(stats), [stats]);
  const byGroup = useMemo(() => {
    const totals = new Map<CircumstanceGroupCode, number>();
    for (const g of stats.byGroup) totals.set(g.groupCode, (totals.get(g.groupCode) ?? 0) + g.count);
    return [...totals.entries()].sort((a, b) => a[0].localeCompare(b[0], 'vi'));
  }, [stats]);
  const series = useMemo(() => {
    if (chart === 'groups')
      return {
        categories: byGroup.map(([c]) => `${c}. ${groupName(c, locale)}`),
        values: byGroup.map(([, v]) => v),
      };
    const top = rows
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total)
      .slice(0, 20);
    return { categories: top.map((r) => r.name), values: top.map((r) => r.total) };
  }, [chart, byGroup, rows, locale]);
  const n = (v: number) => formatNumber(v, locale);
  const chartLabel = chart === 'groups' ? t('childStats.chartGroups') : t('childStats.chartUnits');

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('childStats.asOf', { date: formatDay(stats.asOf) })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={560}>
        <Figure label={t('childStats.activeChildren')} value={n(stats.totals.activeChildren)} />
        <Figure label={t('childStats.inSpecial')} value={n(stats.totals.inSpecialCircumstances)} />
      </SimpleGrid>
      {!stats.sensitiveGroupsIncluded && (
        <Text size="sm" c="dimmed">
          {t('childStats.sensitiveLeftOut')}
        </Text>
      )}

      <Card withBorder padding="md" component="section" aria-labelledby="stats-chart">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h4" id="stats-chart">
            {chartLabel}
          </Title>
          {rows.length > 1 && (
            <SegmentedControl
              size="xs"
              aria-label={t('childStats.chartChoice')}
              value={chart}
              onChange={(v) => setChart(v === 'units' ? 'units' : 'groups')}
              data={[
                { value: 'groups', label: t('childStats.byGroup') },
                { value: 'units', label: t('childStats.byUnit') },
              ]}
            />
          )}
        </Group>
        {series.values.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('childStats.noGroups')}
          </Text>
        ) : (
          <Suspense fallback={<LoadingState />}>
            <StatsChart
              label={chartLabel}
              categories={series.categories}
              values={series.values}
              locale={locale}
            />
          </Suspense>
        )}
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="stats-units">
        <Title order={2} size="h4" id="stats-units" mb="sm">
          {t('childStats.unitsTitle')}
        </Title>
        <ChildrenByUnitTable rows={rows} caption={t('childStats.unitsCaption')} />
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="stats-groups">
        <Title order={2} size="h4" id="stats-groups" mb="sm">
          {t('childStats.groupsTitle')}
        </Title>
        <GroupsByUnitTable stats={stats} groupName={nameOf} caption={t('childStats.groupsCaption')} />
        {byGroup.length > 0 && (
          <List size="sm" mt="sm" spacing={2} aria-label={t('childStats.legend')}>
            {byGroup.map(([c, v]) => (
              <List.Item key={c}>
                <Text span fw={700} size="sm">
                  {c}
                </Text>{' '}
                {nameOf(c)}: {n(v)}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
}

/**
 * Thống kê trẻ em: active children by unit, sex and age group, and children in special circumstances by group, for
 * the user's jurisdiction (a provincial officer may narrow to one commune). Sensitive groups only with the right.
 */
export function StatsPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = childScope(me, 'children.stats');
  const [unit, setUnit] = useState<Unit | null>(null);
  const stats = useQuery(childStatsQuery(unit?.code));
  const where =
    unit?.name ??
    (scope.kind === 'commune'
      ? scope.communeName
      : scope.kind === 'province'
        ? scope.provinceName
        : t('home.national'));

  return (
    <Page title={t('childStats.title')}>
      {where && (
        <Text size="sm" mt={-8}>
          {t('childStats.scope', { name: where })}
        </Text>
      )}
      {scope.kind !== 'commune' && scope.kind !== 'none' && (
        <Stack maw={420}>
          <UnitPicker
            label={scope.kind === 'province' ? t('childStats.pickCommune') : t('childStats.pickUnit')}
            description=""
            value={unit}
            onChange={setUnit}
            level={scope.kind === 'province' ? 'commune' : undefined}
            provinceCode={scope.kind === 'province' ? scope.provinceCode : undefined}
          />
        </Stack>
      )}
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <StatsBody stats={stats.data} />
      )}
    </Page>
  );
}

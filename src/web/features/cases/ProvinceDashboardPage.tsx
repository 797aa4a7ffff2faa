import { Anchor, Card, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { CaseStats } from '../../../shared/domain/Case';
import { CASE_STATUSES } from '../../../shared/workflow/case-workflow';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Forbidden } from '../../components/Forbidden';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { formatNumber } from '../../i18n/format';
import { childScope } from '../children/child-scope';
import { provincesQuery } from '../units/units-api';
import {
  caseStatsQuery,
  formatHours,
  overdueQueueSearch,
  sortCommunes,
  STATUS_LABEL,
  totals,
  type CommuneRow,
} from './dashboard-api';

// ECharts loads with this page's chart only (the register's statistics chart, reused).
const StatsChart = lazy(() => import('../children/StatsChart').then((m) => ({ default: m.StatsChart })));

function Figure({ label, value, alert }: { label: string; value: string; alert?: boolean }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm">{label}</Text>
      <Text fw={800} fz={28} lh={1.2} c={alert ? 'red.8' : undefined}>
        {value}
      </Text>
    </Card>
  );
}

/**
 * Theo dõi vụ việc (issue #4 item 8): cases by status, each commune's open, overdue and escalated cases, and how fast
 * communes take the first step. Counts only: no child, no case content. A province officer sees her province, a
 * national officer chooses one (or the whole country), a commune sees itself.
 */
export function ProvinceDashboardPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = childScope(me, 'cases.stats');
  const [chosenProvince, setChosenProvince] = useState<string | null>(null);
  const provinceCode =
    scope.kind === 'province'
      ? scope.provinceCode
      : scope.kind === 'national'
        ? (chosenProvince ?? undefined)
        : undefined;
  const stats = useQuery({ ...caseStatsQuery(provinceCode), enabled: scope.kind !== 'none' });
  const provinces = useQuery({ ...provincesQuery(), enabled: scope.kind === 'national' });

  if (!can(me, 'cases.stats') || scope.kind === 'none') return <Forbidden />;

  return (
    <Page title={t('dashboard.title')}>
      <Text size="sm">
        {scope.kind === 'commune'
          ? t('dashboard.introCommune', { unit: scope.communeName ?? scope.communeCode })
          : scope.kind === 'province'
            ? t('dashboard.introProvince', { unit: scope.provinceName ?? me.unitName ?? scope.provinceCode })
            : t('dashboard.introNational')}
      </Text>
      {scope.kind === 'national' && (
        <Select
          label={t('dashboard.province')}
          placeholder={t('dashboard.wholeCountry')}
          data={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
          value={chosenProvince}
          onChange={setChosenProvince}
          searchable
          clearable
          maw={360}
        />
      )}
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <DashboardBody stats={stats.data} />
      )}
    </Page>
  );
}

function DashboardBody({ stats }: { stats: CaseStats }) {
  const { t, locale } = useI18n();
  // The national level sees figures only: it has no case queue to open.
  const linkable = can(useMe(), 'cases.read');
  const n = (v: number) => formatNumber(v, locale);
  const sum = totals(stats);
  const rows = useMemo(() => sortCommunes(stats.byCommune), [stats]);
  const chart = useMemo(() => {
    const top = rows
      .filter((r) => r.open > 0)
      .sort((a, b) => b.open - a.open)
      .slice(0, 20);
    return { categories: top.map((r) => r.communeName), values: top.map((r) => r.open) };
  }, [rows]);
  const counts = new Map(stats.byStatus.map((s) => [s.status, s.count]));
  const tfa = stats.timeToFirstAction;

  if (sum.all === 0) return <EmptyState>{t('dashboard.empty')}</EmptyState>;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('dashboard.open')} value={n(sum.open)} />
        <Figure label={t('dashboard.overdue')} value={n(sum.overdue)} alert={sum.overdue > 0} />
        <Figure label={t('dashboard.escalated')} value={n(sum.escalated)} alert={sum.escalated > 0} />
        <Figure label={t('dashboard.closed')} value={n(counts.get('closed') ?? 0)} />
      </SimpleGrid>

      <Card withBorder padding="md" component="section" aria-labelledby="dashboard-status">
        <Title order={2} size="h4" id="dashboard-status" mb="sm">
          {t('dashboard.byStatus')}
        </Title>
        <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="xs" component="ul" p={0} m={0}>
          {CASE_STATUSES.map((s) => (
            <Card key={s} component="li" withBorder padding="xs" style={{ listStyle: 'none' }}>
              <Text size="xs" lh={1.3} mih={{ base: 0, sm: 32 }}>
                {t(STATUS_LABEL[s])}
              </Text>
              <Text fw={700} fz="xl">
                {n(counts.get(s) ?? 0)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="dashboard-first-action">
        <Title order={2} size="h4" id="dashboard-first-action" mb="xs">
          {t('dashboard.firstAction')}
        </Title>
        {tfa.cases === 0 || tfa.medianHours === null ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.firstActionNone')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm">
              {t('dashboard.firstActionMedian', { hours: formatHours(tfa.medianHours, locale) })}
            </Text>
            {tfa.p90Hours !== null && (
              <Text size="sm">
                {t('dashboard.firstActionP90', { hours: formatHours(tfa.p90Hours, locale) })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('dashboard.firstActionBasis', { count: n(tfa.cases) })}
            </Text>
          </Stack>
        )}
      </Card>

      {chart.values.length > 1 && (
        <Card withBorder padding="md" component="section" aria-labelledby="dashboard-chart">
          <Title order={2} size="h4" id="dashboard-chart" mb="sm">
            {t('dashboard.chartTitle')}
          </Title>
          <Suspense fallback={<LoadingState />}>
            <StatsChart
              label={t('dashboard.chartTitle')}
              categories={chart.categories}
              values={chart.values}
              locale={locale}
            />
          </Suspense>
        </Card>
      )}

      <Card withBorder padding="md" component="section" aria-labelledby="dashboard-communes">
        <Title order={2} size="h4" id="dashboard-communes" mb={4}>
          {t('dashboard.communesTitle')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {linkable ? t('dashboard.communesHint') : t('dashboard.communesHintFigures')}
        </Text>
        {rows.length === 0 ? (
          <EmptyState>{t('dashboard.noCommunes')}</EmptyState>
        ) : (
          <CommunesTable rows={rows} linkable={linkable} />
        )}
      </Card>
    </Stack>
  );
}

/** Communes with their counts; a click on one opens its overdue queue for those who may read cases. */
function CommunesTable({ rows, linkable }: { rows: CommuneRow[]; linkable: boolean }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <TableScroll label={t('dashboard.communesTable')} minWidth={290} maxHeight={560}>
      <Table striped highlightOnHover stickyHeader horizontalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.col.commune')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.col.open')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.col.overdue')}</Table.Th>
            <Table.Th ta="right">{t('dashboard.col.escalated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const search = overdueQueueSearch(r.communeCode);
            return (
              <Table.Tr
                key={r.communeCode}
                style={linkable ? { cursor: 'pointer' } : undefined}
                // The whole row opens the queue; the link in it is the keyboard and screen-reader way.
                onClick={(e) => {
                  if (!linkable || (e.target as HTMLElement).closest('a')) return;
                  void navigate({ to: '/cases', search });
                }}
              >
                <Table.Td fw={600}>
                  {linkable ? (
                    <Anchor renderRoot={(props) => <Link {...props} to="/cases" search={search} />} fw={600}>
                      {r.communeName}
                    </Anchor>
                  ) : (
                    r.communeName
                  )}
                </Table.Td>
                <Table.Td ta="right">{n(r.open)}</Table.Td>
                <Table.Td
                  ta="right"
                  c={r.overdue > 0 ? 'red.8' : undefined}
                  fw={r.overdue > 0 ? 700 : undefined}
                >
                  {n(r.overdue)}
                </Table.Td>
                <Table.Td ta="right" c={r.escalated > 0 ? 'red.8' : undefined}>
                  {n(r.escalated)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

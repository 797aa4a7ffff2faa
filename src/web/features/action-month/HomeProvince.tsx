import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { useMe } from '../../api/useMe';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { plansQuery, reportsQuery } from './am-api';
import { sortUnits, zeroFigures } from './am-figures';
import { ownReport, type AmView } from './am-view';
import { AmSection } from './AmSection';
import { CreatePlanButton } from './CreatePlanButton';
import { OwnReportSection } from './OwnReportSection';
import { PlanList } from './PlanList';
import { ReportList } from './ReportList';

/**
 * The Action Month of a province: the communes' and agencies' reports awaiting review, the province's plan, its
 * report to the ministry, and the plans of the communes and agencies.
 */
export function HomeProvince({ year, theme, view }: { year: number; theme: AmTheme | null; view: AmView }) {
  const { t } = useI18n();
  const me = useMe();
  const plans = useQuery(plansQuery({ year }));
  const reports = useQuery(reportsQuery({ year }));
  if (plans.isPending || reports.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;

  const own = plans.data.items.filter((p) => p.level === 'province' && p.provinceCode === me.provinceCode);
  const national = plans.data.items.filter((p) => p.level === 'national');
  const below = plans.data.items.filter((p) => p.level === 'commune' || p.level === 'agency');
  const belowReports = reports.data.items.filter((r) => r.level !== 'province');
  const awaiting = belowReports.filter((r) => r.status === 'submitted');
  // Overdue and returned first: what the province must chase.
  const ordered = sortUnits(
    belowReports.map((r) => ({ ...r, unitCode: r.id, total: zeroFigures() })),
    'attention',
  );
  const rollupLink = (
    <Button
      size="sm"
      variant="light"
      renderRoot={(props) => <Link {...props} to="/action-month/rollup" search={{ year }} />}
    >
      {t('am.home.rollup')}
    </Button>
  );
  return (
    <Stack gap="md">
      <AmSection title={t('am.home.awaitingReview', { count: awaiting.length })}>
        <ReportList reports={awaiting} empty={t('am.home.noneAwaiting')} />
      </AmSection>
      <AmSection
        title={t('am.home.provincePlan')}
        actions={view.canPlan && <CreatePlanButton year={year} theme={theme} />}
      >
        <PlanList plans={own} empty={t('am.home.noOwnPlan')} />
        {national.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('am.home.nationalPlans')}
            </Text>
            <PlanList plans={national} empty="" />
          </>
        )}
      </AmSection>
      <AmSection title={t('am.home.communeReports')} actions={rollupLink}>
        <ReportList reports={ordered} empty={t('am.home.noCommuneReports')} />
      </AmSection>
      <OwnReportSection
        title={t('am.home.provinceReport')}
        year={year}
        theme={theme}
        report={ownReport(me, reports.data.items)}
        dueDate={theme?.provinceReportDue ?? null}
        canReport={view.canReport}
      />
      <AmSection title={t('am.home.communePlans')}>
        <PlanList plans={below} empty={t('am.home.noCommunePlans')} />
      </AmSection>
    </Stack>
  );
}

import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { plansQuery, reportsQuery } from './am-api';
import { sortUnits, zeroFigures } from './am-figures';
import type { AmView } from './am-view';
import { AmSection } from './AmSection';
import { CreatePlanButton } from './CreatePlanButton';
import { PlanList } from './PlanList';
import { ReportList } from './ReportList';

/** The ministry's Action Month: the provinces' reports awaiting review, the national plan, the national roll-up. */
export function HomeNational({ year, theme, view }: { year: number; theme: AmTheme | null; view: AmView }) {
  const { t } = useI18n();
  const plans = useQuery(plansQuery({ year, level: 'national' }));
  const reports = useQuery(reportsQuery({ year, level: 'province' }));
  if (plans.isPending || reports.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;

  const provinceReports = reports.data.items.filter((r) => r.level === 'province');
  const awaiting = provinceReports.filter((r) => r.status === 'submitted');
  const ordered = sortUnits(
    provinceReports.map((r) => ({ ...r, unitCode: r.id, total: zeroFigures() })),
    'attention',
  );
  return (
    <Stack gap="md">
      <AmSection title={t('am.home.provincesAwaiting', { count: awaiting.length })}>
        <ReportList reports={awaiting} empty={t('am.home.noneAwaiting')} />
      </AmSection>
      <AmSection
        title={t('am.home.nationalPlan')}
        actions={view.canPlan && <CreatePlanButton year={year} theme={theme} />}
      >
        <PlanList plans={plans.data.items} empty={t('am.home.noNationalPlan')} />
      </AmSection>
      <AmSection
        title={t('am.home.provinceReports')}
        actions={
          <Button
            size="sm"
            variant="light"
            renderRoot={(props) => <Link {...props} to="/action-month/rollup" search={{ year }} />}
          >
            {t('am.home.nationalRollup')}
          </Button>
        }
      >
        <ReportList reports={ordered} empty={t('am.home.noProvinceReports')} />
      </AmSection>
    </Stack>
  );
}

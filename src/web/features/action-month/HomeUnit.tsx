import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { useMe } from '../../api/useMe';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { plansQuery, reportsQuery } from './am-api';
import { ownReport, type AmView } from './am-view';
import { AmSection } from './AmSection';
import { AssignmentList } from './AssignmentList';
import { CreatePlanButton } from './CreatePlanButton';
import { OwnReportSection } from './OwnReportSection';
import { PlanList } from './PlanList';

/** The Action Month of a commune or a partner agency: its report, the activities assigned to it, its plan. */
export function HomeUnit({ year, theme, view }: { year: number; theme: AmTheme | null; view: AmView }) {
  const { t } = useI18n();
  const me = useMe();
  const plans = useQuery(plansQuery({ year }));
  const reports = useQuery(reportsQuery({ year }));
  if (plans.isPending || reports.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;

  const isCommune = view.level === 'commune';
  const own = plans.data.items.filter((p) =>
    isCommune
      ? p.level === 'commune' && p.communeCode === me.unitCode
      : p.level === 'agency' && p.agencyId === me.agencyId,
  );
  const upper = plans.data.items.filter((p) => p.level === 'province' || p.level === 'national');
  return (
    <Stack gap="md">
      <OwnReportSection
        title={t('am.home.ownReport')}
        year={year}
        theme={theme}
        report={ownReport(me, reports.data.items)}
        dueDate={theme?.communeReportDue ?? null}
        canReport={view.canReport}
      />
      {view.canReport && (
        <AmSection title={t('am.home.assignments')}>
          <AssignmentList year={year} />
        </AmSection>
      )}
      <AmSection
        title={isCommune ? t('am.home.communePlan') : t('am.home.agencyPlan')}
        actions={view.canPlan && own.length === 0 && <CreatePlanButton year={year} theme={theme} />}
      >
        <PlanList plans={own} empty={t('am.home.noOwnPlan')} />
      </AmSection>
      <AmSection title={t('am.home.upperPlans')}>
        <PlanList plans={upper} empty={t('am.home.noUpperPlans')} />
      </AmSection>
    </Stack>
  );
}

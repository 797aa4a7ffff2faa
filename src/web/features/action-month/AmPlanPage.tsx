import { Alert, Badge, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { planQuery, plansQuery } from './am-api';
import { PLAN_LEVEL_LABEL } from './am-labels';
import { ownsPlan } from './am-view';
import { BackToActionMonth, PlanStatusBadge } from './AmBits';
import { AmSection } from './AmSection';
import { ActivitiesSection } from './ActivitiesSection';
import { IssuePlanButton } from './IssuePlanButton';
import { PlanDetails } from './PlanDetails';
import { PlanEditForm } from './PlanEditForm';
import { PlanFileSection } from './PlanFileSection';
import { PlanList } from './PlanList';

const route = getRouteApi('/_app/action-month/plans/$planId');

/** The plans that implement this one (the communes' and agencies' plans under a province's, for instance). */
function ImplementingPlans({ planId, year }: { planId: string; year: number }) {
  const { t } = useI18n();
  const list = useQuery(plansQuery({ year, parentPlanId: planId }));
  if (!list.data || list.data.items.length === 0) return null;
  return (
    <AmSection title={t('am.plan.implementing', { count: list.data.items.length })}>
      <PlanList plans={list.data.items} empty="" />
    </AmSection>
  );
}

/**
 * Kế hoạch: a plan of the Action Month. While a draft, its maker edits the heading and the activities and issues it
 * ("Ban hành") with its number, date and signer; issued plans are read-only, with the signed PDF and the exports.
 */
export function AmPlanPage() {
  const { t } = useI18n();
  const me = useMe();
  const { planId } = route.useParams();
  const query = useQuery(planQuery(planId));
  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <Stack>
        <BackToActionMonth />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  const plan = query.data;
  return (
    <Page title={plan.title} actions={plan.canEdit && <IssuePlanButton plan={plan} />}>
      <Stack gap={6} mt={-8}>
        <BackToActionMonth year={plan.year} />
        <Group gap={6}>
          <PlanStatusBadge status={plan.status} />
          <Badge variant="outline" color="gray">
            {t(PLAN_LEVEL_LABEL[plan.level])}
            {plan.unitName ? ` · ${plan.unitName}` : ''}
          </Badge>
          <Badge variant="outline" color="gray">
            {t('am.plan.yearBadge', { year: plan.year })}
          </Badge>
        </Group>
      </Stack>
      {plan.canEdit ? (
        <>
          <Alert color="blue" variant="light">
            {t('am.plan.draftHint')}
          </Alert>
          <AmSection title={t('am.plan.details')}>
            <PlanEditForm plan={plan} />
          </AmSection>
        </>
      ) : (
        <PlanDetails plan={plan} />
      )}
      <ActivitiesSection plan={plan} />
      <PlanFileSection plan={plan} canUpload={ownsPlan(me, plan)} />
      {(plan.level === 'province' || plan.level === 'national') && (
        <ImplementingPlans planId={plan.id} year={plan.year} />
      )}
    </Page>
  );
}

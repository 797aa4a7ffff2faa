import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { AmPlanSummary } from '../../../shared/domain/ActionMonth';
import { EmptyState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDay } from './am-format';
import { PLAN_LEVEL_LABEL } from './am-labels';
import { PlanStatusBadge } from './AmBits';

/** Plans as a list of links: title, issuing unit, number and date, status, number of activities. */
export function PlanList({ plans, empty }: { plans: readonly AmPlanSummary[]; empty: string }) {
  const { t } = useI18n();
  if (plans.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {plans.map((p) => (
        <Paper key={p.id} component="li" withBorder p="sm">
          <Stack gap={4}>
            <Anchor
              fw={600}
              renderRoot={(props) => (
                <Link {...props} to="/action-month/plans/$planId" params={{ planId: p.id }} />
              )}
            >
              {p.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[
                p.unitName ?? t(PLAN_LEVEL_LABEL[p.level]),
                p.documentNumber,
                p.documentDate ? formatDay(p.documentDate) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Group gap={6}>
              <PlanStatusBadge status={p.status} />
              <Badge variant="outline" color="gray">
                {t('am.plan.activityCount', { count: p.activityCount })}
              </Badge>
              {p.hasFile && (
                <Badge variant="outline" color="teal">
                  {t('am.plan.hasFile')}
                </Badge>
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

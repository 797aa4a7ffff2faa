import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { assignmentsQuery } from './am-api';
import { formatDay } from './am-format';
import { ACTIVITY_TYPE_LABEL } from './am-labels';

/** "Nhiệm vụ được giao": the activities of issued plans assigned to the user's commune or agency this year. */
export function AssignmentList({ year }: { year: number }) {
  const { t } = useI18n();
  const list = useQuery(assignmentsQuery(year));
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <EmptyState>{t('am.assignments.empty')}</EmptyState>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {list.data.items.map(({ activity: a, planId, planTitle, planDocumentNumber, planIssuingBody }) => (
        <Paper key={a.id} component="li" withBorder p="sm">
          <Stack gap={4}>
            <Group gap={6}>
              <Badge variant="light">{t(ACTIVITY_TYPE_LABEL[a.type])}</Badge>
              {a.assignAllCommunes && (
                <Badge variant="outline" color="gray">
                  {t('am.activity.allCommunes')}
                </Badge>
              )}
            </Group>
            <Text fw={600}>{a.title}</Text>
            {(a.startDate || a.endDate) && (
              <Text size="sm">
                {t('am.activity.when', { from: formatDay(a.startDate), to: formatDay(a.endDate) })}
              </Text>
            )}
            {a.targets && <Text size="sm">{t('am.activity.targetsText', { targets: a.targets })}</Text>}
            <Text size="sm" c="dimmed">
              {t('am.assignments.from')}{' '}
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link {...props} to="/action-month/plans/$planId" params={{ planId }} />
                )}
              >
                {[planDocumentNumber, planTitle].filter(Boolean).join(' — ')}
              </Anchor>{' '}
              ({planIssuingBody})
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

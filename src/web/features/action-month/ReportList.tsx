import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { AmReportSummary } from '../../../shared/domain/ActionMonth';
import { EmptyState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDay, formatMoment } from './am-format';
import { ReportStatusBadge } from './AmBits';

/** Overdue and late flags of a report, as badges. */
export function DeadlineBadges({ report }: { report: AmReportSummary }) {
  const { t } = useI18n();
  return (
    <>
      {report.overdue && (
        <Badge color="red" variant="filled">
          {t('am.report.overdue')}
        </Badge>
      )}
      {report.submittedLate && (
        <Badge color="orange" variant="outline">
          {t('am.report.late')}
        </Badge>
      )}
    </>
  );
}

/** Result reports as a list of links: unit, status, due date, when submitted; phones get one column, no table. */
export function ReportList({ reports, empty }: { reports: readonly AmReportSummary[]; empty: string }) {
  const { t } = useI18n();
  if (reports.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {reports.map((r) => (
        <Paper key={r.id} component="li" withBorder p="sm">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Anchor
                fw={600}
                renderRoot={(props) => (
                  <Link {...props} to="/action-month/reports/$reportId" params={{ reportId: r.id }} />
                )}
              >
                {r.unitName}
              </Anchor>
              <Group gap={6}>
                <ReportStatusBadge status={r.status} />
                <DeadlineBadges report={r} />
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {t('am.report.due', { date: formatDay(r.dueDate) })}
              {r.submittedAt && ` · ${t('am.report.submittedOn', { time: formatMoment(r.submittedAt) })}`}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { AmReportSummary, AmTheme } from '../../../shared/domain/ActionMonth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { invalidateAm, openReport } from './am-api';
import { formatDay, formatMoment, isPastDue } from './am-format';
import { ReportStatusBadge } from './AmBits';
import { AmSection } from './AmSection';
import { DeadlineBadges } from './ReportList';

/** Opens (or finds) the unit's report of the year on the server, pre-filled with its assigned activities. */
function StartReportButton({ year }: { year: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: () => openReport(year),
    onSuccess: async (report) => {
      await invalidateAm(queryClient);
      void navigate({ to: '/action-month/reports/$reportId', params: { reportId: report.id } });
    },
  });
  return (
    <Stack gap="xs">
      {Boolean(open.error) && <ErrorAlert error={open.error} />}
      <Group>
        <Button onClick={() => open.mutate()} loading={open.isPending}>
          {t('am.report.start')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * "Báo cáo kết quả": the unit's own result report of the year — its status, due date and warnings, the reason of a
 * return (shown prominently: the commune must correct it), and the button to open, continue or read it.
 */
export function OwnReportSection({
  title,
  year,
  theme,
  report,
  dueDate,
  canReport,
}: {
  title: string;
  year: number;
  theme: AmTheme | null;
  report: AmReportSummary | undefined;
  /** The due date of this unit's report when none is open yet (from the theme). */
  dueDate: string | null;
  canReport: boolean;
}) {
  const { t } = useI18n();
  if (!report)
    return (
      <AmSection title={title}>
        {!theme ? (
          <Text size="sm">{t('am.report.noTheme')}</Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('am.report.notStarted')}</Text>
            {dueDate && (
              <Text size="sm" fw={600} c={isPastDue(dueDate) ? 'red' : undefined}>
                {t('am.report.due', { date: formatDay(dueDate) })}
                {isPastDue(dueDate) && ` — ${t('am.report.overdue')}`}
              </Text>
            )}
            {canReport && <StartReportButton year={year} />}
          </Stack>
        )}
      </AmSection>
    );
  const editable = canReport && (report.status === 'draft' || report.status === 'returned');
  return (
    <AmSection title={title}>
      <Group gap={6}>
        <ReportStatusBadge status={report.status} />
        <DeadlineBadges report={report} />
      </Group>
      <Text size="sm">
        {t('am.report.due', { date: formatDay(report.dueDate) })}
        {report.submittedAt && ` · ${t('am.report.submittedOn', { time: formatMoment(report.submittedAt) })}`}
      </Text>
      {report.status === 'returned' && report.returnReason && (
        <Alert color="orange" variant="light" title={t('am.report.returnedTitle')}>
          {report.returnReason}
        </Alert>
      )}
      {report.overdue && (
        <Alert color="red" variant="light" role="alert">
          {t('am.report.overdueText', { date: formatDay(report.dueDate) })}
        </Alert>
      )}
      <Group>
        <Button
          variant={editable ? 'filled' : 'default'}
          renderRoot={(props) => (
            <Link {...props} to="/action-month/reports/$reportId" params={{ reportId: report.id }} />
          )}
        >
          {editable ? t('am.report.continue') : t('am.report.view')}
        </Button>
      </Group>
    </AmSection>
  );
}

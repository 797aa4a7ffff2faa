import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { AmReportDetail } from '../../../shared/domain/ActionMonth';
import { useI18n } from '../../i18n/context';
import { formatDay, formatMoment } from './am-format';
import { AmSection } from './AmSection';

/** Where the report stands: due date, submission (late or not), return for correction, acceptance. */
export function ReportHistory({ report }: { report: AmReportDetail }) {
  const { t } = useI18n();
  const returned = report.returnReason !== null;
  const steps = [
    { key: 'due', title: t('am.history.due'), text: formatDay(report.dueDate), done: true },
    {
      key: 'submitted',
      title: t('am.history.submitted'),
      text: report.submittedAt ? formatMoment(report.submittedAt) : t('am.history.notYet'),
      done: report.submittedAt !== null,
      late: report.submittedLate,
    },
    ...(returned
      ? [{ key: 'returned', title: t('am.history.returned'), text: report.returnReason ?? '', done: true }]
      : []),
    {
      key: 'accepted',
      title: t('am.history.accepted'),
      text: report.acceptedAt ? formatMoment(report.acceptedAt) : t('am.history.notYet'),
      done: report.acceptedAt !== null,
    },
  ];
  const active = steps.reduce((last, s, i) => (s.done ? i : last), 0);
  return (
    <AmSection title={t('am.history.title')}>
      <Timeline active={active} bulletSize={14} lineWidth={2}>
        {steps.map((s) => (
          <Timeline.Item
            key={s.key}
            title={
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {s.title}
                </Text>
                {'late' in s && s.late && (
                  <Badge size="sm" color="orange" variant="outline">
                    {t('am.report.late')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm" c={s.done ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>
              {s.text}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </AmSection>
  );
}

import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { AmReportDetail } from '../../../shared/domain/ActionMonth';
import { EmptyState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { pickFigures } from './am-figures';
import { ACTIVITY_TYPE_LABEL } from './am-labels';
import { AmSection } from './AmSection';
import { FigureGrid } from './FigureTables';

function Narrative({ label, text }: { label: string; text: string | null }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>
        {text ?? '—'}
      </Text>
    </Stack>
  );
}

/** The report read-only (submitted, accepted, or another unit's): its result rows and narrative. */
export function ReportView({ report }: { report: AmReportDetail }) {
  const { t } = useI18n();
  return (
    <>
      <AmSection title={t('am.result.sectionTitle', { count: report.results.length })}>
        {report.results.length === 0 && <EmptyState>{t('am.result.none')}</EmptyState>}
        {report.results.map((r) => (
          <Card key={r.id} withBorder padding="sm" component="article" aria-label={r.title}>
            <Stack gap="xs">
              <Group gap={6}>
                <Badge variant="light">{t(ACTIVITY_TYPE_LABEL[r.activityType])}</Badge>
                <Badge variant="outline" color={r.activityId ? 'blue' : 'gray'}>
                  {r.activityId ? t('am.result.planned') : t('am.result.unplanned')}
                </Badge>
                {r.beneficiaryCount > 0 && (
                  <Badge variant="outline" color="grape">
                    {t('am.result.beneficiaries', { count: r.beneficiaryCount })}
                  </Badge>
                )}
              </Group>
              <Text fw={600}>{r.title}</Text>
              <FigureGrid figures={pickFigures(r)} />
              {r.notes && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {r.notes}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </AmSection>
      <AmSection title={t('am.report.narrative')}>
        <Narrative label={t('am.report.summary')} text={report.summary} />
        <Narrative label={t('am.report.difficulties')} text={report.difficulties} />
        <Narrative label={t('am.report.recommendations')} text={report.recommendations} />
      </AmSection>
    </>
  );
}

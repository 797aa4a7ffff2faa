import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { AmReportDetail } from '../../../shared/domain/ActionMonth';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { reportExportUrl, reportQuery } from './am-api';
import { formatDay } from './am-format';
import { pickFigures } from './am-figures';
import { REPORT_LEVEL_LABEL } from './am-labels';
import { BackToActionMonth, ExportButtons, ReportStatusBadge } from './AmBits';
import { AmSection } from './AmSection';
import { FigureGrid, FiguresByType } from './FigureTables';
import { ReportEditor } from './ReportEditor';
import { ReportHistory } from './ReportHistory';
import { DeadlineBadges } from './ReportList';
import { ReportView } from './ReportView';
import { ReviewActions } from './ReviewActions';

const route = getRouteApi('/_app/action-month/reports/$reportId');
type Notice = 'saved' | 'submitted' | 'conflict' | null;

/** A province report: the accepted reports of its communes and agencies, frozen when the province submitted. */
function ProvinceRollup({ report }: { report: AmReportDetail }) {
  const { t } = useI18n();
  if (!report.rollup) return null;
  const frozen = report.status !== 'draft' && report.status !== 'returned';
  return (
    <AmSection
      title={t('am.report.rollupTitle')}
      actions={
        <Button
          size="sm"
          variant="light"
          renderRoot={(props) => (
            <Link
              {...props}
              to="/action-month/rollup"
              search={{ year: report.year, provinceCode: report.provinceCode }}
            />
          )}
        >
          {t('am.report.rollupLink')}
        </Button>
      }
    >
      <Text size="sm">
        {frozen
          ? t('am.report.rollupFrozen', { count: report.rollup.reportCount })
          : t('am.report.rollupLive', { count: report.rollup.reportCount })}
      </Text>
      <FiguresByType totals={report.rollup} label={t('am.rollup.byTypeTitle')} />
    </AmSection>
  );
}

function NoticeAlert({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const { t } = useI18n();
  if (!notice) return null;
  if (notice === 'conflict')
    return (
      <Alert
        color="yellow"
        variant="light"
        role="alert"
        title={t('am.conflict.title')}
        withCloseButton
        onClose={onClose}
      >
        {t('am.conflict.report')}
      </Alert>
    );
  return (
    <Alert color="teal" variant="light" role="status" withCloseButton onClose={onClose}>
      {notice === 'saved' ? t('am.report.savedNotice') : t('am.report.submittedNotice')}
    </Alert>
  );
}

/**
 * Báo cáo kết quả: a unit's Action Month results. Its unit edits it while a draft or returned, then submits it; the
 * level above accepts it (locked for good) or returns it with a reason; anyone who may read it exports it.
 */
export function AmReportPage() {
  const { t } = useI18n();
  const { reportId } = route.useParams();
  const query = useQuery(reportQuery(reportId));
  const [notice, setNotice] = useState<Notice>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <Stack>
        <BackToActionMonth />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  const report = query.data;
  const reload = () => {
    setNotice('conflict');
    void query.refetch();
  };
  return (
    <Page title={t('am.report.pageTitle', { year: report.year, unit: report.unitName })}>
      <Stack gap={6} mt={-8}>
        <BackToActionMonth year={report.year} />
        <Group gap={6}>
          <ReportStatusBadge status={report.status} />
          <DeadlineBadges report={report} />
          <Badge variant="outline" color="gray">
            {t(REPORT_LEVEL_LABEL[report.level])}
          </Badge>
        </Group>
        <Text size="sm">{t('am.report.due', { date: formatDay(report.dueDate) })}</Text>
      </Stack>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {report.status === 'returned' && report.returnReason && (
        <Alert color="orange" variant="filled" title={t('am.report.returnedTitle')}>
          {report.returnReason}
        </Alert>
      )}
      {report.overdue && (
        <Alert color="red" variant="light" role="alert">
          {t('am.report.overdueText', { date: formatDay(report.dueDate) })}
        </Alert>
      )}
      {report.status === 'accepted' && (
        <Alert color="teal" variant="light">
          {t('am.report.lockedText')}
        </Alert>
      )}
      {report.canReview && report.status === 'submitted' && (
        <ReviewActions report={report} onConflict={reload} />
      )}
      <ProvinceRollup report={report} />
      {report.canEdit ? (
        <ReportEditor
          key={report.version}
          report={report}
          onSaved={(what) => setNotice(what)}
          onConflict={reload}
        />
      ) : (
        <>
          <ReportView report={report} />
          <AmSection title={t('am.report.totals')}>
            <FigureGrid figures={pickFigures(report.totals)} />
          </AmSection>
        </>
      )}
      <ReportHistory report={report} />
      <AmSection title={t('am.report.exports')}>
        <ExportButtons urlOf={(f) => reportExportUrl(report.id, f)} label={t('am.report.exports')} />
      </AmSection>
    </Page>
  );
}

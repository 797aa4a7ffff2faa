import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ImportJob } from '../../../shared/domain/ChildImport';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatNumber } from '../../i18n/format';
import { importReportUrl, isJobRunning } from './children-api';

function ReportLink({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  if (!job.hasReport) return null;
  return (
    <Button component="a" href={importReportUrl(job.id)} download variant="default">
      {job.errorCount > 0 ? t('childImport.downloadErrors') : t('childImport.downloadReport')}
    </Button>
  );
}

/** The progress bar of a running job: rows read of the total (unknown at first for a workbook). */
function Running({ job }: { job: ImportJob }) {
  const { t, locale } = useI18n();
  const known = job.totalRows > 0;
  const pct = known ? Math.min(100, Math.round((job.processedRows / job.totalRows) * 100)) : 100;
  const phase = job.status === 'importing' ? t('childImport.importing') : t('childImport.validating');
  return (
    <Stack gap="xs">
      <Text size="sm" role="status" aria-live="polite">
        {known
          ? t('childImport.progress', {
              phase,
              done: formatNumber(job.processedRows, locale),
              total: formatNumber(job.totalRows, locale),
            })
          : phase}
      </Text>
      <Progress value={pct} striped animated size="lg" aria-label={phase} />
    </Stack>
  );
}

/**
 * What became of an uploaded file: the check running, its errors (nothing was imported: fix the rows and upload
 * again), a clean dry run waiting for confirmation, the import running, done, or failed as a whole.
 */
export function ImportJobResult({
  job,
  confirming,
  confirmError,
  onConfirm,
  onRestart,
}: {
  job: ImportJob;
  confirming: boolean;
  confirmError: unknown;
  onConfirm: () => void;
  onRestart: () => void;
}) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const again = (
    <Button variant="default" onClick={onRestart}>
      {t('childImport.another')}
    </Button>
  );

  let body;
  if (isJobRunning(job)) body = <Running job={job} />;
  else if (job.status === 'failed')
    body = (
      <Stack gap="sm">
        <Alert color="red" role="alert" title={t('childImport.failedTitle')}>
          {job.failureMessage ?? t('childImport.failedText')}
        </Alert>
        <Group gap="xs">{again}</Group>
      </Stack>
    );
  else if (job.status === 'validated' && job.errorCount > 0)
    body = (
      <Stack gap="sm">
        <Alert color="red" role="alert" title={t('childImport.errorsTitle')}>
          {t('childImport.errorsText', {
            errors: n(job.errorCount),
            rows: n(job.errorRows),
            total: n(job.totalRows),
          })}
        </Alert>
        <Text size="sm">{t('childImport.errorsNext')}</Text>
        <Group gap="xs">
          <ReportLink job={job} />
          <Button onClick={onRestart}>{t('childImport.uploadFixed')}</Button>
        </Group>
      </Stack>
    );
  else if (job.status === 'validated')
    body = (
      <Stack gap="sm">
        <Alert color="teal" role="status" title={t('childImport.validTitle')}>
          {t('childImport.validText', { total: n(job.totalRows) })}
          {job.duplicateCount > 0 && ` ${t('childImport.validDuplicates', { count: n(job.duplicateCount) })}`}
        </Alert>
        {Boolean(confirmError) && <ErrorAlert error={confirmError} />}
        <Group gap="xs">
          <Button onClick={onConfirm} loading={confirming}>
            {t('childImport.confirm', { total: n(job.totalRows) })}
          </Button>
          <ReportLink job={job} />
          <Button variant="default" onClick={onRestart}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  else
    body = (
      <Stack gap="sm">
        <Alert color="teal" role="status" title={t('childImport.doneTitle')}>
          {t('childImport.doneText', { count: n(job.importedCount) })}
          {job.duplicateCount > 0 && ` ${t('childImport.doneDuplicates', { count: n(job.duplicateCount) })}`}
        </Alert>
        <Group gap="xs">
          <Button renderRoot={(props) => <Link {...props} to="/children" />}>
            {t('childImport.openRegister')}
          </Button>
          {job.duplicateCount > 0 && (
            <Button variant="default" renderRoot={(props) => <Link {...props} to="/children/duplicates" />}>
              {t('childImport.reviewDuplicates')}
            </Button>
          )}
          <ReportLink job={job} />
          {again}
        </Group>
      </Stack>
    );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-result">
      <Title order={2} size="h4" id="import-result" mb={4}>
        {t('childImport.step3')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" className="break-anywhere">
        {t('childImport.fileName', { name: job.fileName })}
      </Text>
      {body}
    </Card>
  );
}

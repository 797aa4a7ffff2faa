import { Anchor, Button, Card, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ImportJob } from '../../../shared/domain/ChildImport';
import { api } from '../../api/client';
import { Page } from '../../components/Page';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { importJobQuery, invalidateChildren, uploadImport } from './children-api';
import { ImportJobResult } from './ImportJobResult';
import { ImportJobsList } from './ImportJobsList';

const route = getRouteApi('/_app/children/import');
const MAX_BYTES = 50 * 1024 * 1024;

/** Step 1 and 2: the template to fill in, then the file to check. */
function UploadStep({ onStarted }: { onStarted: (job: ImportJob) => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // One id per chosen file: a double tap uploads it once.
  const transactionId = useRef(crypto.randomUUID());
  const upload = useMutation({
    mutationFn: (f: File) => uploadImport(f, { dryRun: true, transactionId: transactionId.current }),
    onSuccess: onStarted,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('childImport.fileRequired'));
    if (!/\.(xlsx|csv)$/i.test(file.name)) return setProblem(t('childImport.fileType'));
    if (file.size > MAX_BYTES) return setProblem(t('childImport.fileTooLarge'));
    setProblem(null);
    upload.mutate(file);
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-labelledby="import-step-template">
        <Title order={2} size="h4" id="import-step-template" mb="xs">
          {t('childImport.step1')}
        </Title>
        <Text size="sm" mb="sm">
          {t('childImport.step1Text')}
        </Text>
        <Group gap="xs">
          <Button component="a" href="/api/children/import/template.xlsx" download variant="default">
            {t('childImport.templateXlsx')}
          </Button>
          <Button component="a" href="/api/children/import/template.csv" download variant="default">
            {t('childImport.templateCsv')}
          </Button>
        </Group>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="import-step-upload">
        <Title order={2} size="h4" id="import-step-upload" mb="xs">
          {t('childImport.step2')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm" maw={520}>
            <Text size="sm">{t('childImport.step2Text')}</Text>
            {Boolean(upload.error) && <ErrorAlert error={upload.error} />}
            <FileInput
              label={t('childImport.file')}
              placeholder={t('childImport.filePlaceholder')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              value={file}
              onChange={(f) => {
                setFile(f);
                setProblem(null);
                upload.reset();
                transactionId.current = crypto.randomUUID();
              }}
              clearable
              clearButtonProps={{ 'aria-label': t('childImport.fileClear') }}
              error={problem}
              required
            />
            <div>
              <Button type="submit" loading={upload.isPending}>
                {t('childImport.check')}
              </Button>
            </div>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}

/**
 * Nhập danh sách trẻ em từ tệp: download the template, upload the filled file, follow the check (a dry run: no row
 * is written), read the errors by row and column in the downloadable report, or confirm the import of a clean file.
 * A file is imported whole or not at all. The job is in the address (?job=…), so a reload keeps following it.
 */
export function ImportPage() {
  const { t } = useI18n();
  const { job: jobId } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const job = useQuery({ ...importJobQuery(jobId ?? ''), enabled: Boolean(jobId) });

  const confirm = useMutation({
    mutationFn: (id: string) => api.post<ImportJob>(`/api/children/import/${encodeURIComponent(id)}/confirm`),
    onSuccess: (next) => queryClient.setQueryData(importJobQuery(next.id).queryKey, next),
  });

  const open = (id: string | undefined) => {
    confirm.reset();
    void navigate({ to: '/children/import', search: id ? { job: id } : {} });
  };
  const doneId = job.data?.status === 'done' ? job.data.id : null;
  useEffect(() => {
    // New children are in the register: lists, statistics and duplicate pairs must be read again.
    if (doneId) void invalidateChildren(queryClient);
  }, [doneId, queryClient]);

  return (
    <Page title={t('childImport.title')}>
      <Anchor size="sm" mt={-8} renderRoot={(props) => <Link {...props} to="/children" />}>
        ← {t('children.backToList')}
      </Anchor>
      {!jobId ? (
        <UploadStep
          onStarted={(started) => {
            queryClient.setQueryData(importJobQuery(started.id).queryKey, started);
            open(started.id);
          }}
        />
      ) : job.isPending ? (
        <LoadingState />
      ) : job.isError ? (
        <ErrorState error={job.error} onRetry={() => void job.refetch()} />
      ) : (
        <ImportJobResult
          job={job.data}
          confirming={confirm.isPending}
          confirmError={confirm.error}
          onConfirm={() => confirm.mutate(job.data.id)}
          onRestart={() => open(undefined)}
        />
      )}
      <ImportJobsList current={jobId} onOpen={open} />
      <Card withBorder padding="md" component="section" aria-labelledby="import-help">
        <Title order={2} size="h5" id="import-help" mb="xs">
          {t('childImport.helpTitle')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t('childImport.help1')}</List.Item>
          <List.Item>{t('childImport.help2')}</List.Item>
          <List.Item>{t('childImport.help3')}</List.Item>
        </List>
      </Card>
    </Page>
  );
}

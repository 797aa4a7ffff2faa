import { Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { invalidateAm, planExportUrl, planFileUrl, uploadPlanFile } from './am-api';
import { formatCount, formatMoment } from './am-format';
import { ExportButtons } from './AmBits';
import { AmSection } from './AmSection';

const MAX_BYTES = 10 * 1024 * 1024;

/** The plan as documents: the signed scan (PDF, uploaded by its maker) and the exports in the official layout. */
export function PlanFileSection({ plan, canUpload }: { plan: AmPlanDetail; canUpload: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadPlanFile(plan.id, f),
    onSuccess: async () => {
      setFile(null);
      await invalidateAm(queryClient);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('am.file.required'));
    if (file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) return setProblem(t('am.file.notPdf'));
    if (file.size > MAX_BYTES) return setProblem(t('am.file.tooLarge'));
    setProblem(null);
    upload.mutate(file);
  };

  return (
    <AmSection title={t('am.file.sectionTitle')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('am.file.exports')}
        </Text>
        <ExportButtons urlOf={(f) => planExportUrl(plan.id, f)} label={t('am.file.exports')} />
      </Stack>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('am.file.signed')}
        </Text>
        {plan.file ? (
          <Text size="sm">
            <Anchor href={planFileUrl(plan.id)} download>
              {plan.file.fileName}
            </Anchor>{' '}
            {t('am.file.meta', {
              size: formatCount(Math.max(1, Math.round(plan.file.byteSize / 1024))),
              time: formatMoment(plan.file.uploadedAt),
            })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('am.file.none')}
          </Text>
        )}
        {canUpload && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs" maw={520}>
              {Boolean(upload.error) && <ErrorAlert error={upload.error} />}
              <FileInput
                label={plan.file ? t('am.file.replace') : t('am.file.upload')}
                placeholder={t('am.file.placeholder')}
                accept="application/pdf,.pdf"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setProblem(null);
                  upload.reset();
                }}
                clearable
                clearButtonProps={{ 'aria-label': t('am.file.clear') }}
                error={problem}
              />
              <Group>
                <Button type="submit" variant="default" loading={upload.isPending}>
                  {t('am.file.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </AmSection>
  );
}

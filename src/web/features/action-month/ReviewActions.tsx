import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AmReportReturnInput, type AmReportDetail } from '../../../shared/domain/ActionMonth';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { acceptReport, invalidateAm, isConflict, reportQuery, returnReport } from './am-api';
import { AmModal } from './AmModal';
import { AmSection } from './AmSection';

type Dialog = 'accept' | 'return' | null;

/**
 * The reviewer's decision on a submitted report (the level above: the province for communes and agencies, the
 * ministry for provinces): accept — the report is locked for good and counts in the roll-up — or return it with the
 * reason, so the unit corrects and resubmits it.
 */
export function ReviewActions({ report, onConflict }: { report: AmReportDetail; onConflict: () => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const after = {
    onSuccess: async (next: AmReportDetail) => {
      queryClient.setQueryData(reportQuery(report.id).queryKey, next);
      setDialog(null);
      await invalidateAm(queryClient);
    },
    onError: async (err: unknown) => {
      if (!isConflict(err)) return;
      setDialog(null);
      onConflict();
      await invalidateAm(queryClient);
    },
  };
  const accept = useMutation({ mutationFn: () => acceptReport(report.id, report.version), ...after });
  const giveBack = useMutation({
    mutationFn: (input: { reason: string }) => returnReport(report.id, report.version, input.reason),
    ...after,
  });
  const shown = { ...apiFieldErrors(giveBack.error), ...errors };

  const submitReturn = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(AmReportReturnInput, { expectedVersion: report.version, reason }, locale);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    giveBack.mutate({ reason: checked.data.reason });
  };

  return (
    <AmSection title={t('am.review.title')}>
      <Text size="sm">{t('am.review.explain')}</Text>
      <Group gap="xs">
        <Button color="teal" onClick={() => setDialog('accept')}>
          {t('am.review.accept')}
        </Button>
        <Button color="orange" variant="light" onClick={() => setDialog('return')}>
          {t('am.review.return')}
        </Button>
      </Group>
      <AmModal
        title={dialog === 'return' ? t('am.review.return') : t('am.review.accept')}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="md"
      >
        {dialog === 'accept' && (
          <Stack gap="sm">
            {Boolean(accept.error) && <ErrorAlert error={accept.error} />}
            <Text>{t('am.review.acceptConfirm', { unit: report.unitName })}</Text>
            <Group gap="xs">
              <Button color="teal" onClick={() => accept.mutate()} loading={accept.isPending}>
                {t('am.review.acceptButton')}
              </Button>
              <Button variant="default" onClick={() => setDialog(null)} disabled={accept.isPending}>
                {t('action.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {dialog === 'return' && (
          <form onSubmit={submitReturn} noValidate aria-label={t('am.review.return')}>
            <Stack gap="sm">
              {Boolean(giveBack.error) && !shown.reason && <ErrorAlert error={giveBack.error} />}
              <Textarea
                label={t('am.review.reason')}
                description={t('am.review.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={shown.reason}
                autosize
                minRows={3}
                required
              />
              <Group gap="xs">
                <Button type="submit" color="orange" loading={giveBack.isPending}>
                  {t('am.review.returnButton')}
                </Button>
                <Button variant="default" onClick={() => setDialog(null)} disabled={giveBack.isPending}>
                  {t('action.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </AmModal>
    </AmSection>
  );
}

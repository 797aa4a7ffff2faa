import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AmPlanIssueInput, type AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { invalidateAm, isConflict, issuePlan } from './am-api';
import { vietnamToday } from './am-format';
import { AmDateField } from './AmDateField';
import { AmModal } from './AmModal';

function IssueForm({ plan, onClose }: { plan: AmPlanDetail; onClose: () => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [documentNumber, setDocumentNumber] = useState(plan.documentNumber ?? '');
  const [documentDate, setDocumentDate] = useState<string | null>(plan.documentDate ?? vietnamToday());
  const [signerName, setSignerName] = useState(plan.signerName ?? '');
  const [signerTitle, setSignerTitle] = useState(plan.signerTitle ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const issue = useMutation({
    mutationFn: (input: AmPlanIssueInput) => issuePlan(plan.id, input),
    onSuccess: async () => {
      await invalidateAm(queryClient);
      onClose();
    },
    onError: (err) => (isConflict(err) ? invalidateAm(queryClient) : undefined),
  });
  const shown = { ...apiFieldErrors(issue.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      AmPlanIssueInput,
      {
        expectedVersion: plan.version,
        documentNumber,
        documentDate: documentDate ?? '',
        signerName,
        signerTitle: signerTitle || null,
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    issue.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('am.issue.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('am.issue.explain')}</Text>
        {plan.activities.length === 0 && (
          <Alert color="yellow" variant="light">
            {t('am.issue.noActivities')}
          </Alert>
        )}
        {isConflict(issue.error) ? (
          <Alert color="yellow" variant="light" role="alert" title={t('am.conflict.title')}>
            {t('am.conflict.plan')}
          </Alert>
        ) : (
          Boolean(issue.error) && <ErrorAlert error={issue.error} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('am.plan.documentNumber')}
            placeholder={t('am.issue.numberPlaceholder')}
            value={documentNumber}
            onChange={(e) => setDocumentNumber(e.currentTarget.value)}
            error={shown.documentNumber}
            required
          />
          <AmDateField
            label={t('am.plan.documentDate')}
            value={documentDate}
            onChange={setDocumentDate}
            error={shown.documentDate}
          />
          <TextInput
            label={t('am.plan.signerName')}
            value={signerName}
            onChange={(e) => setSignerName(e.currentTarget.value)}
            error={shown.signerName}
            required
          />
          <TextInput
            label={t('am.plan.signerTitle')}
            placeholder={t('am.issue.signerTitlePlaceholder')}
            value={signerTitle}
            onChange={(e) => setSignerTitle(e.currentTarget.value)}
            error={shown.signerTitle}
          />
        </SimpleGrid>
        <Group gap="xs">
          <Button type="submit" loading={issue.isPending}>
            {t('am.issue.submit')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={issue.isPending}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Ban hành": the draft becomes the issued plan with its number, date and signer, and is locked from then on. */
export function IssuePlanButton({ plan }: { plan: AmPlanDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color="teal" onClick={() => setOpen(true)}>
        {t('am.issue.button')}
      </Button>
      <AmModal title={t('am.issue.title')} opened={open} onClose={() => setOpen(false)}>
        {open && <IssueForm plan={plan} onClose={() => setOpen(false)} />}
      </AmModal>
    </>
  );
}

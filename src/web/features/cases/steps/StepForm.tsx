import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { CaseDetail } from '../../../../shared/domain/Case';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { MessageId } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/context';
import { isCaseChanged } from '../cases-api';
import type { StepSubmit } from './useStepSubmit';

/** Props of every step form: the case as shown, and what to do after the step is taken or abandoned. */
export type StepProps = {
  detail: CaseDetail;
  onDone: () => void;
  onCancel: () => void;
};

function StepError({ error, fieldErrors }: { error: unknown; fieldErrors: boolean }) {
  const { t } = useI18n();
  // Field errors show beside their fields; on a long form on a phone, this says to look there.
  if (fieldErrors)
    return (
      <Alert color="red" variant="light" role="alert" title={t('error.title')}>
        {t('case.fixFields')}
      </Alert>
    );
  if (!error) return null;
  if (isCaseChanged(error))
    return (
      <Alert color="yellow" variant="light" role="alert" title={t('case.changedTitle')}>
        {t('case.changedReloaded')}
      </Alert>
    );
  return <ErrorAlert error={error} />;
}

/**
 * The frame of a step form: the error of the last attempt, the fields, and the submit/cancel buttons. The form is
 * named by its step (role/label locators in the browser journeys).
 */
export function StepForm({
  label,
  step,
  submitLabel = 'case.submitStep',
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  step: StepSubmit;
  submitLabel?: MessageId;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  if (step.gone)
    return (
      <Stack gap="sm">
        <Alert color="yellow" variant="light" role="alert">
          {t('case.stepGone')}
        </Alert>
        <Group>
          <Button variant="default" onClick={onCancel}>
            {t('action.close')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <StepError error={step.error} fieldErrors={Object.keys(step.errors).length > 0} />
        {children}
        <Group gap="xs" mt="xs">
          <Button type="submit" loading={step.pending}>
            {t(submitLabel)}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={step.pending}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

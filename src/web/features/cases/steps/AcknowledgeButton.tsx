import { Button, Stack } from '@mantine/core';
import type { CaseDetail } from '../../../../shared/domain/Case';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../i18n/context';
import { ACTION_LABEL } from '../case-labels';
import { useStepSubmit } from './useStepSubmit';

/** The commune confirms it has the case (stops the hotline transfer's acknowledgement clock). One tap. */
export function AcknowledgeButton({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const step = useStepSubmit(detail, 'ACKNOWLEDGE');
  return (
    <Stack gap={4}>
      <Button
        color="orange"
        loading={step.pending}
        onClick={() => step.submit({ data: {}, text: { note: null } })}
      >
        {t(ACTION_LABEL.ACKNOWLEDGE)}
      </Button>
      {Boolean(step.error) && <ErrorAlert error={step.error} />}
    </Stack>
  );
}

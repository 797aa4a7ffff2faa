import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AmReportDetail } from '../../../shared/domain/ActionMonth';
import { useI18n } from '../../i18n/context';
import { formatDay, isPastDue } from './am-format';
import { AmModal } from './AmModal';

/**
 * "Nộp báo cáo": asks for confirmation first — once sent the unit cannot change it unless the reviewer returns it —
 * and warns that the report will be recorded as late when the due date has passed (late is allowed, and flagged).
 */
export function SubmitReportButton({
  report,
  dirty,
  pending,
  onConfirm,
}: {
  report: AmReportDetail;
  dirty: boolean;
  pending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const late = isPastDue(report.dueDate);
  const to = report.level === 'province' ? t('am.submit.toMinistry') : t('am.submit.toProvince');
  return (
    <>
      <Button color="teal" onClick={() => setOpen(true)} loading={pending}>
        {report.status === 'returned' ? t('am.submit.resubmit') : t('am.submit.button')}
      </Button>
      <AmModal title={t('am.submit.title')} opened={open} onClose={() => setOpen(false)} size="md">
        <Stack gap="sm">
          <Text>{t('am.submit.confirm', { to })}</Text>
          {late && (
            <Alert color="orange" variant="light" role="alert" title={t('am.submit.lateTitle')}>
              {t('am.submit.lateText', { date: formatDay(report.dueDate) })}
            </Alert>
          )}
          {dirty && <Text size="sm">{t('am.submit.savesFirst')}</Text>}
          <Group gap="xs">
            <Button
              color="teal"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {t('am.submit.confirmButton')}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </AmModal>
    </>
  );
}

import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { AuditVerifyResult } from '../../../shared/domain/Audit';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { formatNumber } from '../../i18n/format';

/** Recomputes the audit hash chain on the server and says whether any row was altered or removed. */
export function AuditVerifyPanel() {
  const { t, locale } = useI18n();
  const verify = useMutation({ mutationFn: () => api.post<AuditVerifyResult>('/api/audit/verify') });
  return (
    <Group gap="sm" align="flex-start">
      <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
        {t('audit.verify')}
      </Button>
      <div style={{ flex: 1, minWidth: 240 }}>
        {verify.error && <ErrorAlert error={verify.error} />}
        {verify.data &&
          (verify.data.ok ? (
            <Alert color="teal" role="status" title={t('audit.verifyOk')}>
              {t('audit.verifyChecked', { count: formatNumber(verify.data.checked, locale) })}
            </Alert>
          ) : (
            <Alert color="red" role="alert" title={t('audit.verifyBroken')}>
              <Text size="sm">
                {t('audit.verifyFirstBad', { id: verify.data.firstBadId ?? '?' })}
                {verify.data.reason ? ` — ${verify.data.reason}` : ''}
              </Text>
            </Alert>
          ))}
      </div>
    </Group>
  );
}

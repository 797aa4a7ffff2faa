import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { useI18n } from '../../i18n/context';
import { formatDay, formatMoment } from './am-format';
import { AmSection } from './AmSection';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The plan's heading fields, read-only (an issued plan, or a plan of another unit). */
export function PlanDetails({ plan }: { plan: AmPlanDetail }) {
  const { t } = useI18n();
  return (
    <AmSection title={t('am.plan.details')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t('am.plan.issuingBody')}>{plan.issuingBody}</Field>
        <Field label={t('am.plan.period')}>
          {formatDay(plan.periodStart)} – {formatDay(plan.periodEnd)}
        </Field>
        <Field label={t('am.plan.documentNumber')}>{plan.documentNumber ?? '—'}</Field>
        <Field label={t('am.plan.documentDate')}>{formatDay(plan.documentDate) || '—'}</Field>
        <Field label={t('am.plan.signer')}>
          {[plan.signerTitle, plan.signerName].filter(Boolean).join(' ') || '—'}
        </Field>
        {plan.issuedAt && <Field label={t('am.plan.issuedAt')}>{formatMoment(plan.issuedAt)}</Field>}
        {plan.parentPlanId && (
          <Field label={t('am.plan.parent')}>
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/action-month/plans/$planId"
                  params={{ planId: plan.parentPlanId ?? '' }}
                />
              )}
            >
              {[plan.parentDocumentNumber, plan.parentPlanTitle].filter(Boolean).join(' — ') ||
                plan.parentPlanId}
            </Anchor>
          </Field>
        )}
      </SimpleGrid>
      {plan.purpose && <Field label={t('am.plan.purpose')}>{plan.purpose}</Field>}
      {plan.requirements && <Field label={t('am.plan.requirements')}>{plan.requirements}</Field>}
    </AmSection>
  );
}

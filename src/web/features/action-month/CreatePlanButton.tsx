import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { AmPlanInput, type AmTheme } from '../../../shared/domain/ActionMonth';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { translate } from '../../i18n/translate';
import { createPlan, invalidateAm } from './am-api';
import { AmModal } from './AmModal';
import { amViewOf } from './am-view';
import { planBody, PlanFields, type PlanValues } from './PlanFields';

/** The issuing body a new plan starts with: the unit's People's Committee (or the agency, or the ministry). */
function defaultIssuingBody(me: ReturnType<typeof useMe>): string {
  const level = amViewOf(me).level;
  if (level === 'agency') return me.agencyName ?? '';
  if (level === 'national') return translate('vi', 'am.plan.defaultMinistry');
  return me.unitName ? translate('vi', 'am.plan.defaultCommittee', { unit: me.unitName }) : '';
}

function CreatePlanForm({
  year,
  theme,
  onClose,
}: {
  year: number;
  theme: AmTheme | null;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const level = amViewOf(me).level;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const transactionId = useRef(crypto.randomUUID());
  const [values, setValues] = useState<PlanValues>({
    issuingBody: defaultIssuingBody(me),
    // The document itself is Vietnamese whatever the screen language.
    title: translate('vi', 'am.plan.defaultTitle', { year }),
    purpose: '',
    requirements: '',
    periodStart: theme?.periodStart ?? `${year}-06-01`,
    periodEnd: theme?.periodEnd ?? `${year}-06-30`,
    parentPlanId: null,
    documentNumber: '',
    documentDate: null,
    signerName: '',
    signerTitle: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: createPlan,
    onSuccess: async (plan) => {
      await invalidateAm(queryClient);
      void navigate({ to: '/action-month/plans/$planId', params: { planId: plan.id } });
    },
  });
  const shown = { ...apiFieldErrors(create.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      AmPlanInput,
      { transactionId: transactionId.current, year, ...planBody(values) },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('am.plan.create')}>
      <Stack gap="sm">
        {Boolean(create.error) && <ErrorAlert error={create.error} />}
        <PlanFields
          year={year}
          level={level}
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={shown}
          withDocument={false}
        />
        <Group gap="xs">
          <Button type="submit" loading={create.isPending}>
            {t('am.plan.createSubmit')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Lập kế hoạch": a dialog with the plan's heading fields; the activities are added on the plan's page. */
export function CreatePlanButton({ year, theme }: { year: number; theme: AmTheme | null }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        {t('am.plan.create')}
      </Button>
      <AmModal title={t('am.plan.createTitle', { year })} opened={open} onClose={() => setOpen(false)}>
        {open && <CreatePlanForm year={year} theme={theme} onClose={() => setOpen(false)} />}
      </AmModal>
    </>
  );
}

import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AmPlanUpdate, type AmPlanDetail } from '../../../shared/domain/ActionMonth';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { invalidateAm, isConflict, planQuery, updatePlan } from './am-api';
import { planBody, PlanFields, type PlanValues } from './PlanFields';

function valuesOf(plan: AmPlanDetail): PlanValues {
  return {
    issuingBody: plan.issuingBody,
    title: plan.title,
    purpose: plan.purpose ?? '',
    requirements: plan.requirements ?? '',
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    parentPlanId: plan.parentPlanId,
    documentNumber: plan.documentNumber ?? '',
    documentDate: plan.documentDate,
    signerName: plan.signerName ?? '',
    signerTitle: plan.signerTitle ?? '',
  };
}

/**
 * The draft plan's heading fields, saved with the version read: when someone else saved meanwhile (409) the page
 * reloads the plan and says so, rather than overwrite their change.
 */
export function PlanEditForm({ plan }: { plan: AmPlanDetail }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<PlanValues>(() => valuesOf(plan));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: AmPlanUpdate) => updatePlan(plan.id, body),
    onSuccess: async () => {
      setSaved(true);
      await invalidateAm(queryClient);
    },
    // Someone saved meanwhile: show their version, the user redoes the change on it.
    onError: async (err) => {
      if (!isConflict(err)) return;
      const fresh = await queryClient.fetchQuery({ ...planQuery(plan.id), staleTime: 0 });
      setValues(valuesOf(fresh));
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validateWith(
      AmPlanUpdate,
      { expectedVersion: plan.version, ...planBody(values) },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('am.plan.details')}>
      <Stack gap="sm">
        {isConflict(save.error) ? (
          <Alert color="yellow" variant="light" role="alert" title={t('am.conflict.title')}>
            {t('am.conflict.plan')}
          </Alert>
        ) : (
          Boolean(save.error) && <ErrorAlert error={save.error} />
        )}
        {saved && (
          <Alert color="teal" variant="light" role="status">
            {t('state.saved')}
          </Alert>
        )}
        <PlanFields
          year={plan.year}
          level={plan.level}
          values={values}
          onChange={(patch) => {
            setSaved(false);
            setValues((v) => ({ ...v, ...patch }));
          }}
          errors={shown}
          withDocument
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('am.plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

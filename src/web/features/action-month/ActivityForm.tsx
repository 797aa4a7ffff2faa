import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  AmActivityInput,
  type AmActivity,
  type AmActivityType,
  type AmPlanDetail,
} from '../../../shared/domain/ActionMonth';
import type { Unit } from '../../../shared/domain/Unit';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { AgencySelect } from '../agencies/AgencySelect';
import { addActivity, invalidateAm, updateActivity } from './am-api';
import { ACTIVITY_TYPE_LABEL, optionsOf } from './am-labels';
import { AmDateField } from './AmDateField';

type CommuneMode = 'none' | 'one' | 'all';

/** The commune of an activity being edited, shaped for the picker (which shows its name). */
function communeUnit(activity: AmActivity | null, provinceCode: string | null): Unit | null {
  if (!activity?.assigneeCommuneCode) return null;
  return {
    era: '2025',
    code: activity.assigneeCommuneCode,
    name: activity.assigneeCommuneName ?? activity.assigneeCommuneCode,
    shortName: activity.assigneeCommuneName ?? activity.assigneeCommuneCode,
    type: '',
    level: 'commune',
    parentCode: provinceCode,
    provinceCode: provinceCode ?? '',
    provinceName: null,
    nameEn: null,
  };
}

const moneyProps = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  min: 0,
  allowDecimal: false,
  suffix: ' đ',
};

/**
 * Add or edit one activity of a draft plan (issue #5 item 2): its type, content, the agency and/or communes it is
 * assigned to, dates, state budget and mobilised funds, targets. Communes can be assigned on a province's plan only.
 */
export function ActivityForm({
  plan,
  activity,
  onDone,
}: {
  plan: AmPlanDetail;
  activity: AmActivity | null;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [type, setType] = useState<AmActivityType | null>(activity?.type ?? null);
  const [title, setTitle] = useState(activity?.title ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');
  const [agencyId, setAgencyId] = useState<string | null>(activity?.assigneeAgencyId ?? null);
  const [agencyName, setAgencyName] = useState<string | null>(activity?.assigneeAgencyName ?? null);
  const [mode, setMode] = useState<CommuneMode>(
    activity?.assignAllCommunes ? 'all' : activity?.assigneeCommuneCode ? 'one' : 'none',
  );
  const [commune, setCommune] = useState<Unit | null>(communeUnit(activity, plan.provinceCode));
  const [startDate, setStartDate] = useState<string | null>(activity?.startDate ?? null);
  const [endDate, setEndDate] = useState<string | null>(activity?.endDate ?? null);
  const [budgetState, setBudgetState] = useState<number>(activity?.budgetState ?? 0);
  const [budgetMobilised, setBudgetMobilised] = useState<number>(activity?.budgetMobilised ?? 0);
  const [targets, setTargets] = useState(activity?.targets ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: AmActivityInput) =>
      activity ? updateActivity(plan.id, activity.id, input) : addActivity(plan.id, input),
    onSuccess: async () => {
      await invalidateAm(queryClient);
      onDone();
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };
  const communesAllowed = plan.level === 'province';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      AmActivityInput,
      {
        type: type ?? undefined,
        title,
        description: description || null,
        assigneeAgencyId: agencyId,
        assigneeCommuneCode: mode === 'one' ? (commune?.code ?? null) : null,
        assignAllCommunes: mode === 'all',
        startDate,
        endDate,
        budgetState,
        budgetMobilised,
        targets: targets || null,
      },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    if (mode === 'one' && !commune) return setErrors({ assigneeCommuneCode: t('am.activity.pickCommune') });
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={activity ? t('am.activity.edit') : t('am.activity.add')}>
      <Stack gap="sm">
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <Select
          label={t('am.activity.type')}
          data={optionsOf(ACTIVITY_TYPE_LABEL, t)}
          value={type}
          onChange={(v) => setType(v)}
          error={shown.type}
          allowDeselect={false}
          required
        />
        <Textarea
          label={t('am.activity.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={shown.title}
          autosize
          minRows={1}
          required
        />
        <Textarea
          label={t('am.activity.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={shown.description}
          autosize
          minRows={2}
        />
        <AgencySelect
          label={t('am.activity.agency')}
          value={agencyId}
          valueLabel={agencyName}
          onChange={(id, name) => {
            setAgencyId(id);
            setAgencyName(name);
          }}
          error={shown.assigneeAgencyId}
        />
        {communesAllowed && (
          <Stack gap={6}>
            <Text size="sm" fw={500} id="am-activity-communes">
              {t('am.activity.communes')}
            </Text>
            <SegmentedControl
              aria-labelledby="am-activity-communes"
              data={[
                { value: 'none', label: t('am.activity.communesNone') },
                { value: 'one', label: t('am.activity.communesOne') },
                { value: 'all', label: t('am.activity.allCommunes') },
              ]}
              value={mode}
              onChange={(v) => setMode(v)}
              fullWidth
            />
            {mode === 'one' && (
              <UnitPicker
                label={t('am.activity.commune')}
                value={commune}
                onChange={setCommune}
                level="commune"
                provinceCode={plan.provinceCode ?? undefined}
                error={shown.assigneeCommuneCode}
                required
              />
            )}
            {mode !== 'one' && shown.assigneeCommuneCode && (
              <Text size="xs" c="red" role="alert">
                {shown.assigneeCommuneCode}
              </Text>
            )}
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <AmDateField
            label={t('am.activity.startDate')}
            value={startDate}
            onChange={setStartDate}
            error={shown.startDate}
          />
          <AmDateField
            label={t('am.activity.endDate')}
            value={endDate}
            onChange={setEndDate}
            error={shown.endDate}
          />
          <NumberInput
            label={t('am.activity.budgetState')}
            value={budgetState}
            onChange={(v) => setBudgetState(typeof v === 'number' ? v : 0)}
            error={shown.budgetState}
            {...moneyProps}
          />
          <NumberInput
            label={t('am.activity.budgetMobilised')}
            value={budgetMobilised}
            onChange={(v) => setBudgetMobilised(typeof v === 'number' ? v : 0)}
            error={shown.budgetMobilised}
            {...moneyProps}
          />
        </SimpleGrid>
        <Textarea
          label={t('am.activity.targets')}
          value={targets}
          onChange={(e) => setTargets(e.currentTarget.value)}
          error={shown.targets}
          autosize
          minRows={2}
        />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

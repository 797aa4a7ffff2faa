import {
  Button,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  ChildInput,
  ChildUpdateInput,
  DisabilityLevel,
  HivStatus,
  HouseholdPoverty,
  Schooling,
  Sex,
} from '../../../shared/domain/Child';
import type { Unit } from '../../../shared/domain/Unit';
import { validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { BirthInput } from './BirthInput';
import { CaregiversEditor } from './CaregiversEditor';
import { childReferenceQuery } from './children-api';
import {
  DISABILITY_LEVEL_LABEL,
  HIV_LABEL,
  POVERTY_LABEL,
  refName,
  SCHOOLING_LABEL,
  SEX_LABEL,
} from './child-labels';
import { explainErrors, toBody, type ChildFormValues, type TriState } from './child-form-values';
import type { ChildScope } from './child-scope';

export type ChildFormBody = ReturnType<typeof toBody>;

function TriSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: TriState;
  onChange: (v: TriState) => void;
}) {
  const { t } = useI18n();
  return (
    <Select
      label={label}
      data={[
        { value: 'yes', label: t('child.yes') },
        { value: 'no', label: t('child.no') },
        { value: 'unknown', label: t('child.notKnown') },
      ]}
      value={value || 'unknown'}
      onChange={(v) => onChange(v === 'yes' || v === 'no' ? v : '')}
      allowDeselect={false}
    />
  );
}

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on it. */
function focusFirstError() {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
    el?.scrollIntoView({ block: 'center' });
    if (el?.matches('input, select, textarea')) el.focus();
  });
}

/**
 * Create or edit a child. Validates with the API's own schema (the same Vietnamese or English messages), shows the
 * server's field errors on the same fields, and asks for the commune only where the user may choose one.
 */
export function ChildForm({
  mode,
  initial,
  initialUnit,
  scope,
  withSensitive,
  submitting,
  error,
  serverErrors,
  beforeSubmit,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial: ChildFormValues;
  initialUnit: Unit | null;
  scope: ChildScope;
  withSensitive: boolean;
  submitting: boolean;
  error: unknown;
  serverErrors: FieldErrors;
  beforeSubmit?: ReactNode;
  onSubmit: (body: ChildFormBody) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const reference = useQuery(childReferenceQuery);
  const [v, setValues] = useState(initial);
  const [unit, setUnit] = useState<Unit | null>(initialUnit);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = explainErrors({ ...serverErrors, ...errors }, t);
  const set = (patch: Partial<ChildFormValues>) => setValues((old) => ({ ...old, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = toBody(v, withSensitive);
    const checked =
      mode === 'create'
        ? validateWith(ChildInput, { ...body, transactionId: crypto.randomUUID() }, locale)
        : validateWith(ChildUpdateInput, { ...body, transactionId: crypto.randomUUID(), version: 1 }, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    onSubmit(body);
  };

  const ethnicities = (reference.data?.ethnicGroups ?? []).map((e) => ({
    value: e.code,
    label: refName(e, locale),
  }));
  const options = <K extends string>(values: readonly K[], labels: Record<K, Parameters<typeof t>[0]>) =>
    values.map((k) => ({ value: k, label: t(labels[k]) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        {Boolean(error) && <ErrorAlert error={error} />}
        <Fieldset legend={t('child.personalTitle')}>
          <Stack gap="sm">
            <TextInput
              label={t('child.field.fullName')}
              value={v.fullName}
              onChange={(e) => set({ fullName: e.currentTarget.value })}
              required
              maxLength={200}
              autoComplete="off"
              error={shown.fullName}
            />
            <BirthInput
              precision={v.birthPrecision}
              value={v.birthDate}
              error={shown.birthDate}
              onChange={(birthPrecision, birthDate) => set({ birthPrecision, birthDate })}
            />
            <Radio.Group
              label={t('child.field.sex')}
              value={v.sex}
              onChange={(s) => set({ sex: Sex.parse(s) })}
              required
              error={shown.sex}
            >
              <Group gap="md" mt={4}>
                {Sex.options.map((s) => (
                  <Radio key={s} value={s} label={t(SEX_LABEL[s])} />
                ))}
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('child.field.personalId')}
                description={t('child.personalIdHint')}
                value={v.personalId}
                onChange={(e) => set({ personalId: e.currentTarget.value })}
                inputMode="numeric"
                maxLength={20}
                autoComplete="off"
                error={shown.personalId}
              />
              <Select
                label={t('child.field.ethnicity')}
                data={ethnicities}
                value={v.ethnicityCode}
                onChange={(e) => set({ ethnicityCode: e })}
                searchable
                clearable
                nothingFoundMessage={t('children.nothingFound')}
                error={shown.ethnicityCode}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('child.residenceTitle')}>
          <Stack gap="sm">
            <UnitPicker
              label={t('child.field.commune')}
              value={unit}
              onChange={(u) => {
                setUnit(u);
                set({ communeCode: u?.code ?? null });
              }}
              level="commune"
              provinceCode={scope.kind === 'province' ? scope.provinceCode : undefined}
              readOnly={scope.kind === 'commune'}
              required
              error={shown.communeCode}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('child.field.village')}
                value={v.village}
                onChange={(e) => set({ village: e.currentTarget.value })}
                maxLength={200}
                error={shown.village}
              />
              <TextInput
                label={t('child.field.addressLine')}
                value={v.addressLine}
                onChange={(e) => set({ addressLine: e.currentTarget.value })}
                maxLength={300}
                error={shown.addressLine}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('child.familyTitle')}>
          <Stack gap="sm">
            <Select
              label={t('child.field.householdPoverty')}
              data={options(HouseholdPoverty.options, POVERTY_LABEL)}
              value={v.householdPoverty}
              onChange={(p) => set({ householdPoverty: HouseholdPoverty.parse(p ?? 'unknown') })}
              allowDeselect={false}
              maw={360}
            />
            <CaregiversEditor
              rows={v.caregivers}
              errors={shown}
              onChange={(caregivers) => set({ caregivers })}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('child.schoolHealthTitle')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('child.field.schooling')}
              data={options(Schooling.options, SCHOOLING_LABEL)}
              value={v.schooling}
              onChange={(s) => set({ schooling: Schooling.parse(s ?? 'unknown') })}
              allowDeselect={false}
            />
            <TextInput
              label={t('child.field.schoolName')}
              value={v.schoolName}
              onChange={(e) => set({ schoolName: e.currentTarget.value })}
              maxLength={200}
              error={shown.schoolName}
            />
            <TextInput
              label={t('child.field.disabilityType')}
              value={v.disabilityType}
              onChange={(e) => set({ disabilityType: e.currentTarget.value })}
              maxLength={100}
              error={shown.disabilityType}
            />
            <Select
              label={t('child.field.disabilityLevel')}
              placeholder={t('child.none')}
              data={options(DisabilityLevel.options, DISABILITY_LEVEL_LABEL)}
              value={v.disabilityLevel}
              onChange={(d) => set({ disabilityLevel: d ?? null })}
              clearable
            />
            <TriSelect
              label={t('child.field.healthInsurance')}
              value={v.healthInsurance}
              onChange={(healthInsurance) => set({ healthInsurance })}
            />
            <TriSelect
              label={t('child.field.birthRegistered')}
              value={v.birthRegistered}
              onChange={(birthRegistered) => set({ birthRegistered })}
            />
          </SimpleGrid>
        </Fieldset>

        {withSensitive && (
          <Fieldset legend={t('child.sensitiveTitle')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('child.field.hivStatus')}
                placeholder={t('child.notKnown')}
                data={options(HivStatus.options, HIV_LABEL)}
                value={v.hivStatus}
                onChange={(h) => set({ hivStatus: h ?? null })}
                clearable
              />
              <TriSelect
                label={t('child.field.drugUse')}
                value={v.drugUse}
                onChange={(drugUse) => set({ drugUse })}
              />
              <TriSelect
                label={t('child.field.conflictWithLaw')}
                value={v.conflictWithLaw}
                onChange={(conflictWithLaw) => set({ conflictWithLaw })}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('child.field.healthNotes')}
              value={v.healthNotes}
              onChange={(e) => set({ healthNotes: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={2000}
              error={shown['sensitive.healthNotes']}
            />
          </Fieldset>
        )}

        {beforeSubmit}
        <Group gap="xs">
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? t('child.create') : t('action.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { AgencyInput, AgencyKind, type Agency } from '../../../shared/domain/Agency';
import type { Unit } from '../../../shared/domain/Unit';
import type { FieldErrors } from '../../api/form-errors';
import { validateWith } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { AGENCY_KIND_LABEL } from '../../i18n/labels';

export type AgencyFormValues = {
  kind: AgencyKind;
  name: string;
  unitCode: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  isActive: boolean;
};

/** Create or edit an agency. Validates with the API's own schema before sending. */
export function AgencyForm({
  initial,
  initialUnit,
  readOnly,
  submitting,
  error,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  initial: Agency | null;
  initialUnit: Unit | null;
  readOnly: boolean;
  submitting: boolean;
  error: unknown;
  serverErrors: FieldErrors;
  onSubmit: (values: AgencyFormValues) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<AgencyKind | null>(initial?.kind ?? null);
  const [name, setName] = useState(initial?.name ?? '');
  const [unit, setUnit] = useState<Unit | null>(initialUnit);
  const [address, setAddress] = useState(initial?.address ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [isActive, setIsActive] = useState(initial?.isActive ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...serverErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      transactionId: crypto.randomUUID(),
      kind: kind ?? undefined,
      name,
      unitCode: unit?.code ?? '',
      address: address || null,
      phone: phone || null,
      email: email.trim() || null,
    };
    const checked = validateWith(AgencyInput, candidate, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const { kind: k, name: n, unitCode, address: a, phone: p, email: e } = checked.data;
    onSubmit({ kind: k, name: n, unitCode, address: a, phone: p, email: e ?? null, isActive });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        {Boolean(error) && <ErrorAlert error={error} />}
        <Select
          label={t('agencies.kind')}
          data={AgencyKind.options.map((k) => ({ value: k, label: t(AGENCY_KIND_LABEL[k]) }))}
          value={kind}
          onChange={(v) => setKind(v)}
          required={!readOnly}
          readOnly={readOnly}
          error={shown.kind}
        />
        <TextInput
          label={t('agencies.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required={!readOnly}
          readOnly={readOnly}
          error={shown.name}
          maxLength={300}
        />
        <UnitPicker
          label={t('agencies.unit')}
          value={unit}
          onChange={setUnit}
          required={!readOnly}
          readOnly={readOnly}
          error={shown.unitCode}
        />
        <TextInput
          label={t('agencies.address')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          readOnly={readOnly}
          error={shown.address}
          maxLength={500}
        />
        <Group grow align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('agencies.phone')}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            readOnly={readOnly}
            error={shown.phone}
            maxLength={30}
            miw={200}
          />
          <TextInput
            label={t('agencies.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            readOnly={readOnly}
            error={shown.email}
            maxLength={200}
            miw={200}
          />
        </Group>
        {initial && !readOnly && (
          <Switch
            label={t('agencies.activeSwitch')}
            checked={isActive}
            onChange={(e) => setIsActive(e.currentTarget.checked)}
          />
        )}
        <Group gap="xs">
          {!readOnly && (
            <Button type="submit" loading={submitting}>
              {initial ? t('action.save') : t('agencies.create')}
            </Button>
          )}
          <Button variant="default" onClick={onCancel}>
            {readOnly ? t('action.back') : t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

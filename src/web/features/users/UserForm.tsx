import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Unit } from '../../../shared/domain/Unit';
import { UserCreateInput, UserUpdateInput, type User } from '../../../shared/domain/User';
import { ALL_ROLES, ROLES, isRole, type Role } from '../../../shared/permissions/roles';
import { validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { ROLE_LABEL } from '../../i18n/labels';
import { AgencySelect } from '../agencies/AgencySelect';
import { generatePassword } from './users-api';

export type UserFormResult =
  { mode: 'create'; body: Omit<UserCreateInput, 'transactionId'> } | { mode: 'edit'; body: UserUpdateInput };

/**
 * Create (username, password) or edit (name, contact, role, unit, agency) a user. The unit field follows the role:
 * a commune for commune roles, a province for provincial ones, none for national ones (src/shared/permissions/roles.ts).
 */
export function UserForm({
  initial,
  initialUnit,
  readOnly,
  submitting,
  error,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  initial: User | null;
  initialUnit: Unit | null;
  readOnly: boolean;
  submitting: boolean;
  error: unknown;
  serverErrors: FieldErrors;
  onSubmit: (result: UserFormResult) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [username, setUsername] = useState(initial?.username ?? '');
  const [displayName, setDisplayName] = useState(initial?.displayName ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [role, setRole] = useState<Role | null>(initial && isRole(initial.role) ? initial.role : null);
  const [unit, setUnit] = useState<Unit | null>(initialUnit);
  const [agency, setAgency] = useState<{ id: string; name: string } | null>(
    initial?.agencyId ? { id: initial.agencyId, name: initial.agencyName ?? initial.agencyId } : null,
  );
  const [password, setPassword] = useState('');
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...serverErrors, ...errors };

  const def = role ? ROLES[role] : null;
  const unitLevel = def?.unitLevel ?? 'any';
  const pickerLevel = unitLevel === 'commune' ? 'commune' : unitLevel === 'province' ? 'province' : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!role) problems.role = t('users.roleRequired');
    if ((unitLevel === 'commune' || unitLevel === 'province') && !unit)
      problems.unitCode = t('users.unitRequired');
    if (def?.needsAgency && !agency) problems.agencyId = t('users.agencyRequired');
    const common = {
      displayName,
      email: email.trim() || null,
      role: role ?? undefined,
      unitCode: unitLevel === 'none' ? null : (unit?.code ?? null),
      agencyId: def?.needsAgency ? (agency?.id ?? null) : null,
    };
    const checked = initial
      ? validateWith(UserUpdateInput, common, locale)
      : validateWith(
          UserCreateInput,
          { ...common, transactionId: crypto.randomUUID(), username, password },
          locale,
        );
    const all = { ...(checked.ok ? {} : checked.errors), ...problems };
    setErrors(all);
    if (!checked.ok || Object.keys(problems).length > 0) return;
    if (initial) onSubmit({ mode: 'edit', body: checked.data });
    else {
      const { transactionId: _omit, ...body } = checked.data as UserCreateInput;
      onSubmit({ mode: 'create', body });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        {Boolean(error) && <ErrorAlert error={error} />}
        {!initial && (
          <TextInput
            label={t('users.username')}
            description={t('users.usernameHint')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            required={!readOnly}
            error={shown.username}
          />
        )}
        <TextInput
          label={t('users.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          required={!readOnly}
          readOnly={readOnly}
          error={shown.displayName}
          autoComplete="off"
        />
        <TextInput
          label={t('agencies.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          readOnly={readOnly}
          error={shown.email}
          autoComplete="off"
        />
        <Select
          label={t('users.role')}
          data={ALL_ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
          value={role}
          onChange={(v) => {
            setRole(v && isRole(v) ? v : null);
            setUnit(null);
          }}
          required={!readOnly}
          readOnly={readOnly}
          error={shown.role}
        />
        {unitLevel !== 'none' && (
          <UnitPicker
            label={
              unitLevel === 'commune'
                ? t('users.unitCommune')
                : unitLevel === 'province'
                  ? t('users.unitProvince')
                  : t('users.unitAny')
            }
            value={unit}
            onChange={setUnit}
            level={pickerLevel}
            required={!readOnly && (unitLevel === 'commune' || unitLevel === 'province')}
            readOnly={readOnly}
            error={shown.unitCode}
          />
        )}
        {def?.needsAgency && (
          <AgencySelect
            label={t('users.agency')}
            value={agency?.id ?? null}
            valueLabel={agency?.name ?? null}
            onChange={(id, name) => setAgency(id ? { id, name: name ?? id } : null)}
            required={!readOnly}
            readOnly={readOnly}
            error={shown.agencyId}
          />
        )}
        {!initial && (
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <PasswordInput
              label={t('users.initialPassword')}
              description={t('users.initialPasswordHint')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              visible={passwordVisible}
              onVisibilityChange={setPasswordVisible}
              autoComplete="new-password"
              required={!readOnly}
              error={shown.password}
              style={{ flex: 1 }}
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <Button
              variant="default"
              onClick={() => {
                setPassword(generatePassword());
                setPasswordVisible(true);
              }}
            >
              {t('users.generate')}
            </Button>
          </Group>
        )}
        <Group gap="xs">
          {!readOnly && (
            <Button type="submit" loading={submitting}>
              {initial ? t('action.save') : t('users.create')}
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

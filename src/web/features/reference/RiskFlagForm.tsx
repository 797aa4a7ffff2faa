import { Button, Group, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  RiskFlagCreateInput,
  RiskFlagUpdateInput,
  type AdminRiskFlag,
} from '../../../shared/domain/ReferenceAdmin';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { createRiskFlag, updateRiskFlag } from './reference-api';

/** Adds a risk flag type (domain.md §1.3: an extendable list) or edits one: names, order, active. */
export function RiskFlagForm({
  existing,
  nextSort,
  onDone,
}: {
  existing: AdminRiskFlag | null;
  nextSort: number;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(existing?.code ?? '');
  const [nameVi, setNameVi] = useState(existing?.nameVi ?? '');
  const [nameEn, setNameEn] = useState(existing?.nameEn ?? '');
  const [sort, setSort] = useState<number | string>(existing?.sort ?? nextSort);
  const [isActive, setIsActive] = useState(existing?.isActive ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: async () => {
      const common = { nameVi, nameEn, sort: Number(sort) };
      const checked = existing
        ? validateWith(RiskFlagUpdateInput, { ...common, isActive }, locale)
        : validateWith(RiskFlagCreateInput, { ...common, code: code.trim() }, locale);
      if (!checked.ok) {
        setErrors(checked.errors);
        return null;
      }
      setErrors({});
      return existing
        ? updateRiskFlag(existing.code, checked.data as RiskFlagUpdateInput)
        : createRiskFlag(checked.data as RiskFlagCreateInput);
    },
    onSuccess: (saved) => {
      if (!saved) return;
      void queryClient.invalidateQueries({ queryKey: ['reference'] });
      onDone();
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('reference.field.code')}
          description={existing ? undefined : t('reference.field.flagCodeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          readOnly={existing !== null}
          error={shown.code}
          required
          data-autofocus={existing ? undefined : true}
        />
        <TextInput
          label={t('reference.field.nameVi')}
          value={nameVi}
          onChange={(e) => setNameVi(e.currentTarget.value)}
          error={shown.nameVi}
          required
        />
        <TextInput
          label={t('reference.field.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          error={shown.nameEn}
          required
        />
        <NumberInput
          label={t('reference.field.sort')}
          value={sort}
          onChange={setSort}
          min={1}
          max={9999}
          allowDecimal={false}
          error={shown.sort}
          w={140}
        />
        {existing && (
          <Switch
            label={t('reference.field.active')}
            description={t('reference.field.activeHint')}
            checked={isActive}
            onChange={(e) => setIsActive(e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

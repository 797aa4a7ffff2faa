import { Button, Group, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  SubgroupCreateInput,
  SubgroupUpdateInput,
  type AdminSubgroup,
} from '../../../shared/domain/ReferenceAdmin';
import type { CircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/context';
import { createSubgroup, updateSubgroup } from './reference-api';

/**
 * Adds a sub-group to a group (code "<letter>.<number>", proposed as the next free number) or edits an unverified
 * one: names, order, active. Verified rows never reach this form (the page offers no edit for them).
 */
export function SubgroupForm({
  groupCode,
  existing,
  nextCode,
  nextSort,
  onDone,
}: {
  groupCode: CircumstanceGroupCode;
  existing: AdminSubgroup | null;
  nextCode: string;
  nextSort: number;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(existing?.code ?? nextCode);
  const [nameVi, setNameVi] = useState(existing?.nameVi ?? '');
  const [nameEn, setNameEn] = useState(existing?.nameEn ?? '');
  const [sort, setSort] = useState<number | string>(existing?.sort ?? nextSort);
  const [isActive, setIsActive] = useState(existing?.isActive ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: async () => {
      const common = { nameVi, nameEn: nameEn.trim() || null, sort: Number(sort) };
      const checked = existing
        ? validateWith(SubgroupUpdateInput, { ...common, isActive }, locale)
        : validateWith(SubgroupCreateInput, { ...common, groupCode, code: code.trim() }, locale);
      if (!checked.ok) {
        setErrors(checked.errors);
        return null;
      }
      setErrors({});
      return existing
        ? updateSubgroup(existing.code, checked.data as SubgroupUpdateInput)
        : createSubgroup(checked.data as SubgroupCreateInput);
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
          description={existing ? undefined : t('reference.field.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          readOnly={existing !== null}
          error={shown.code}
          required
        />
        <TextInput
          label={t('reference.field.nameVi')}
          value={nameVi}
          onChange={(e) => setNameVi(e.currentTarget.value)}
          error={shown.nameVi}
          required
          data-autofocus
        />
        <TextInput
          label={t('reference.field.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          error={shown.nameEn}
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

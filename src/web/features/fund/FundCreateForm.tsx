import { Button, Group, Input, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FundInput } from '../../../shared/domain/Fund';
import type { Unit } from '../../../shared/domain/Unit';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../api/form-errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { createFund, FUND_KEY } from './fund-api';
import { LEVEL_LABEL, optionsOf } from './fund-labels';

/** A national fund officer opens the fund of a province (or the national fund). */
export function FundCreateForm({ onDone }: { onDone: () => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<'national' | 'province'>('province');
  const [province, setProvince] = useState<Unit | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: createFund,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: FUND_KEY });
      onDone();
    },
  });
  const shown = { ...apiFieldErrors(save.error), ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWith(
      FundInput,
      { name, level, provinceCode: level === 'province' ? (province?.code ?? null) : null },
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="fund-create-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="fund-create-title">
          {t('fund.create.title')}
        </Title>
        {Boolean(save.error) && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('fund.create.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={300}
          required
          error={shown.name}
        />
        <Input.Wrapper label={t('fund.create.level')} error={shown.level}>
          <SegmentedControl
            fullWidth
            value={level}
            onChange={(v) => setLevel(v === 'national' ? 'national' : 'province')}
            data={optionsOf(LEVEL_LABEL, t)}
          />
        </Input.Wrapper>
        {level === 'province' && (
          <UnitPicker
            label={t('fund.create.province')}
            level="province"
            value={province}
            onChange={setProvince}
            required
            error={shown.provinceCode}
          />
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('fund.create.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

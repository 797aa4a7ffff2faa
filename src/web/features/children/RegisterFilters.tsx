import { Button, Collapse, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Sex } from '../../../shared/domain/Child';
import type { Unit } from '../../../shared/domain/Unit';
import type { CircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { childReferenceQuery } from './children-api';
import { refName, SEX_LABEL } from './child-labels';
import type { ChildScope } from './child-scope';

export type RegisterFilterValues = {
  q: string;
  unit: Unit | null;
  group: CircumstanceGroupCode | null;
  riskFlag: string | null;
  /** Only children with ('yes') or without ('no') an open case; offered to users who may read cases. */
  openCase: 'yes' | 'no' | null;
  sex: Sex | null;
  ageMin: number | null;
  ageMax: number | null;
};

export const EMPTY_FILTERS: RegisterFilterValues = {
  q: '',
  unit: null,
  group: null,
  riskFlag: null,
  openCase: null,
  sex: null,
  ageMin: null,
  ageMax: null,
};

const age = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The search box and filters of the register. The unit filter follows the user's reach: none for a commune officer
 * (her commune is the register), the communes of her province for a provincial officer, any unit nationally.
 * Sensitive groups are offered only to users who may see them (the API refuses the filter otherwise).
 */
export function RegisterFilters({
  value,
  onChange,
  scope,
}: {
  value: RegisterFilterValues;
  onChange: (next: RegisterFilterValues) => void;
  scope: ChildScope;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const reference = useQuery(childReferenceQuery);
  const mayReadSensitive = can(me, 'children.read_sensitive');
  const set = (patch: Partial<RegisterFilterValues>) => onChange({ ...value, ...patch });
  // On a phone the filters fold under a button, so the list starts on the first screen.
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const mayReadCases = can(me, 'cases.read');
  const active = [
    value.unit,
    value.group,
    value.riskFlag,
    value.openCase,
    value.sex,
    value.ageMin,
    value.ageMax,
  ].filter((v) => v !== null).length;
  const [open, setOpen] = useState(active > 0);
  const panelId = useId();

  const groups = (reference.data?.circumstanceGroups ?? [])
    .filter((g) => mayReadSensitive || !g.isSensitive)
    .map((g) => ({ value: g.code, label: `${g.code}. ${refName(g, locale)}` }));
  const flags = (reference.data?.riskFlagTypes ?? []).map((f) => ({
    value: f.code,
    label: refName(f, locale),
  }));

  return (
    <div role="search" aria-label={t('children.filters')}>
      <TextInput
        label={t('children.searchLabel')}
        description={t('children.searchHint')}
        placeholder={t('children.searchPlaceholder')}
        value={value.q}
        onChange={(e) => set({ q: e.currentTarget.value })}
        type="search"
        autoComplete="off"
        spellCheck={false}
        mb="sm"
        maw={560}
      />
      {narrow && (
        <Button
          variant="default"
          size="xs"
          mb="xs"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {active > 0 ? t('children.filtersButtonCount', { count: active }) : t('children.filtersButton')}
        </Button>
      )}
      <Collapse expanded={!narrow || open} id={panelId}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          {scope.kind === 'province' && (
            <UnitPicker
              label={t('children.filterCommune')}
              description=""
              value={value.unit}
              onChange={(unit) => set({ unit })}
              level="commune"
              provinceCode={scope.provinceCode}
            />
          )}
          {scope.kind === 'national' && (
            <UnitPicker
              label={t('children.filterUnit')}
              description=""
              value={value.unit}
              onChange={(unit) => set({ unit })}
            />
          )}
          <Select
            label={t('children.filterGroup')}
            placeholder={t('any.all')}
            data={groups}
            value={value.group}
            onChange={(v) => set({ group: v ?? null })}
            clearable
            searchable
            nothingFoundMessage={t('children.nothingFound')}
          />
          <Select
            label={t('children.filterRiskFlag')}
            placeholder={t('any.all')}
            data={flags}
            value={value.riskFlag}
            onChange={(v) => set({ riskFlag: v })}
            clearable
            searchable
            nothingFoundMessage={t('children.nothingFound')}
          />
          {mayReadCases && (
            <Select
              label={t('children.filterOpenCase')}
              placeholder={t('any.all')}
              data={[
                { value: 'yes', label: t('children.openCaseYes') },
                { value: 'no', label: t('children.openCaseNo') },
              ]}
              value={value.openCase}
              onChange={(v) => set({ openCase: v === 'yes' || v === 'no' ? v : null })}
              clearable
            />
          )}
          <Select
            label={t('child.field.sex')}
            placeholder={t('any.all')}
            data={Sex.options.map((s) => ({ value: s, label: t(SEX_LABEL[s]) }))}
            value={value.sex}
            onChange={(v) => set({ sex: v ?? null })}
            clearable
          />
          <Group gap="xs" grow wrap="nowrap" align="flex-start">
            <NumberInput
              label={t('children.ageFrom')}
              value={value.ageMin ?? ''}
              onChange={(v) => set({ ageMin: age(v) })}
              min={0}
              max={15}
              allowDecimal={false}
              allowNegative={false}
              miw={0}
            />
            <NumberInput
              label={t('children.ageTo')}
              value={value.ageMax ?? ''}
              onChange={(v) => set({ ageMax: age(v) })}
              min={0}
              max={15}
              allowDecimal={false}
              allowNegative={false}
              miw={0}
            />
          </Group>
        </SimpleGrid>
      </Collapse>
    </div>
  );
}

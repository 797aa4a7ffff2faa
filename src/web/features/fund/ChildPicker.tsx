import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChildSearchItem } from '../../../shared/domain/ChildSearch';
import { useI18n } from '../../i18n/context';
import { childPickerQuery } from './fund-api';
import { formatIsoDate } from './money';

const MIN_QUERY = 2;

/** "Nguyễn Văn An · 12/03/2015 · Phường Bắc Nha Trang": enough to tell two children of the same name apart. */
function childLabel(c: ChildSearchItem): string {
  return [c.fullName, formatIsoDate(c.birthDate), c.communeName ?? c.communeCode].join(' · ');
}

/**
 * A beneficiary child from the register, searched by name (without diacritics, any word order) among the children
 * the fund officer may see (children.read of their province). Nothing is listed before two letters are typed.
 */
export function ChildPicker({
  value,
  onChange,
  error,
}: {
  value: ChildSearchItem | null;
  onChange: (child: ChildSearchItem | null) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const chosen = value ? childLabel(value) : null;
  const q = debounced === chosen ? (value?.fullName ?? '') : debounced;
  const children = useQuery({ ...childPickerQuery(q), enabled: q.length >= MIN_QUERY });
  const items = q.length >= MIN_QUERY ? (children.data?.items ?? []) : [];
  const options = value && !items.some((c) => c.id === value.id) ? [value, ...items] : items;

  return (
    <Select
      label={t('fund.field.child')}
      description={t('fund.child.pickerHint')}
      placeholder={t('fund.child.pickerPlaceholder')}
      required
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options.map((c) => ({ value: c.id, label: childLabel(c) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((c) => c.id === id) ?? null)}
      nothingFoundMessage={
        q.length < MIN_QUERY
          ? t('fund.child.typeMore')
          : children.isFetching
            ? t('state.loading')
            : t('fund.child.none')
      }
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

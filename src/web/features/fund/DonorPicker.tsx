import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Donor } from '../../../shared/domain/Fund';
import { useI18n } from '../../i18n/context';
import { donorsQuery } from './fund-api';

/**
 * Picks a donor of the fund by typing part of the name: the server searches (GET …/donors?q), so the options are
 * not filtered again here (the server ignores diacritics, a plain filter would not).
 */
export function DonorPicker({
  fundId,
  value,
  onChange,
  error,
}: {
  fundId: string;
  value: Donor | null;
  onChange: (donor: Donor | null) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Typing over the chosen donor's name searches again; the chosen name itself lists everyone.
  const q = value && debounced === value.name ? '' : debounced;
  const donors = useQuery(donorsQuery(fundId, q));
  const items = donors.data?.items ?? [];
  const options = value && !items.some((d) => d.id === value.id) ? [value, ...items] : items;

  return (
    <Select
      label={t('fund.field.donor')}
      placeholder={t('fund.donor.pickerPlaceholder')}
      description={t('fund.donor.pickerHint')}
      required
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options.map((d) => ({ value: d.id, label: d.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((d) => d.id === id) ?? null)}
      nothingFoundMessage={donors.isFetching ? t('state.loading') : t('fund.donor.none')}
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

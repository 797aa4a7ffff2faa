import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/context';
import { agenciesQuery } from './agencies-api';

/** Pick an agency by typing part of its name; the server filters, so long lists stay fast. */
export function AgencySelect({
  label,
  value,
  valueLabel,
  onChange,
  error,
  required,
  readOnly,
}: {
  label: string;
  value: string | null;
  valueLabel: string | null;
  onChange: (id: string | null, name: string | null) => void;
  error?: string;
  required?: boolean;
  readOnly?: boolean;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const list = useQuery(agenciesQuery({ q: debounced || undefined, limit: 50, offset: 0 }));
  const options = (list.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (value && valueLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: valueLabel });

  return (
    <Select
      label={label}
      data={options}
      value={value}
      onChange={(id, option) => onChange(id, id ? (option?.label ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text.
      filter={({ options: all }) => all}
      nothingFoundMessage={list.isFetching ? t('state.loading') : t('agencies.empty')}
      clearable
      required={required}
      readOnly={readOnly}
      error={error}
    />
  );
}

import { Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { provincesQuery, unitChildrenQuery } from './units-api';
import { TableScroll } from '../../components/TableScroll';

/** Folds Vietnamese diacritics (and đ) away so "bac" finds "Bắc" in a list already on screen. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function ProvinceCommunes() {
  const { t } = useI18n();
  const [province, setProvince] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const provinces = useQuery(provincesQuery());
  const communes = useQuery({ ...unitChildrenQuery('2025', province ?? ''), enabled: province !== null });

  const rows = useMemo(() => {
    const f = fold(filter.trim());
    const items = communes.data?.items ?? [];
    return f ? items.filter((u) => fold(u.name).includes(f) || u.code.includes(f)) : items;
  }, [communes.data, filter]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="units-communes">
      <Title order={2} size="h4" id="units-communes">
        {t('units.communesTitle')}
      </Title>
      {provinces.isError ? (
        <ErrorState error={provinces.error} onRetry={() => void provinces.refetch()} />
      ) : (
        <Select
          label={t('units.province')}
          placeholder={provinces.isPending ? t('state.loading') : t('units.provincePlaceholder')}
          data={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
          value={province}
          onChange={(v) => {
            setProvince(v);
            setFilter('');
          }}
          searchable
          clearable
          nothingFoundMessage={t('unitPicker.none')}
          maw={420}
        />
      )}
      {province && communes.isPending && <LoadingState />}
      {province && communes.isError && (
        <ErrorState error={communes.error} onRetry={() => void communes.refetch()} />
      )}
      {province && communes.data && (
        <>
          <TextInput
            label={t('units.filterCommunes')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            maw={420}
          />
          <Text size="sm" role="status">
            {t('units.communeCount', { count: rows.length })}
          </Text>
          {rows.length === 0 ? (
            <EmptyState>{t('unitPicker.none')}</EmptyState>
          ) : (
            <TableScroll label={t('units.communesTitle')} minWidth={320} maxHeight={480}>
              <Table striped stickyHeader>
                <Table.Caption>{t('units.communesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('units.code')}</Table.Th>
                    <Table.Th scope="col">{t('units.name')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((u) => (
                    <Table.Tr key={u.code}>
                      <Table.Td ff="monospace">{u.code}</Table.Td>
                      <Table.Td>{u.name}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </Stack>
  );
}

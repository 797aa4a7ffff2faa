import { Anchor, Badge, Button, Group, Select, Switch, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { AgencyKind } from '../../../shared/domain/Agency';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/context';
import { AGENCY_KIND_LABEL } from '../../i18n/labels';
import { agenciesQuery } from './agencies-api';
import { TableScroll } from '../../components/TableScroll';

const PAGE_SIZE = 20;

export function AgenciesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<AgencyKind | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [offset, setOffset] = useState(0);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const list = useQuery(
    agenciesQuery({
      q: debouncedQ || undefined,
      kind: kind ?? undefined,
      includeInactive,
      limit: PAGE_SIZE,
      offset,
    }),
  );
  const kindOptions = AgencyKind.options.map((k) => ({ value: k, label: t(AGENCY_KIND_LABEL[k]) }));

  return (
    <Page
      title={t('agencies.title')}
      actions={
        can(me, 'agencies.manage') && (
          <Button
            renderRoot={(props) => <Link {...props} to="/agencies/$agencyId" params={{ agencyId: 'new' }} />}
          >
            {t('agencies.add')}
          </Button>
        )
      }
    >
      <Group align="flex-end" gap="sm" role="search" aria-label={t('agencies.filters')}>
        <TextInput
          label={t('action.search')}
          placeholder={t('agencies.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('agencies.kind')}
          placeholder={t('any.all')}
          data={kindOptions}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setOffset(0);
          }}
          clearable
          w={{ base: '100%', xs: 300 }}
        />
        <Switch
          label={t('agencies.includeInactive')}
          checked={includeInactive}
          onChange={(e) => {
            setIncludeInactive(e.currentTarget.checked);
            setOffset(0);
          }}
          mb={8}
        />
      </Group>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t('agencies.empty')}</EmptyState>
      ) : (
        <>
          <TableScroll label={t('agencies.title')} minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('agencies.name')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.kind')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.unitColumn')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.phone')}</Table.Th>
                  <Table.Th scope="col">{t('agencies.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/agencies/$agencyId" params={{ agencyId: a.id }} />
                        )}
                        fw={600}
                      >
                        {a.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(AGENCY_KIND_LABEL[a.kind])}</Table.Td>
                    <Table.Td>{a.unitName ?? a.unitCode}</Table.Td>
                    <Table.Td>{a.phone}</Table.Td>
                    <Table.Td>
                      <Badge color={a.isActive ? 'teal' : 'gray'} variant="light">
                        {a.isActive ? t('status.active') : t('status.inactive')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager total={list.data.total} limit={PAGE_SIZE} offset={offset} onOffset={setOffset} />
        </>
      )}
    </Page>
  );
}

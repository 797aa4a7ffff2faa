import { Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { childSearchQuery, exportUrl, type RegisterFilters as Filters } from './children-api';
import { childScope } from './child-scope';
import { CursorPager } from './CursorPager';
import { EMPTY_FILTERS, RegisterFilters, type RegisterFilterValues } from './RegisterFilters';
import { RegisterResults } from './RegisterResults';

const PAGE_SIZE = 20;

/**
 * The last search of this visit, so coming back from a profile shows the same list; only for the same user (another
 * officer signing in on this computer starts with an empty search).
 */
let remembered: { userId: string; filters: RegisterFilterValues; cursors: (string | null)[] } = {
  userId: '',
  filters: EMPTY_FILTERS,
  cursors: [null],
};

function toQuery(f: RegisterFilterValues, q: string): Filters {
  const unit = f.unit;
  return {
    q: q || undefined,
    communeCode: unit?.level === 'commune' ? unit.code : undefined,
    provinceCode: unit?.level === 'province' ? unit.code : undefined,
    group: f.group ?? undefined,
    riskFlag: f.riskFlag ?? undefined,
    hasOpenCase: f.openCase ? f.openCase === 'yes' : undefined,
    sex: f.sex ?? undefined,
    ageMin: f.ageMin ?? undefined,
    ageMax: f.ageMax ?? undefined,
  };
}

function hasFilters(f: Filters): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

/**
 * Sổ theo dõi trẻ em: search as you type (no diacritics needed, any word order, typos tolerated: the server ranks
 * exact matches first), filters, pages by cursor, and the register's actions the role allows.
 */
export function RegisterPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = childScope(me);
  if (remembered.userId !== me.id) remembered = { userId: me.id, filters: EMPTY_FILTERS, cursors: [null] };
  const [filters, setFiltersState] = useState(remembered.filters);
  const [cursors, setCursorsState] = useState(remembered.cursors);
  const [debouncedQ] = useDebouncedValue(filters.q.trim(), 300);
  const query = useMemo(() => toQuery(filters, debouncedQ), [filters, debouncedQ]);

  const setFilters = (next: RegisterFilterValues) => {
    remembered = { userId: me.id, filters: next, cursors: [null] };
    setFiltersState(next);
    setCursorsState([null]);
  };
  const setCursors = (next: (string | null)[]) => {
    remembered = { ...remembered, cursors: next };
    setCursorsState(next);
  };

  const page = cursors.length;
  const list = useQuery(childSearchQuery(query, PAGE_SIZE, cursors[cursors.length - 1] ?? null));
  const typing = filters.q.trim() !== debouncedQ;

  const actions = (
    <>
      {can(me, 'children.write') && (
        <Button renderRoot={(props) => <Link {...props} to="/children/new" />}>{t('children.add')}</Button>
      )}
      {can(me, 'children.import') && (
        <Button variant="default" renderRoot={(props) => <Link {...props} to="/children/import" />}>
          {t('children.import')}
        </Button>
      )}
      {can(me, 'children.merge') && (
        <Button variant="default" renderRoot={(props) => <Link {...props} to="/children/duplicates" />}>
          {t('children.duplicates')}
        </Button>
      )}
      {can(me, 'children.export') && (
        <Button variant="default" component="a" href={exportUrl(query)} download>
          {t('children.export')}
        </Button>
      )}
    </>
  );

  return (
    <Page title={t('children.title')} actions={actions}>
      {scope.kind === 'commune' && scope.communeName && (
        <Text size="sm" mt={-8}>
          {t('children.scopeCommune', { name: scope.communeName })}
        </Text>
      )}
      <RegisterFilters value={filters} onChange={setFilters} scope={scope} />

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 && page === 1 ? (
        <EmptyState>{hasFilters(query) ? t('children.noMatch') : t('children.empty')}</EmptyState>
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Text size="sm" role="status" aria-live="polite">
              {list.isFetching || typing
                ? t('unitPicker.searching')
                : t('children.pageSummary', { page, count: list.data.items.length })}
            </Text>
          </Group>
          <RegisterResults
            items={list.data.items}
            fuzzyHint={Boolean(query.q)}
            showCommune={scope.kind !== 'commune'}
          />
          <CursorPager
            page={page}
            hasNext={list.data.nextCursor !== null}
            disabled={list.isPlaceholderData}
            onPrevious={() => setCursors(cursors.slice(0, -1))}
            onNext={() => list.data.nextCursor && setCursors([...cursors, list.data.nextCursor])}
          />
        </>
      )}
    </Page>
  );
}

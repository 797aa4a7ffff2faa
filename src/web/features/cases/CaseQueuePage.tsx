import { Badge, Button, CloseButton, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { Unit } from '../../../shared/domain/Unit';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { QUEUE_LABEL } from './case-labels';
import { caseCountQuery, caseListQuery, type CaseQueue } from './cases-api';
import { CaseQueueList } from './CaseQueueList';
import type { CaseQueueSearch } from './queue-search';

const route = getRouteApi('/_app/cases');
const PAGE_SIZE = 20;
/** The tabs of the queue (issue #4 item 4), in the order an officer works through them. */
const TABS: readonly CaseQueue[] = ['new', 'due_soon', 'overdue', 'open', 'closed', 'all'];

function TabCount({ queue, communeCode }: { queue: CaseQueue; communeCode: string | undefined }) {
  const count = useQuery(caseCountQuery(queue, communeCode));
  if (count.data === undefined) return null;
  const alarming = (queue === 'overdue' || queue === 'new') && count.data > 0;
  return (
    <Badge
      size="sm"
      variant={alarming ? 'filled' : 'light'}
      color={queue === 'overdue' && alarming ? 'red' : 'blue'}
    >
      {count.data}
    </Badge>
  );
}

/** A province or national user may narrow the queue to one commune (the dashboard links here with one). */
function CommuneFilter({
  communeCode,
  communeName,
  onChange,
}: {
  communeCode: string | undefined;
  communeName: string | undefined;
  onChange: (unit: Unit | null) => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  if (communeCode)
    return (
      <Group gap={6}>
        <Text size="sm">{t('case.filteredCommune', { name: communeName ?? communeCode })}</Text>
        <CloseButton size="sm" aria-label={t('case.clearCommune')} onClick={() => onChange(null)} />
      </Group>
    );
  return (
    <UnitPicker
      label={t('case.filterCommune')}
      value={null}
      onChange={onChange}
      level="commune"
      provinceCode={me.provinceCode ?? undefined}
    />
  );
}

/**
 * Hàng đợi vụ việc: the cases of the user's jurisdiction by queue (new, due soon, overdue, open, closed) with each
 * case's running legal clock; the tab, commune and page are in the URL.
 */
export function CaseQueuePage() {
  const { t } = useI18n();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queue = search.queue ?? 'new';
  const page = search.page ?? 1;
  const communeCode = search.communeCode;
  const list = useQuery(
    caseListQuery({ queue, communeCode, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const manyCommunes = me.permissions['cases.read'] !== 'commune';

  const go = (next: CaseQueueSearch) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...next }) });

  return (
    <Page
      title={t('case.queueTitle')}
      actions={
        can(me, 'reports.create') && (
          <Button renderRoot={(props) => <Link {...props} to="/reports/new" />}>{t('case.newReport')}</Button>
        )
      }
    >
      {manyCommunes && (
        <CommuneFilter
          communeCode={communeCode}
          communeName={list.data?.items[0]?.communeName}
          onChange={(unit) => go({ communeCode: unit?.code })}
        />
      )}
      <Tabs
        value={queue}
        onChange={(value) => {
          const next = TABS.find((q) => q === value);
          if (next) go({ queue: next });
        }}
        keepMounted={false}
      >
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {TABS.map((q) => (
            <Tabs.Tab key={q} value={q} rightSection={<TabCount queue={q} communeCode={communeCode} />}>
              {t(QUEUE_LABEL[q])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((q) => (
          <Tabs.Panel key={q} value={q} pt="md">
            {list.isPending ? (
              <LoadingState />
            ) : list.isError ? (
              <ErrorState error={list.error} onRetry={() => void list.refetch()} />
            ) : list.data.items.length === 0 ? (
              <EmptyState>{t('case.queueEmpty')}</EmptyState>
            ) : (
              <Stack gap="sm">
                <CaseQueueList items={list.data.items} showCommune={manyCommunes} />
                <Pager
                  total={list.data.total}
                  limit={PAGE_SIZE}
                  offset={(page - 1) * PAGE_SIZE}
                  onOffset={(offset) =>
                    void navigate({ search: (prev) => ({ ...prev, page: offset / PAGE_SIZE + 1 }) })
                  }
                />
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}

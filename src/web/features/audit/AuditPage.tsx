import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditEntry, AuditPage as AuditPageData } from '../../../shared/domain/Audit';
import type { Unit } from '../../../shared/domain/Unit';
import { api } from '../../api/client';
import { useMe } from '../../api/useMe';
import { DateField } from '../../components/DateField';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { OPERATION_LABEL, roleLabelId } from '../../i18n/labels';
import { AuditVerifyPanel } from './AuditVerifyPanel';
import { TableScroll } from '../../components/TableScroll';

const PAGE_SIZE = 50;

/** Local midnight at the start (or the end) of a yyyy-mm-dd day, as an ISO instant the API accepts. */
function dayBoundary(iso: string, end: boolean): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = end
    ? new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1, 0, 0, 0, -1)
    : new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return date.toISOString();
}

const OUTCOME_COLOR = { ok: 'teal', denied: 'orange', failed: 'red' } as const;

function EntryRow({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const opId = OPERATION_LABEL[entry.operation];
  const roleId = entry.actorRole ? roleLabelId(entry.actorRole) : undefined;
  // System rows (seed, reference data) have a pseudo-role; only real roles are worth showing.
  const actorLine = [entry.actorName, roleId ? t(roleId) : null].filter(Boolean).join(' · ');
  const outcomeLabel =
    entry.outcome === 'ok'
      ? t('audit.outcome.ok')
      : entry.outcome === 'denied'
        ? t('audit.outcome.denied')
        : t('audit.outcome.failed');
  const counts = Object.entries(entry.counts).map(([k, v]) => `${k}: ${v}`);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, true)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {entry.actorUsername ?? t('audit.system')}
        </Text>
        {actorLine && (
          <Text size="xs" c="dimmed">
            {actorLine}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{opId ? t(opId) : entry.operation}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {entry.operation}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge color={OUTCOME_COLOR[entry.outcome]} variant="light">
          {outcomeLabel}
        </Badge>
      </Table.Td>
      <Table.Td>{entry.unitCode ?? ''}</Table.Td>
      <Table.Td>
        <Text size="xs" className="break-anywhere">
          {entry.targetType ? `${entry.targetType} ${entry.targetIds.join(', ')}` : ''}
          {counts.length ? ` (${counts.join(', ')})` : ''}
          {entry.purpose ? ` — ${entry.purpose}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {entry.ip ?? ''}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The audit log, newest first, with filters; national auditors can also verify the hash chain. */
export function AuditPage() {
  const { t } = useI18n();
  const me = useMe();
  const [actor, setActor] = useState('');
  const [operation, setOperation] = useState<string | null>(null);
  const [unit, setUnit] = useState<Unit | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [debouncedActor] = useDebouncedValue(actor.trim(), 300);

  const operations = useQuery({
    queryKey: ['audit', 'operations'],
    queryFn: ({ signal }) => api.get<{ items: string[] }>('/api/audit/operations', undefined, signal),
    staleTime: Infinity,
  });
  const filters = {
    actor: debouncedActor || undefined,
    operation: operation ?? undefined,
    unitCode: unit?.code,
    from: from ? dayBoundary(from, false) : undefined,
    to: to ? dayBoundary(to, true) : undefined,
  };
  const log = useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPageData>('/api/audit', { ...filters, before: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const national =
    me.permissions['audit.read'] === 'national' || (me.permissions['audit.read'] === 'unit' && !me.unitCode);

  return (
    <Page title={t('audit.title')}>
      {national && <AuditVerifyPanel />}
      <Group align="flex-start" gap="sm" role="search" aria-label={t('audit.filters')}>
        <TextInput
          label={t('audit.actor')}
          placeholder={t('audit.actorPlaceholder')}
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value)}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('audit.operation')}
          placeholder={t('any.all')}
          data={(operations.data?.items ?? []).map((op) => {
            const id = OPERATION_LABEL[op];
            return { value: op, label: id ? `${t(id)} (${op})` : op };
          })}
          value={operation}
          onChange={setOperation}
          clearable
          searchable
          w={{ base: '100%', xs: 300 }}
        />
        <Stack gap={0} w={{ base: '100%', xs: 280 }}>
          <UnitPicker label={t('audit.unit')} description="" value={unit} onChange={setUnit} />
        </Stack>
        <Group gap="sm" wrap="nowrap" w={{ base: '100%', xs: 'auto' }} grow>
          <DateField label={t('audit.from')} value={from} onChange={setFrom} />
          <DateField label={t('audit.to')} value={to} onChange={setTo} />
        </Group>
      </Group>

      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState>{t('audit.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <TableScroll label={t('audit.title')} minWidth={860}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.time')}</Table.Th>
                  <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.operation')}</Table.Th>
                  <Table.Th scope="col">{t('audit.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('audit.unit')}</Table.Th>
                  <Table.Th scope="col">{t('audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <EntryRow key={e.id} entry={e} />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {log.hasNextPage && (
            <div>
              <Button
                variant="default"
                loading={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {t('action.loadMore')}
              </Button>
            </div>
          )}
        </Stack>
      )}
    </Page>
  );
}

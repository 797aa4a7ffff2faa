import { Badge, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type {
  HotlineTransfer,
  HotlineTransferFilter,
  HotlineTransferStatus,
} from '../../../shared/domain/Hotline';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { harmTypesQuery, hotlineTransfersQuery } from './hotline-api';
import { FILTER_LABEL, PROGRESS_LABEL, optionsOf } from './hotline-labels';

const LIMIT = 20;
const MINUTE = 60_000;

/** "2 giờ 15 phút" until (or since) a moment. */
function span(ms: number, t: Translate): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? t('hotline.duration.hm', { h, m }) : t('hotline.duration.m', { m });
}

/** The current time, moving every half minute: the remaining time to acknowledge counts down on screen. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

const PROGRESS_COLOR = {
  received: 'orange',
  acknowledged: 'blue',
  in_progress: 'teal',
  closed: 'gray',
} as const;

/** The progress badges of one transfer: where the commune is, and whether it was escalated. */
export function TransferBadges({ transfer, now }: { transfer: HotlineTransferStatus; now: number }) {
  const { t } = useI18n();
  const due = transfer.acknowledgeDueAt ? Date.parse(transfer.acknowledgeDueAt) : null;
  let waiting: string | null = null;
  if (transfer.progress === 'received' && due !== null)
    waiting =
      due >= now
        ? t('hotline.progress.waitingLeft', { time: span(due - now, t) })
        : t('hotline.progress.waitingLate', { time: span(now - due, t) });
  return (
    <Group gap={6}>
      <Badge color={PROGRESS_COLOR[transfer.progress]} variant="light">
        {waiting ?? t(PROGRESS_LABEL[transfer.progress])}
      </Badge>
      {transfer.escalated && (
        <Badge color="red" variant="filled">
          {t('hotline.progress.escalated')}
        </Badge>
      )}
    </Group>
  );
}

function TransferCard({
  item,
  now,
  harmName,
}: {
  item: HotlineTransfer;
  now: number;
  harmName: (code: string) => string;
}) {
  const { t } = useI18n();
  const tr = item.transfer;
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600} ff="monospace" size="sm">
            {tr.caseNumber}
          </Text>
          <TransferBadges transfer={tr} now={now} />
        </Group>
        <Text size="sm">{tr.communeName}</Text>
        <Text size="xs" c="dimmed">
          {t('hotline.transfers.line', {
            call: formatDateTime(item.startedAt),
            transferred: formatDateTime(tr.transferredAt),
          })}
        </Text>
        <Text size="xs">{item.categories.map(harmName).join(', ')}</Text>
        {tr.acknowledgedAt && (
          <Text size="xs" c="dimmed">
            {t('hotline.transfers.acknowledgedAt', { time: formatDateTime(tr.acknowledgedAt) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The counsellor's transfers with the communes' progress (journey J2 "the counsellor sees the progress"): waiting
 * for acknowledgement with the time left, acknowledged, escalated to the province, in progress, closed. Shows no
 * case contents: the hotline has no access to the case itself.
 */
export function HotlineTransfersPanel() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<HotlineTransferFilter>('all');
  const [mine, setMine] = useState(true);
  const [offset, setOffset] = useState(0);
  const now = useNow();
  const list = useQuery(hotlineTransfersQuery({ filter, mine, offset, limit: LIMIT }));
  const harmTypes = useQuery(harmTypesQuery);
  const harmName = (code: string) => {
    const h = harmTypes.data?.find((x) => x.code === code);
    return h ? (locale === 'vi' ? h.nameVi : h.nameEn) : code;
  };
  const title = t('hotline.transfers.title');

  return (
    <Stack gap="sm" component="section" aria-labelledby="hotline-transfers-title">
      <Title order={2} size="h4" id="hotline-transfers-title">
        {title}
      </Title>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('hotline.transfers.filter')}
          data={optionsOf(FILTER_LABEL, t)}
          value={filter}
          onChange={(v) => {
            setFilter(v ?? 'all');
            setOffset(0);
          }}
          allowDeselect={false}
          w={240}
        />
        <Checkbox
          label={t('hotline.transfers.mine')}
          checked={mine}
          onChange={(e) => {
            setMine(e.currentTarget.checked);
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
        <EmptyState>{t('hotline.transfers.empty')}</EmptyState>
      ) : (
        <>
          <Stack gap="xs" component="ul" p={0} m={0} aria-label={title}>
            {list.data.items.map((item) => (
              <TransferCard key={item.id} item={item} now={now} harmName={harmName} />
            ))}
          </Stack>
          <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={setOffset} />
        </>
      )}
    </Stack>
  );
}

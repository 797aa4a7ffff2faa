import { Alert, Badge, Button, Collapse, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { OUTBOX_STATUSES, type OutboxEntry, type OutboxStatus } from '../../../shared/domain/Notification';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import type { MessageId } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { outboxQuery } from './notifications-api';

const PAGE_SIZE = 50;

const STATUS_TEXT: Record<OutboxStatus, MessageId> = {
  pending: 'outbox.status.pending',
  sent: 'outbox.status.sent',
  failed: 'outbox.status.failed',
};
const STATUS_COLOR: Record<OutboxStatus, string> = { pending: 'gray', sent: 'teal', failed: 'red' };

function StatusCell({ m, sending }: { m: OutboxEntry; sending: boolean }) {
  const { t } = useI18n();
  // A server that sends nothing leaves every mail waiting: say so rather than "waiting".
  const demo = !sending && m.status === 'pending';
  return (
    <Stack gap={2}>
      <Badge color={demo ? 'grape' : STATUS_COLOR[m.status]} variant="light">
        {t(demo ? 'outbox.status.demo' : STATUS_TEXT[m.status])}
      </Badge>
      {m.sentAt && <Text size="xs">{t('outbox.sentAt', { at: formatDateTime(m.sentAt) })}</Text>}
      {m.attempts > 0 && !m.sentAt && (
        <Text size="xs" c="dimmed">
          {t('outbox.attempts', { count: m.attempts })}
        </Text>
      )}
      {m.lastError && (
        <Text size="xs" c="red" className="break-anywhere">
          {t('outbox.lastError', { error: m.lastError })}
        </Text>
      )}
    </Stack>
  );
}

function MailRow({ m, sending }: { m: OutboxEntry; sending: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" className="break-anywhere">
          {m.toAddress}
        </Text>
        {m.userName && (
          <Text size="xs" c="dimmed">
            {m.userName}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{m.subject}</Text>
        <Button
          size="compact-xs"
          variant="subtle"
          px={0}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('outbox.hideBody') : t('outbox.showBody')}
        </Button>
        <Collapse expanded={open} id={bodyId}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {m.body}
          </Text>
        </Collapse>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.createdAt)}</Table.Td>
      <Table.Td>
        <StatusCell m={m} sending={sending} />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The e-mail outbox for administrators: what was sent, is waiting or failed, and in demo mode (or without an SMTP
 * server) what would be sent. A province administrator sees the mails to the province's users.
 */
export function OutboxPage() {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const page = useQuery(outboxQuery({ limit: PAGE_SIZE, offset, status }));
  const title = t('outbox.title');

  return (
    <Page title={title}>
      <Text size="sm">{t('outbox.intro')}</Text>
      {page.data && !page.data.sending && (
        <Alert color="grape" role="status">
          {t('outbox.notSending')}
        </Alert>
      )}
      <Select
        label={t('outbox.status')}
        w={240}
        data={[
          { value: 'all', label: t('outbox.status.all') },
          ...OUTBOX_STATUSES.map((s) => ({ value: s, label: t(STATUS_TEXT[s]) })),
        ]}
        value={status ?? 'all'}
        onChange={(v) => {
          setStatus(OUTBOX_STATUSES.find((s) => s === v) ?? null);
          setOffset(0);
        }}
        allowDeselect={false}
      />
      {page.isPending ? (
        <LoadingState />
      ) : page.isError ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : page.data.items.length === 0 ? (
        <EmptyState>{t('outbox.empty')}</EmptyState>
      ) : (
        <Stack gap="xs">
          <TableScroll label={title} minWidth={760}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outbox.to')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.created')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.data.items.map((m) => (
                  <MailRow key={m.id} m={m} sending={page.data.sending} />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager total={page.data.total} limit={PAGE_SIZE} offset={offset} onOffset={setOffset} />
        </Stack>
      )}
    </Page>
  );
}

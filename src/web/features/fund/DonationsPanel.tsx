import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Donation } from '../../../shared/domain/Fund';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { DonationForm } from './DonationForm';
import { donationsQuery } from './fund-api';
import { GOODS_KIND_LABEL, PURPOSE_LABEL } from './fund-labels';
import { formatIsoDate, formatVnd } from './money';

const PAGE_SIZE = 20;

/** Money and goods received, newest first, with what each donation has left; record a new one. */
export function DonationsPanel({
  fundId,
  campaignId,
  canManage,
}: {
  fundId: string;
  campaignId?: string;
  canManage: boolean;
}) {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  const [recording, setRecording] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<Donation | null>(null);
  const list = useQuery(donationsQuery(fundId, { campaignId, limit: PAGE_SIZE, offset }));
  const money = (v: number) => formatVnd(v, locale);

  let body;
  if (list.isPending) body = <LoadingState />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0) body = <EmptyState>{t('fund.donation.empty')}</EmptyState>;
  else
    body = (
      <>
        <TableScroll label={t('fund.tab.donations')} minWidth={campaignId ? 720 : 860}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fund.donation.receivedOn')}</Table.Th>
                <Table.Th>{t('fund.field.donor')}</Table.Th>
                {!campaignId && <Table.Th>{t('fund.field.campaign')}</Table.Th>}
                <Table.Th>{t('fund.field.purpose')}</Table.Th>
                <Table.Th>{t('fund.donation.receipt')}</Table.Th>
                <Table.Th ta="right">{t('fund.field.amount')}</Table.Th>
                <Table.Th ta="right">{t('fund.balance.available')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(d.receivedOn)}</Table.Td>
                  <Table.Td fw={600}>{d.donorName}</Table.Td>
                  {!campaignId && <Table.Td>{d.campaignName ?? '—'}</Table.Td>}
                  <Table.Td>
                    {t(PURPOSE_LABEL[d.purpose])}
                    {d.kind === 'in_kind' && (
                      <Text size="xs" c="dimmed">
                        {t(GOODS_KIND_LABEL.in_kind)}: {d.goodsDescription}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.receiptNumber}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(d.amount)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(d.available)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        <Pager total={list.data.total} limit={PAGE_SIZE} offset={offset} onOffset={setOffset} />
      </>
    );

  return (
    <Stack gap="md">
      {saved && !recording && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setSaved(null)}>
          {t('fund.donation.saved', { amount: money(saved.amount), donor: saved.donorName })}
        </Alert>
      )}
      {canManage &&
        (recording ? (
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <DonationForm
              key={formKey}
              fundId={fundId}
              campaignId={campaignId}
              onSaved={(d) => {
                setSaved(d);
                setRecording(false);
                setFormKey((k) => k + 1);
                setOffset(0);
              }}
              onCancel={() => setRecording(false)}
            />
          </Paper>
        ) : (
          <Group>
            <Button
              onClick={() => {
                setSaved(null);
                setRecording(true);
              }}
            >
              {t('fund.donation.new')}
            </Button>
          </Group>
        ))}
      {body}
    </Stack>
  );
}

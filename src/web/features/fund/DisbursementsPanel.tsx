import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Disbursement } from '../../../shared/domain/Fund';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';
import { DisbursementForm } from './DisbursementForm';
import { disbursementsQuery } from './fund-api';
import { GOODS_KIND_LABEL, PURPOSE_LABEL } from './fund-labels';
import { formatIsoDate, formatVnd } from './money';

const PAGE_SIZE = 20;

/** Who received it: the child's name (only the fund officer sees it) or the project. */
function beneficiaryText(d: Disbursement, t: Translate): string {
  if (d.beneficiaryKind === 'project') return d.projectName ?? '—';
  return d.childName ?? t('fund.beneficiary.child');
}

/** Payments out (gifts, scholarships…), newest first, each on its decision; record a new one. */
export function DisbursementsPanel({
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
  const [saved, setSaved] = useState<Disbursement | null>(null);
  const list = useQuery(disbursementsQuery(fundId, { campaignId, limit: PAGE_SIZE, offset }));
  const money = (v: number) => formatVnd(v, locale);

  let body;
  if (list.isPending) body = <LoadingState />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0) body = <EmptyState>{t('fund.disbursement.empty')}</EmptyState>;
  else
    body = (
      <>
        <TableScroll label={t('fund.tab.disbursements')} minWidth={campaignId ? 700 : 840}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fund.disbursement.disbursedOn')}</Table.Th>
                <Table.Th>{t('fund.field.beneficiary')}</Table.Th>
                {!campaignId && <Table.Th>{t('fund.field.campaign')}</Table.Th>}
                <Table.Th>{t('fund.field.purpose')}</Table.Th>
                <Table.Th>{t('fund.disbursement.decision')}</Table.Th>
                <Table.Th ta="right">{t('fund.field.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(d.disbursedOn)}</Table.Td>
                  <Table.Td fw={600}>{beneficiaryText(d, t)}</Table.Td>
                  {!campaignId && <Table.Td>{d.campaignName ?? '—'}</Table.Td>}
                  <Table.Td>
                    {t(PURPOSE_LABEL[d.purpose])}
                    {d.kind === 'in_kind' && (
                      <Text size="xs" c="dimmed">
                        {t(GOODS_KIND_LABEL.in_kind)}: {d.goodsDescription}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t('fund.disbursement.decisionOf', {
                      number: d.decisionNumber,
                      date: formatIsoDate(d.decisionDate),
                    })}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(d.amount)}
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
          {t('fund.disbursement.saved', {
            amount: money(saved.amount),
            beneficiary: beneficiaryText(saved, t),
          })}
        </Alert>
      )}
      {canManage &&
        (recording ? (
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <DisbursementForm
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
              {t('fund.disbursement.new')}
            </Button>
          </Group>
        ))}
      {body}
    </Stack>
  );
}

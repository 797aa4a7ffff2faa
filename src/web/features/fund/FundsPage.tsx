import { Anchor, Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Fund } from '../../../shared/domain/Fund';
import { useMe } from '../../api/useMe';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { balancesQuery, fundsQuery } from './fund-api';
import { LEVEL_LABEL } from './fund-labels';
import { FundCreateForm } from './FundCreateForm';
import { formatVnd } from './money';

/** A fund's money left, read from its balances (FundList carries no balance). */
function FundAvailable({ fundId }: { fundId: string }) {
  const { locale } = useI18n();
  const balances = useQuery(balancesQuery(fundId));
  if (!balances.data) return <Text size="sm">…</Text>;
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatVnd(balances.data.total.available, locale)}
    </Text>
  );
}

function FundLink({ fund }: { fund: Fund }) {
  return (
    <Anchor
      fw={600}
      renderRoot={(props) => <Link {...props} to="/funds/$fundId" params={{ fundId: fund.id }} />}
    >
      {fund.name}
    </Anchor>
  );
}

/** Only a national fund officer creates funds (POST /api/funds). */
function canCreateFund(me: ReturnType<typeof useMe>): boolean {
  const reach = me.permissions['fund.manage'];
  return reach === 'national' || (reach === 'unit' && !me.provinceCode && !me.unitCode);
}

/** Quỹ Bảo trợ trẻ em: the funds the officer reaches, with the money each has left. */
export function FundsPage() {
  const { t } = useI18n();
  const me = useMe();
  const funds = useQuery(fundsQuery);
  const [creating, setCreating] = useState(false);
  const mayCreate = canCreateFund(me);

  let body;
  if (funds.isPending) body = <LoadingState />;
  else if (funds.isError) body = <ErrorState error={funds.error} onRetry={() => void funds.refetch()} />;
  else if (funds.data.items.length === 0) body = <EmptyState>{t('fund.list.empty')}</EmptyState>;
  else
    body = (
      <>
        {/* A phone gets one card per fund; a wider screen the table. */}
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          hiddenFrom="sm"
          aria-label={t('fund.list.title')}
        >
          {funds.data.items.map((f) => (
            <Paper component="li" key={f.id} withBorder p="sm">
              <FundLink fund={f} />
              <Text size="sm" c="dimmed">
                {t(LEVEL_LABEL[f.level])}
                {f.provinceName && ` · ${f.provinceName}`}
              </Text>
              <Group gap="xs" justify="space-between">
                <Text size="sm">{t('fund.list.available')}</Text>
                <FundAvailable fundId={f.id} />
              </Group>
            </Paper>
          ))}
        </Stack>
        <Box visibleFrom="sm">
          <TableScroll label={t('fund.list.title')} minWidth={520}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fund.list.name')}</Table.Th>
                  <Table.Th>{t('fund.list.level')}</Table.Th>
                  <Table.Th>{t('fund.list.province')}</Table.Th>
                  <Table.Th ta="right">{t('fund.list.available')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {funds.data.items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <FundLink fund={f} />
                    </Table.Td>
                    <Table.Td>{t(LEVEL_LABEL[f.level])}</Table.Td>
                    <Table.Td>{f.provinceName ?? '—'}</Table.Td>
                    <Table.Td ta="right">
                      <FundAvailable fundId={f.id} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Box>
      </>
    );

  return (
    <Page
      title={t('fund.list.title')}
      actions={
        mayCreate &&
        !creating && (
          <Button variant="default" onClick={() => setCreating(true)}>
            {t('fund.create.open')}
          </Button>
        )
      }
    >
      <Text size="sm" c="dimmed">
        {t('fund.list.intro')}
      </Text>
      {creating && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <FundCreateForm onDone={() => setCreating(false)} />
        </Paper>
      )}
      {body}
    </Page>
  );
}

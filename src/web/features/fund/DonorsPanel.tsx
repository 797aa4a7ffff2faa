import { Badge, Box, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Donor } from '../../../shared/domain/Fund';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { DonorForm } from './DonorForm';
import { donorsQuery } from './fund-api';
import { DONOR_KIND_LABEL } from './fund-labels';
import { formatVnd } from './money';

/** Whether public reports name the donor or count them among the anonymous. */
function PublicBadge({ donor }: { donor: Donor }) {
  const { t } = useI18n();
  return donor.showPublicly ? (
    <Badge variant="light" color="teal">
      {t('fund.donor.named')}
    </Badge>
  ) : (
    <Badge variant="light" color="gray">
      {t('fund.donor.anonymous')}
    </Badge>
  );
}

/** The fund's donors: search by name, add one, see what each has given. */
export function DonorsPanel({ fundId, canManage }: { fundId: string; canManage: boolean }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const donors = useQuery(donorsQuery(fundId, debounced));
  const [adding, setAdding] = useState(false);

  let list;
  if (donors.isPending) list = <LoadingState />;
  else if (donors.isError) list = <ErrorState error={donors.error} onRetry={() => void donors.refetch()} />;
  else if (donors.data.items.length === 0) list = <EmptyState>{t('fund.donor.empty')}</EmptyState>;
  else
    list = (
      <>
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          hiddenFrom="sm"
          aria-label={t('fund.tab.donors')}
        >
          {donors.data.items.map((d) => (
            <Paper component="li" key={d.id} withBorder p="xs">
              <Text fw={600} size="sm">
                {d.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(DONOR_KIND_LABEL[d.kind])}
                {d.phone && ` · ${d.phone}`}
              </Text>
              <Group justify="space-between" gap="xs" mt={4}>
                <PublicBadge donor={d} />
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatVnd(d.donated, locale)}
                </Text>
              </Group>
            </Paper>
          ))}
        </Stack>
        <Box visibleFrom="sm">
          <TableScroll label={t('fund.tab.donors')} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fund.donor.name')}</Table.Th>
                  <Table.Th>{t('fund.donor.kind')}</Table.Th>
                  <Table.Th>{t('fund.donor.phone')}</Table.Th>
                  <Table.Th>{t('fund.donor.publicName')}</Table.Th>
                  <Table.Th ta="right">{t('fund.donor.donated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {donors.data.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td fw={600}>{d.name}</Table.Td>
                    <Table.Td>{t(DONOR_KIND_LABEL[d.kind])}</Table.Td>
                    <Table.Td>{d.phone ?? '—'}</Table.Td>
                    <Table.Td>
                      <PublicBadge donor={d} />
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatVnd(d.donated, locale)}
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
    <Stack gap="md">
      {canManage &&
        (adding ? (
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <DonorForm fundId={fundId} onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
          </Paper>
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('fund.donor.new')}</Button>
          </Group>
        ))}
      <TextInput
        type="search"
        label={t('fund.donor.search')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maxLength={100}
      />
      {list}
    </Stack>
  );
}

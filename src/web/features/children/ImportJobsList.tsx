import { Anchor, Badge, Card, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ImportJob } from '../../../shared/domain/ChildImport';
import { TableScroll } from '../../components/TableScroll';
import type { MessageId } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/context';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { importJobsQuery } from './children-api';

const STATUS_LABEL: Record<ImportJob['status'], MessageId> = {
  queued: 'childImport.status.queued',
  validating: 'childImport.status.validating',
  validated: 'childImport.status.validated',
  importing: 'childImport.status.importing',
  done: 'childImport.status.done',
  failed: 'childImport.status.failed',
};

function statusColor(job: ImportJob): string {
  if (job.status === 'done') return 'teal';
  if (job.status === 'failed' || job.errorCount > 0) return 'red';
  return 'blue';
}

/** The user's recent imports, to come back to a result (and its report) later. */
export function ImportJobsList({
  current,
  onOpen,
}: {
  current: string | undefined;
  onOpen: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const jobs = useQuery(importJobsQuery);
  const items = (jobs.data?.items ?? []).filter((j) => j.id !== current);
  if (items.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-recent">
      <Title order={2} size="h5" id="import-recent" mb="xs">
        {t('childImport.recent')}
      </Title>
      <TableScroll label={t('childImport.recent')} minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('childImport.fileColumn')}</Table.Th>
              <Table.Th scope="col">{t('childImport.when')}</Table.Th>
              <Table.Th scope="col">{t('childImport.statusColumn')}</Table.Th>
              <Table.Th scope="col">{t('childImport.rows')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.slice(0, 10).map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td className="break-anywhere">
                  <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(j.id)}>
                    {j.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDateTime(j.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColor(j)}>
                    {j.status === 'validated' && j.errorCount > 0
                      ? t('childImport.status.errors')
                      : t(STATUS_LABEL[j.status])}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {formatNumber(j.status === 'done' ? j.importedCount : j.totalRows, locale)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Card>
  );
}

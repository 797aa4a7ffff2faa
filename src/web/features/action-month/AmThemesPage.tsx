import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AmTheme } from '../../../shared/domain/ActionMonth';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/context';
import { themesQuery } from './am-api';
import { formatDay, vietnamYear } from './am-format';
import { BackToActionMonth } from './AmBits';
import { AmModal } from './AmModal';
import { ThemeForm } from './ThemeForm';

type Editing = { theme: AmTheme | null } | null;

/**
 * Chủ đề các năm: the national theme of every year (national officers). Rows loaded from the verified reference data
 * are marked "đã xác minh" with their source; editing one makes it the ministry's own entry.
 */
export function AmThemesPage() {
  const { t } = useI18n();
  const themes = useQuery(themesQuery);
  const [editing, setEditing] = useState<Editing>(null);
  const years = (themes.data ?? []).map((th) => th.year);
  const thisYear = vietnamYear();
  const suggested = years.includes(thisYear) ? Math.max(thisYear, ...years) + 1 : thisYear;
  const sorted = [...(themes.data ?? [])].sort((a, b) => b.year - a.year);

  return (
    <Page
      title={t('am.themes.title')}
      actions={<Button onClick={() => setEditing({ theme: null })}>{t('am.themes.add')}</Button>}
    >
      <BackToActionMonth />
      {themes.isPending ? (
        <LoadingState />
      ) : themes.isError ? (
        <ErrorState error={themes.error} onRetry={() => void themes.refetch()} />
      ) : sorted.length === 0 ? (
        <EmptyState>{t('am.themes.empty')}</EmptyState>
      ) : (
        <TableScroll label={t('am.themes.title')} minWidth={760}>
          <Table striped fz="sm" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('am.year')}</Table.Th>
                <Table.Th>{t('am.themes.theme')}</Table.Th>
                <Table.Th>{t('am.themes.period')}</Table.Th>
                <Table.Th>{t('am.themes.deadlines')}</Table.Th>
                <Table.Th>{t('am.themes.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((th) => (
                <Table.Tr key={th.year}>
                  <Table.Th scope="row">{th.year}</Table.Th>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm" fw={600}>
                        {th.theme}
                      </Text>
                      <Group gap={6}>
                        {th.isReference && (
                          <Badge size="sm" color="teal" variant="light">
                            {t('am.theme.verified')}
                          </Badge>
                        )}
                        {th.slogans.length > 0 && (
                          <Badge size="sm" variant="outline" color="gray">
                            {t('am.themes.sloganCount', { count: th.slogans.length })}
                          </Badge>
                        )}
                      </Group>
                      {th.guidingDocument && (
                        <Text size="xs" c="dimmed">
                          {th.guidingDocument}
                        </Text>
                      )}
                      {th.source && (
                        <Text size="xs" c="dimmed">
                          {t('am.themes.source', { source: th.source })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDay(th.periodStart)} – {formatDay(th.periodEnd)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      {t('am.themes.communeDueShort', { date: formatDay(th.communeReportDue) })}
                    </Text>
                    <Text size="sm">
                      {t('am.themes.provinceDueShort', { date: formatDay(th.provinceReportDue) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing({ theme: th })}
                      aria-label={t('am.themes.editYear', { year: th.year })}
                    >
                      {t('am.themes.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <AmModal
        title={editing?.theme ? t('am.themes.editYear', { year: editing.theme.year }) : t('am.themes.add')}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <ThemeForm
            theme={editing.theme}
            existingYears={years}
            suggestedYear={suggested}
            onDone={() => setEditing(null)}
          />
        )}
      </AmModal>
    </Page>
  );
}

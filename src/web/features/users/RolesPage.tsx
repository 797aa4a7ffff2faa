import { Alert, Badge, Stack, Switch, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { JURISDICTION_LABEL, PERMISSION_LABEL, roleLabelId } from '../../i18n/labels';
import { rolesQuery } from './users-api';
import { TableScroll } from '../../components/TableScroll';

/** Per-role security settings: whether the second factor is required (always on for administrators). */
export function RolesPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const roles = useQuery(rolesQuery);
  const update = useMutation({
    mutationFn: (v: { role: string; requireTotp: boolean }) =>
      api.put<unknown>(`/api/roles/${encodeURIComponent(v.role)}/settings`, { requireTotp: v.requireTotp }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['roles'] }),
  });

  return (
    <Page title={t('roles.title')}>
      <Text size="sm">{t('roles.intro')}</Text>
      {update.error && <ErrorAlert error={update.error} />}
      {update.isSuccess && (
        <Alert color="teal" role="status">
          {t('state.saved')}
        </Alert>
      )}
      {roles.isPending ? (
        <LoadingState />
      ) : roles.isError ? (
        <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />
      ) : (
        <TableScroll label={t('roles.title')} minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('roles.requireTotp')}</Table.Th>
                <Table.Th scope="col">{t('roles.permissions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roles.data.map((r) => {
                const labelId = roleLabelId(r.role);
                const name = labelId ? t(labelId) : r.role;
                return (
                  <Table.Tr key={r.role}>
                    <Table.Td fw={600}>{name}</Table.Td>
                    <Table.Td>
                      {r.totpMandatory ? (
                        <Badge color="teal" variant="light">
                          {t('roles.mandatory')}
                        </Badge>
                      ) : (
                        <Switch
                          checked={r.requireTotp}
                          disabled={update.isPending}
                          onChange={(e) =>
                            update.mutate({ role: r.role, requireTotp: e.currentTarget.checked })
                          }
                          aria-label={t('roles.requireTotpFor', { role: name })}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {Object.entries(r.permissions).map(([p, j]) => {
                          const pId = PERMISSION_LABEL[p];
                          const jId = JURISDICTION_LABEL[j];
                          return (
                            <Text key={p} size="sm">
                              {pId ? t(pId) : p}{' '}
                              <Text span c="dimmed" size="sm">
                                ({jId ? t(jId) : j})
                              </Text>
                            </Text>
                          );
                        })}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Page>
  );
}

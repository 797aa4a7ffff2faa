import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Unit } from '../../../shared/domain/Unit';
import type { User } from '../../../shared/domain/User';
import { ALL_ROLES } from '../../../shared/permissions/roles';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Page } from '../../components/Page';
import { EmptyState, ErrorState, LoadingState } from '../../components/PageStates';
import { Pager } from '../../components/Pager';
import { UnitPicker } from '../../components/UnitPicker';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../i18n/format';
import { ROLE_LABEL, roleLabelId } from '../../i18n/labels';
import { usersQuery } from './users-api';
import { TableScroll } from '../../components/TableScroll';

const PAGE_SIZE = 20;

export function UserStatusBadges({ user }: { user: User }) {
  const { t } = useI18n();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
  return (
    <Group gap={4}>
      <Badge color={user.isActive ? 'teal' : 'gray'} variant="light">
        {user.isActive ? t('status.active') : t('users.disabled')}
      </Badge>
      {locked && (
        <Badge color="red" variant="light">
          {t('users.locked')}
        </Badge>
      )}
      {user.totpEnabled && (
        <Badge color="blue" variant="light">
          {t('users.totpOn')}
        </Badge>
      )}
    </Group>
  );
}

export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [unit, setUnit] = useState<Unit | null>(null);
  const [offset, setOffset] = useState(0);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const list = useQuery(
    usersQuery({
      q: debouncedQ || undefined,
      role: role ?? undefined,
      unitCode: unit?.code,
      limit: PAGE_SIZE,
      offset,
    }),
  );

  return (
    <Page
      title={t('users.title')}
      actions={
        can(me, 'users.manage') && (
          <Button renderRoot={(props) => <Link {...props} to="/users/$userId" params={{ userId: 'new' }} />}>
            {t('users.add')}
          </Button>
        )
      }
    >
      <Group align="flex-start" gap="sm" role="search" aria-label={t('users.filters')}>
        <TextInput
          label={t('action.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('users.role')}
          placeholder={t('any.all')}
          data={ALL_ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
          value={role}
          onChange={(v) => {
            setRole(v);
            setOffset(0);
          }}
          clearable
          w={{ base: '100%', xs: 280 }}
        />
        <Stack gap={0} w={{ base: '100%', xs: 300 }}>
          <UnitPicker
            label={t('users.unit')}
            description=""
            value={unit}
            onChange={(u) => {
              setUnit(u);
              setOffset(0);
            }}
          />
        </Stack>
      </Group>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t('users.empty')}</EmptyState>
      ) : (
        <>
          <TableScroll label={t('users.title')} minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.user')}</Table.Th>
                  <Table.Th scope="col">{t('users.role')}</Table.Th>
                  <Table.Th scope="col">{t('users.unit')}</Table.Th>
                  <Table.Th scope="col">{t('users.status')}</Table.Th>
                  <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((u) => {
                  const roleId = roleLabelId(u.role);
                  return (
                    <Table.Tr key={u.id}>
                      <Table.Td>
                        <Anchor
                          renderRoot={(props) => (
                            <Link {...props} to="/users/$userId" params={{ userId: u.id }} />
                          )}
                          fw={600}
                        >
                          {u.username}
                        </Anchor>
                        <Text size="sm">{u.displayName}</Text>
                      </Table.Td>
                      <Table.Td>{roleId ? t(roleId) : u.role}</Table.Td>
                      <Table.Td>{u.unitName ?? (u.unitCode || t('home.national'))}</Table.Td>
                      <Table.Td>
                        <UserStatusBadges user={u} />
                      </Table.Td>
                      <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager total={list.data.total} limit={PAGE_SIZE} offset={offset} onOffset={setOffset} />
        </>
      )}
    </Page>
  );
}

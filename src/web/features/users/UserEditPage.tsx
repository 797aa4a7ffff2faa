import { Divider } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import type { User } from '../../../shared/domain/User';
import { api } from '../../api/client';
import { apiFieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Forbidden } from '../../components/Forbidden';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { unitQuery } from '../units/units-api';
import { UserAdminActions } from './UserAdminActions';
import { UserForm, type UserFormResult } from './UserForm';
import { userQuery } from './users-api';

const route = getRouteApi('/_app/users/$userId');

/** /users/new creates a user; /users/:id shows one, and lets an administrator edit it and manage the account. */
export function UserEditPage() {
  const { userId } = route.useParams();
  const isNew = userId === 'new';
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canManage = can(me, 'users.manage');
  const transactionId = useRef(crypto.randomUUID());

  const user = useQuery({ ...userQuery(userId), enabled: !isNew });
  const unitCode = user.data?.unitCode;
  const unit = useQuery({ ...unitQuery('2025', unitCode ?? ''), enabled: Boolean(unitCode) });

  const save = useMutation({
    mutationFn: (result: UserFormResult) =>
      result.mode === 'create'
        ? api.post<User>('/api/users', { ...result.body, transactionId: transactionId.current })
        : api.patch<User>(`/api/users/${encodeURIComponent(userId)}`, result.body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await navigate({ to: '/users' });
    },
  });

  if (isNew && !canManage) return <Forbidden />;
  if (!isNew && user.isPending) return <LoadingState />;
  if (!isNew && user.isError) return <ErrorState error={user.error} onRetry={() => void user.refetch()} />;
  if (unitCode && unit.isPending) return <LoadingState />;

  return (
    <Page
      title={isNew ? t('users.newTitle') : `${user.data?.displayName ?? ''} (${user.data?.username ?? ''})`}
    >
      <UserForm
        key={user.data?.id ?? 'new'}
        initial={user.data ?? null}
        initialUnit={unit.data ?? null}
        readOnly={!canManage}
        submitting={save.isPending}
        error={save.error}
        serverErrors={apiFieldErrors(save.error)}
        onSubmit={(result) => save.mutate(result)}
        onCancel={() => void navigate({ to: '/users' })}
      />
      {user.data && (
        <>
          <Divider />
          <UserAdminActions user={user.data} canManage={canManage} />
        </>
      )}
    </Page>
  );
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { Child } from '../../../shared/domain/Child';
import { api, ApiRequestError } from '../../api/client';
import { apiFieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Forbidden } from '../../components/Forbidden';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { unitQuery } from '../units/units-api';
import { acceptChild, childQuery, invalidateChildren } from './children-api';
import { initialValues } from './child-form-values';
import { childScope } from './child-scope';
import { ChildForm, type ChildFormBody } from './ChildForm';
import { candidatesOf, DuplicateCandidates } from './DuplicateCandidates';
import { useViewPurpose } from './view-purpose';

const editRoute = getRouteApi('/_app/children/$childId/edit');

const isConflict = (err: unknown, messageId: string) =>
  err instanceof ApiRequestError && err.status === 409 && err.messageId === messageId;

/** Thêm trẻ em: the form; suspected duplicates are shown, and the officer may create anyway. */
export function ChildNewPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useViewPurpose();
  const scope = childScope(me, 'children.write');
  // One id per form visit: a double tap or a retried request never registers the child twice.
  const transactionId = useRef(crypto.randomUUID());
  const [lastBody, setLastBody] = useState<ChildFormBody | null>(null);
  const ownCommune = scope.kind === 'commune' ? scope.communeCode : null;
  const unit = useQuery({ ...unitQuery('2025', ownCommune ?? ''), enabled: ownCommune !== null });

  const create = useMutation({
    mutationFn: (input: { body: ChildFormBody; confirm: boolean }) => {
      const body = {
        ...input.body,
        transactionId: transactionId.current,
        confirmNotDuplicate: input.confirm,
      };
      return api.post<Child>('/api/children', body);
    },
    onSuccess: async (child) => {
      // Registering a child is record management: the profile opens with that purpose unless one was chosen.
      if (!purpose) setPurpose('record_update');
      await acceptChild(queryClient, child, purpose ?? 'record_update');
      await navigate({ to: '/children/$childId', params: { childId: child.id } });
    },
  });

  if (!can(me, 'children.write') || scope.kind === 'none') return <Forbidden />;
  if (ownCommune && unit.isPending) return <LoadingState />;

  const duplicates = isConflict(create.error, 'child.duplicateCandidates');
  const idTaken = isConflict(create.error, 'child.personalIdTaken');
  const serverErrors = apiFieldErrors(create.error);
  if (idTaken && create.error instanceof ApiRequestError) serverErrors.personalId = create.error.message;
  const candidates = create.error instanceof ApiRequestError ? candidatesOf(create.error.details) : [];

  return (
    <Page title={t('child.newTitle')}>
      <ChildForm
        mode="create"
        initial={initialValues(null, ownCommune)}
        initialUnit={unit.data ?? null}
        scope={scope}
        withSensitive={can(me, 'children.read_sensitive')}
        submitting={create.isPending}
        error={duplicates || idTaken || serverErrors.personalId ? null : create.error}
        serverErrors={serverErrors}
        beforeSubmit={
          (duplicates || (idTaken && candidates.length > 0)) && (
            <DuplicateCandidates
              candidates={candidates}
              canConfirm={duplicates}
              pending={create.isPending}
              onConfirm={() => lastBody && create.mutate({ body: lastBody, confirm: true })}
            />
          )
        }
        onSubmit={(body) => {
          setLastBody(body);
          create.mutate({ body, confirm: false });
        }}
        onCancel={() => void navigate({ to: '/children' })}
      />
    </Page>
  );
}

/** Sửa hồ sơ: the same form on the current version; a change made meanwhile by someone else is not overwritten. */
export function ChildEditPage() {
  const { childId } = editRoute.useParams();
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const scope = childScope(me, 'children.write');
  const transactionId = useRef(crypto.randomUUID());
  // Opening the edit form is a view for updating the record, whatever the purpose chosen for reading.
  const child = useQuery(childQuery(childId, 'record_update'));
  const unit = useQuery({
    ...unitQuery('2025', child.data?.communeCode ?? ''),
    enabled: Boolean(child.data?.communeCode),
  });

  const save = useMutation({
    mutationFn: (body: ChildFormBody) => {
      const version = child.data?.version ?? 1;
      const input = { ...body, transactionId: transactionId.current, version };
      return api.patch<Child>(`/api/children/${encodeURIComponent(childId)}`, input);
    },
    onSuccess: async (saved) => {
      await acceptChild(queryClient, saved, 'record_update');
      await navigate({ to: '/children/$childId', params: { childId } });
    },
  });

  if (!can(me, 'children.write')) return <Forbidden />;
  if (child.isPending || (child.data && unit.isPending)) return <LoadingState />;
  if (child.isError) return <ErrorState error={child.error} onRetry={() => void child.refetch()} />;

  const stale = isConflict(save.error, 'child.staleVersion');
  const c = child.data;
  return (
    <Page title={t('child.editTitle', { name: c.fullName })}>
      {stale && (
        <Alert color="yellow" role="alert" title={t('child.stale.title')}>
          <Stack gap="xs">
            <Text size="sm">{t('child.stale.text')}</Text>
            <div>
              <Button
                variant="default"
                onClick={async () => {
                  await child.refetch();
                  await invalidateChildren(queryClient);
                  transactionId.current = crypto.randomUUID();
                  save.reset();
                }}
              >
                {t('child.stale.reload')}
              </Button>
            </div>
          </Stack>
        </Alert>
      )}
      <ChildForm
        key={`${c.id}-${c.version}`}
        mode="edit"
        initial={initialValues(c, c.communeCode)}
        initialUnit={unit.data ?? null}
        scope={scope}
        withSensitive={c.sensitiveVisible}
        submitting={save.isPending}
        error={stale ? null : save.error}
        serverErrors={apiFieldErrors(save.error)}
        onSubmit={(body) => save.mutate(body)}
        onCancel={() => void navigate({ to: '/children/$childId', params: { childId } })}
      />
    </Page>
  );
}

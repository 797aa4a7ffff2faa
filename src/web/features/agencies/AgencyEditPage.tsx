import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import type { Agency, AgencyInput, AgencyUpdateInput } from '../../../shared/domain/Agency';
import { api } from '../../api/client';
import { apiFieldErrors } from '../../api/form-errors';
import { useMe } from '../../api/useMe';
import { can } from '../../app/nav';
import { Forbidden } from '../../components/Forbidden';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { useI18n } from '../../i18n/context';
import { unitQuery } from '../units/units-api';
import { agencyQuery } from './agencies-api';
import { AgencyForm, type AgencyFormValues } from './AgencyForm';

const route = getRouteApi('/_app/agencies/$agencyId');

/** /agencies/new creates; /agencies/:id shows, and lets an administrator edit. */
export function AgencyEditPage() {
  const { agencyId } = route.useParams();
  const isNew = agencyId === 'new';
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canManage = can(me, 'agencies.manage');
  // One id per form visit: a retried submit (double tap, flaky network) never creates the agency twice.
  const transactionId = useRef(crypto.randomUUID());

  const agency = useQuery({ ...agencyQuery(agencyId), enabled: !isNew });
  const unitCode = agency.data?.unitCode;
  const unit = useQuery({ ...unitQuery('2025', unitCode ?? ''), enabled: Boolean(unitCode) });

  const save = useMutation({
    mutationFn: (values: AgencyFormValues) => {
      if (isNew) {
        const body: AgencyInput = { transactionId: transactionId.current, ...values };
        return api.post<Agency>('/api/agencies', body);
      }
      const body: AgencyUpdateInput = values;
      return api.patch<Agency>(`/api/agencies/${encodeURIComponent(agencyId)}`, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['agencies'] });
      await navigate({ to: '/agencies' });
    },
  });

  if (isNew && !canManage) return <Forbidden />;
  if (!isNew && agency.isPending) return <LoadingState />;
  if (!isNew && agency.isError)
    return <ErrorState error={agency.error} onRetry={() => void agency.refetch()} />;
  if (unitCode && unit.isPending) return <LoadingState />;

  const title = isNew ? t('agencies.newTitle') : (agency.data?.name ?? '');
  return (
    <Page title={title}>
      <AgencyForm
        key={agency.data?.id ?? 'new'}
        initial={agency.data ?? null}
        initialUnit={unit.data ?? null}
        readOnly={!canManage}
        submitting={save.isPending}
        error={save.error}
        serverErrors={apiFieldErrors(save.error)}
        onSubmit={(values) => save.mutate(values)}
        onCancel={() => void navigate({ to: '/agencies' })}
      />
    </Page>
  );
}

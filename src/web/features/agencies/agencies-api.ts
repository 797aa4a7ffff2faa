import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Agency, AgencyKind } from '../../../shared/domain/Agency';
import { api } from '../../api/client';

export type AgencyFilters = {
  q?: string;
  kind?: AgencyKind;
  unitCode?: string;
  includeInactive?: boolean;
  limit: number;
  offset: number;
};

export const agenciesQuery = (f: AgencyFilters) =>
  queryOptions({
    queryKey: ['agencies', 'list', f],
    queryFn: ({ signal }) =>
      api.get<{ items: Agency[]; total: number }>(
        '/api/agencies',
        {
          q: f.q,
          kind: f.kind,
          unitCode: f.unitCode,
          includeInactive: f.includeInactive ? 'true' : undefined,
          limit: f.limit,
          offset: f.offset,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const agencyQuery = (id: string) =>
  queryOptions({
    queryKey: ['agencies', 'one', id],
    queryFn: ({ signal }) => api.get<Agency>(`/api/agencies/${encodeURIComponent(id)}`, undefined, signal),
  });

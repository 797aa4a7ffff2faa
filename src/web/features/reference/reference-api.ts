import { queryOptions } from '@tanstack/react-query';
import type {
  AdminRiskFlag,
  AdminSubgroup,
  ReferenceAdminLists,
  RiskFlagCreateInput,
  RiskFlagUpdateInput,
  SubgroupCreateInput,
  SubgroupUpdateInput,
} from '../../../shared/domain/ReferenceAdmin';
import { api } from '../../api/client';

/** Calls of the reference lists editor (src/server/modules/reference/reference.routes.ts). */

/** Under ['reference'], so an edit also refreshes the lists the register's forms read (['reference', 'children']). */
export const referenceAdminQuery = queryOptions({
  queryKey: ['reference', 'admin'] as const,
  queryFn: ({ signal }) => api.get<ReferenceAdminLists>('/api/reference/admin', undefined, signal),
});

export const createSubgroup = (input: SubgroupCreateInput) =>
  api.post<AdminSubgroup>('/api/reference/subgroups', input);

export const updateSubgroup = (code: string, input: SubgroupUpdateInput) =>
  api.put<AdminSubgroup>(`/api/reference/subgroups/${encodeURIComponent(code)}`, input);

export const createRiskFlag = (input: RiskFlagCreateInput) =>
  api.post<AdminRiskFlag>('/api/reference/risk-flags', input);

export const updateRiskFlag = (code: string, input: RiskFlagUpdateInput) =>
  api.put<AdminRiskFlag>(`/api/reference/risk-flags/${encodeURIComponent(code)}`, input);

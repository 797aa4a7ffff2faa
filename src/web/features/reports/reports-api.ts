import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ChildSearchResult } from '../../../shared/domain/ChildSearch';
import type { ReportCreated } from '../../../shared/domain/Report';
import type { Locale } from '../../../shared/i18n/locale';
import { api } from '../../api/client';

/** Report intake (src/server/modules/reports): the harm types, the register look-up and POST /api/reports. */
export type HarmType = { code: string; nameVi: string; nameEn: string; circular13Category: string };

export const harmTypesQuery = queryOptions({
  queryKey: ['reference', 'harm-types'] as const,
  queryFn: ({ signal }) => api.get<HarmType[]>('/api/reference/harm-types', undefined, signal),
  // An administrator's edit of the taxonomy shows on the next visit.
  staleTime: 60 * 60_000,
});

export function harmTypeName(h: HarmType, locale: Locale): string {
  return locale === 'vi' ? h.nameVi : h.nameEn;
}

/** The register search (GET /api/children) as a typeahead: a few best matches, children under 16 only. */
export const childTypeaheadQuery = (q: string) =>
  queryOptions({
    queryKey: ['children', 'search', 'report-typeahead', q],
    queryFn: ({ signal }) => api.get<ChildSearchResult>('/api/children', { q, limit: 8 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** The body of ReportInput; sent as typed, the server's schema is the judge. */
export type ReportBody = Record<string, unknown> & { transactionId: string };

/** The form asks for the register children that may be the one described (the duplicate check of the register). */
export const createReport = (body: ReportBody) =>
  api.post<ReportCreated>('/api/reports?suggestChildren=true', body);

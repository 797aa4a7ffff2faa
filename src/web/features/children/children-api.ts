import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Child, ChildHistory, Sex, ViewPurpose } from '../../../shared/domain/Child';
import type { DuplicateList, ImportJob, ImportJobList } from '../../../shared/domain/ChildImport';
import type { ChildSearchResult } from '../../../shared/domain/ChildSearch';
import type { ChildReference, ChildStats } from '../../../shared/domain/ChildStats';
import type { CircumstanceGroupCode } from '../../../shared/reference/circumstance-groups';
import { api, ApiRequestError, NETWORK_ERROR, withQuery } from '../../api/client';
import { readCookie } from '../../i18n/locale-store';

/** The child register API (src/server/modules/children/**): query options shared by the register's pages. */
export const CHILDREN_KEY = ['children'] as const;

/** Reference lists change only with a new release or an administrator's edit: cache them for the visit. */
const REFERENCE_STALE = 60 * 60_000;

export type RegisterFilters = {
  q?: string;
  communeCode?: string;
  provinceCode?: string;
  group?: CircumstanceGroupCode;
  riskFlag?: string;
  hasOpenCase?: boolean;
  sex?: Sex;
  ageMin?: number;
  ageMax?: number;
};

/** The query string of the search and of the export: the same filters (ChildSearch.ts, ChildImport.ts). */
export function filterQuery(f: RegisterFilters): Record<string, string | number | undefined> {
  return {
    q: f.q,
    communeCode: f.communeCode,
    provinceCode: f.provinceCode,
    group: f.group,
    riskFlag: f.riskFlag,
    hasOpenCase: f.hasOpenCase === undefined ? undefined : String(f.hasOpenCase),
    sex: f.sex,
    ageMin: f.ageMin,
    ageMax: f.ageMax,
  };
}

export const childSearchQuery = (f: RegisterFilters, limit: number, cursor: string | null) =>
  queryOptions({
    queryKey: [...CHILDREN_KEY, 'search', f, limit, cursor],
    queryFn: ({ signal }) =>
      api.get<ChildSearchResult>(
        '/api/children',
        { ...filterQuery(f), limit, cursor: cursor ?? undefined },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export function exportUrl(f: RegisterFilters): string {
  return withQuery('/api/children/export.xlsx', filterQuery(f));
}

/** A profile read is audited with its purpose: the purpose is part of the key, so changing it reads again. */
export const childQuery = (id: string, purpose: ViewPurpose) =>
  queryOptions({
    queryKey: [...CHILDREN_KEY, 'one', id, purpose],
    queryFn: ({ signal }) => api.get<Child>(`/api/children/${encodeURIComponent(id)}`, { purpose }, signal),
    // Every open of a profile is a new audited view; within one visit, the cached copy is shown.
    staleTime: 60_000,
  });

export const childHistoryQuery = (id: string, purpose: ViewPurpose) =>
  queryOptions({
    queryKey: [...CHILDREN_KEY, 'history', id, purpose],
    queryFn: ({ signal }) =>
      api.get<ChildHistory>(`/api/children/${encodeURIComponent(id)}/history`, { purpose }, signal),
  });

export const childReferenceQuery = queryOptions({
  queryKey: ['reference', 'children'] as const,
  queryFn: ({ signal }) => api.get<ChildReference>('/api/reference/children', undefined, signal),
  staleTime: REFERENCE_STALE,
});

export const childStatsQuery = (unitCode: string | undefined) =>
  queryOptions({
    queryKey: [...CHILDREN_KEY, 'stats', unitCode ?? null],
    queryFn: ({ signal }) => api.get<ChildStats>('/api/children/stats', { unitCode }, signal),
    placeholderData: keepPreviousData,
  });

export const duplicatesQuery = (unitCode: string | undefined) =>
  queryOptions({
    queryKey: [...CHILDREN_KEY, 'duplicates', unitCode ?? null],
    queryFn: ({ signal }) =>
      api.get<DuplicateList>('/api/children/duplicates', { unitCode, limit: 50 }, signal),
  });

const ACTIVE_JOB = new Set<ImportJob['status']>(['queued', 'validating', 'importing']);

export function isJobRunning(job: ImportJob): boolean {
  return ACTIVE_JOB.has(job.status);
}

/** Polled every half second while the job validates or imports; stops by itself once it is done. */
export const importJobQuery = (jobId: string) =>
  queryOptions({
    queryKey: [...CHILDREN_KEY, 'import', jobId],
    queryFn: ({ signal }) =>
      api.get<ImportJob>(`/api/children/import/${encodeURIComponent(jobId)}`, undefined, signal),
    refetchInterval: (query) => (query.state.data && !isJobRunning(query.state.data) ? false : 500),
    staleTime: 0,
  });

export const importJobsQuery = queryOptions({
  queryKey: [...CHILDREN_KEY, 'import', 'list'],
  queryFn: ({ signal }) => api.get<ImportJobList>('/api/children/import', undefined, signal),
});

export function importReportUrl(jobId: string): string {
  return `/api/children/import/${encodeURIComponent(jobId)}/errors.xlsx`;
}

/**
 * Uploads the file of an import (multipart, field "file"), as the JSON client cannot: same CSRF header, same
 * error shape (ApiRequestError with the server's translated message).
 */
export async function uploadImport(file: File, opts: { dryRun: boolean; transactionId: string }) {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrf = readCookie('treem_csrf');
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(
      withQuery('/api/children/import', {
        dryRun: opts.dryRun ? 'true' : 'false',
        transactionId: opts.transactionId,
      }),
      { method: 'POST', headers, body: form, credentials: 'same-origin' },
    );
  } catch {
    throw new ApiRequestError(0, { code: NETWORK_ERROR, messageId: '', message: '' });
  }
  const body = (await res.json().catch(() => undefined)) as
    ImportJob | { error?: { code: string; messageId: string; message: string } } | undefined;
  if (res.ok) return body as ImportJob;
  const error = body && 'error' in body ? body.error : undefined;
  if (error) {
    const { code, messageId, message, ...rest } = error as {
      code: string;
      messageId: string;
      message: string;
      fields?: [];
    };
    throw new ApiRequestError(res.status, { code, messageId, message, fields: rest.fields });
  }
  throw new ApiRequestError(res.status, { code: NETWORK_ERROR, messageId: '', message: '' });
}

/** After any change to a child: lists, profiles, statistics and duplicate pairs may all have moved. */
export function invalidateChildren(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: CHILDREN_KEY });
}

/**
 * A change answered with the new profile: show it at once, and refresh everything else but the profile itself
 * (reading it again would be one more audited view for nothing).
 */
export async function acceptChild(
  queryClient: QueryClient,
  child: Child,
  purpose: ViewPurpose,
): Promise<void> {
  queryClient.setQueryData(childQuery(child.id, purpose).queryKey, child);
  await queryClient.invalidateQueries({
    queryKey: CHILDREN_KEY,
    predicate: (q) => !(q.queryKey[1] === 'one' && q.queryKey[2] === child.id && q.queryKey[3] === purpose),
  });
}

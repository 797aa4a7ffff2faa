import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CaseDetail, CaseList as CaseListSchema, CaseListQuery } from '../../../shared/domain/Case';
import { UserActionBodies, type UserActionType } from '../../../shared/domain/CaseAction';
import type { FormCode } from '../../../shared/workflow/case-workflow';
import { api, ApiRequestError, withQuery } from '../../api/client';

/** The cases API (src/server/modules/cases/**): queues, the case file, and the one write route for every step. */
export const CASES_KEY = ['cases'] as const;

export type CaseList = z.infer<typeof CaseListSchema>;
export type CaseQueue = CaseListQuery['queue'];
export type CaseViewPurpose = 'case_work' | 'supervision' | 'inspection';
export type CaseFilters = { queue: CaseQueue; communeCode?: string; limit: number; offset: number };

export const caseListQuery = (f: CaseFilters) =>
  queryOptions({
    queryKey: [...CASES_KEY, 'list', f],
    queryFn: ({ signal }) =>
      api.get<CaseList>(
        '/api/cases',
        { queue: f.queue, communeCode: f.communeCode, limit: f.limit, offset: f.offset },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

/** The number on a queue's tab: the same list asked for one row, of which only the total is used. */
export const caseCountQuery = (queue: CaseQueue, communeCode: string | undefined) =>
  queryOptions({
    queryKey: [...CASES_KEY, 'count', queue, communeCode ?? null],
    queryFn: ({ signal }) => api.get<CaseList>('/api/cases', { queue, communeCode, limit: 1 }, signal),
    select: (list) => list.total,
  });

/** A case read is audited with its purpose: the purpose is part of the key, so changing it reads again. */
export const caseQuery = (id: string, purpose: CaseViewPurpose) =>
  queryOptions({
    queryKey: [...CASES_KEY, 'one', id, purpose],
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { purpose }, signal),
    staleTime: 60_000,
  });

export type HarmType = { code: string; nameVi: string; nameEn: string; circular13Category: string };

/** The harm-type taxonomy is reference data an administrator edits rarely: cached for the visit. */
export const harmTypesQuery = queryOptions({
  queryKey: ['reference', 'harm-types'] as const,
  queryFn: ({ signal }) => api.get<HarmType[]>('/api/reference/harm-types', undefined, signal),
  staleTime: 60 * 60_000,
});

/** A form of the case as a PDF: `index` picks one occurrence when the step was taken more than once. */
export function caseFormUrl(caseId: string, form: FormCode, index?: number): string {
  return withQuery(`/api/cases/${encodeURIComponent(caseId)}/forms/${form}`, { index });
}

export function caseFileUrl(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/file.pdf`;
}

/** The body of one step as the API validates it (CaseAction.ts), so forms show the API's own messages. */
export function stepSchema(type: UserActionType) {
  const body = UserActionBodies[type];
  return z.object({ data: body.data, text: body.text });
}

export type StepValues = { data: unknown; text: unknown };
export type CaseActionRequest = StepValues & {
  type: UserActionType;
  transactionId: string;
  expectedSeq: number;
};
export type CaseActionResult = { caseId: string; seq: number; status: string; replayed: boolean };

/** 409 because someone else changed the case since the page was loaded (or the step is no longer allowed). */
export function isCaseChanged(err: unknown): boolean {
  return (
    err instanceof ApiRequestError &&
    err.status === 409 &&
    (err.messageId === 'case.staleState' || err.messageId === 'case.actionNotAllowed')
  );
}

/**
 * Takes a step of the procedure. The caller keeps one transactionId per user intent (a retry of the same submit
 * reuses it, so it applies once) and sends `expectedSeq` = the case's seq as shown. After the step, and after a
 * 409 saying the case changed, the case and the queues are read again so the page shows what is true now.
 */
export function useCaseAction(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: CASES_KEY });
  return useMutation({
    mutationFn: (input: CaseActionRequest) =>
      api.post<CaseActionResult>(`/api/cases/${encodeURIComponent(caseId)}/actions`, input),
    onSuccess: refresh,
    onError: (err) => (isCaseChanged(err) ? refresh() : undefined),
  });
}

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type {
  AmActivityInput,
  AmAssignmentList,
  AmPlanDetail,
  AmPlanInput,
  AmPlanIssueInput,
  AmPlanLevel,
  AmPlanList,
  AmPlanUpdate,
  AmReportDetail,
  AmReportLevel,
  AmReportList,
  AmReportStatus,
  AmReportUpdate,
  AmRollup,
  AmTheme,
  AmThemeInput,
  AmYearComparison,
} from '../../../shared/domain/ActionMonth';
import { api, ApiRequestError, NETWORK_ERROR, withQuery } from '../../api/client';
import { readCookie } from '../../i18n/locale-store';

/** The Action Month API (header of src/shared/domain/ActionMonth.ts), all under /api/action-month. */
export const AM_KEY = ['action-month'] as const;
const BASE = '/api/action-month';
const id = (value: string) => encodeURIComponent(value);

export const themesQuery = queryOptions({
  queryKey: [...AM_KEY, 'themes'],
  queryFn: ({ signal }) => api.get<AmTheme[]>(`${BASE}/themes`, undefined, signal),
  staleTime: 5 * 60_000,
});

export type PlanFilters = { year: number; level?: AmPlanLevel; provinceCode?: string; parentPlanId?: string };
export const plansQuery = (f: PlanFilters) =>
  queryOptions({
    queryKey: [...AM_KEY, 'plans', f],
    queryFn: ({ signal }) => api.get<AmPlanList>(`${BASE}/plans`, { ...f }, signal),
  });

export const planQuery = (planId: string) =>
  queryOptions({
    queryKey: [...AM_KEY, 'plan', planId],
    queryFn: ({ signal }) => api.get<AmPlanDetail>(`${BASE}/plans/${id(planId)}`, undefined, signal),
  });

export const assignmentsQuery = (year: number) =>
  queryOptions({
    queryKey: [...AM_KEY, 'assignments', year],
    queryFn: ({ signal }) => api.get<AmAssignmentList>(`${BASE}/assignments`, { year }, signal),
  });

export type ReportFilters = {
  year: number;
  provinceCode?: string;
  level?: AmReportLevel;
  status?: AmReportStatus;
};
export const reportsQuery = (f: ReportFilters) =>
  queryOptions({
    queryKey: [...AM_KEY, 'reports', f],
    queryFn: ({ signal }) => api.get<AmReportList>(`${BASE}/reports`, { ...f }, signal),
  });

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: [...AM_KEY, 'report', reportId],
    queryFn: ({ signal }) => api.get<AmReportDetail>(`${BASE}/reports/${id(reportId)}`, undefined, signal),
  });

export const rollupQuery = (year: number, provinceCode?: string) =>
  queryOptions({
    queryKey: [...AM_KEY, 'rollup', year, provinceCode ?? null],
    queryFn: ({ signal }) => api.get<AmRollup>(`${BASE}/rollup`, { year, provinceCode }, signal),
  });

export const rollupYearsQuery = (from: number, to: number, provinceCode?: string) =>
  queryOptions({
    queryKey: [...AM_KEY, 'rollup-years', from, to, provinceCode ?? null],
    queryFn: ({ signal }) =>
      api.get<AmYearComparison>(`${BASE}/rollup/years`, { from, to, provinceCode }, signal),
  });

// Writes. Every answer that changes what lists show invalidates the whole feature's cache: lists are small.
export const saveTheme = (year: number, input: AmThemeInput) =>
  api.put<AmTheme>(`${BASE}/themes/${year}`, input);
export const createPlan = (input: AmPlanInput) => api.post<AmPlanDetail>(`${BASE}/plans`, input);
export const updatePlan = (planId: string, input: AmPlanUpdate) =>
  api.put<AmPlanDetail>(`${BASE}/plans/${id(planId)}`, input);
export const issuePlan = (planId: string, input: AmPlanIssueInput) =>
  api.post<AmPlanDetail>(`${BASE}/plans/${id(planId)}/issue`, input);
export const addActivity = (planId: string, input: AmActivityInput) =>
  api.post<AmPlanDetail>(`${BASE}/plans/${id(planId)}/activities`, input);
export const updateActivity = (planId: string, activityId: string, input: AmActivityInput) =>
  api.put<AmPlanDetail>(`${BASE}/plans/${id(planId)}/activities/${id(activityId)}`, input);
export const deleteActivity = (planId: string, activityId: string) =>
  api.delete<AmPlanDetail>(`${BASE}/plans/${id(planId)}/activities/${id(activityId)}`);

export const openReport = (year: number) => api.post<AmReportDetail>(`${BASE}/reports`, { year });
export const updateReport = (reportId: string, input: AmReportUpdate) =>
  api.put<AmReportDetail>(`${BASE}/reports/${id(reportId)}`, input);
export const submitReport = (reportId: string, expectedVersion: number) =>
  api.post<AmReportDetail>(`${BASE}/reports/${id(reportId)}/submit`, { expectedVersion });
export const acceptReport = (reportId: string, expectedVersion: number) =>
  api.post<AmReportDetail>(`${BASE}/reports/${id(reportId)}/accept`, { expectedVersion });
export const returnReport = (reportId: string, expectedVersion: number, reason: string) =>
  api.post<AmReportDetail>(`${BASE}/reports/${id(reportId)}/return`, { expectedVersion, reason });

export function invalidateAm(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: AM_KEY });
}

export type ExportFormat = 'pdf' | 'docx' | 'xlsx';
export const planExportUrl = (planId: string, format: ExportFormat) =>
  `${BASE}/plans/${id(planId)}/export.${format}`;
export const reportExportUrl = (reportId: string, format: ExportFormat) =>
  `${BASE}/reports/${id(reportId)}/export.${format}`;
export const planFileUrl = (planId: string) => `${BASE}/plans/${id(planId)}/file`;

/** 409: the record changed since it was read (stale version), or the step is no longer allowed (locked). */
export function isConflict(err: unknown): boolean {
  return err instanceof ApiRequestError && err.status === 409;
}

/**
 * Uploads the signed plan as the raw PDF body (PUT /plans/:id/file?fileName=), which the JSON client cannot send: same CSRF
 * header, same error shape (ApiRequestError with the server's translated message).
 */
export async function uploadPlanFile(planId: string, file: File): Promise<void> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/pdf',
  };
  const csrf = readCookie('treem_csrf');
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(withQuery(planFileUrl(planId), { fileName: file.name.slice(-255) }), {
      method: 'PUT',
      headers,
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiRequestError(0, { code: NETWORK_ERROR, messageId: '', message: '' });
  }
  if (res.ok) return;
  const body = (await res.json().catch(() => undefined)) as
    { error?: { code: string; messageId: string; message: string } } | undefined;
  const error = body?.error;
  if (error) throw new ApiRequestError(res.status, error);
  throw new ApiRequestError(res.status, { code: NETWORK_ERROR, messageId: '', message: '' });
}

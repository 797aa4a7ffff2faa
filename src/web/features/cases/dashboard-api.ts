import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CaseStats } from '../../../shared/domain/Case';
import type { Locale } from '../../../shared/i18n/locale';
import type { CaseStatus } from '../../../shared/workflow/case-workflow';
import { api } from '../../api/client';
import type { MessageId } from '../../i18n/catalogue';

/** The province dashboard (issue #4 item 8): GET /api/cases/stats, counts only. */
export const caseStatsQuery = (provinceCode: string | undefined) =>
  queryOptions({
    queryKey: ['cases', 'stats', provinceCode ?? null],
    queryFn: ({ signal }) => api.get<CaseStats>('/api/cases/stats', { provinceCode }, signal),
    placeholderData: keepPreviousData,
  });

/** The overdue queue of one commune (/cases search), where a click on the dashboard leads. */
export function overdueQueueSearch(communeCode: string) {
  return { communeCode, queue: 'overdue' as const };
}

export type CommuneRow = CaseStats['byCommune'][number];

/** Communes with overdue cases first, then by open cases, then by name. */
export function sortCommunes(rows: readonly CommuneRow[]): CommuneRow[] {
  return [...rows].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || a.communeName.localeCompare(b.communeName, 'vi'),
  );
}

export function totals(stats: CaseStats) {
  let overdue = 0;
  let escalated = 0;
  for (const c of stats.byCommune) {
    overdue += c.overdue;
    escalated += c.escalated;
  }
  const open = stats.byStatus.filter((s) => s.status !== 'closed').reduce((n, s) => n + s.count, 0);
  const all = stats.byStatus.reduce((n, s) => n + s.count, 0);
  return { open, overdue, escalated, all };
}

/** Hours with at most one decimal ("2,5" in Vietnamese). */
export function formatHours(hours: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(
    hours,
  );
}

/** Case statuses in words (the steps of Nghị định 56 Chương III). */
export const STATUS_LABEL: Record<CaseStatus, MessageId> = {
  received: 'dashboard.status.received',
  verified: 'dashboard.status.verified',
  initial_assessed: 'dashboard.status.initial_assessed',
  emergency_protected: 'dashboard.status.emergency_protected',
  needs_assessed: 'dashboard.status.needs_assessed',
  plan_drafted: 'dashboard.status.plan_drafted',
  in_progress: 'dashboard.status.in_progress',
  reviewed: 'dashboard.status.reviewed',
  replanning: 'dashboard.status.replanning',
  closed: 'dashboard.status.closed',
};

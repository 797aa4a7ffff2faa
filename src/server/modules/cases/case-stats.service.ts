import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { CaseStats, CaseStatsQuery } from '../../../shared/domain/Case';
import type { Scope } from '../../../shared/permissions/scope';
import type { CaseStatus } from '../../../shared/workflow/case-workflow';
import type { CaseCaller } from './case-action.service';
import type { CaseDeps } from './case-append';
import { countByCommune, countByStatus, timeToFirstAction, type StatsArea } from './case-stats.repo';

/** The window of the "time to first action" figure. */
const WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Where the caller's figures are counted: a commune user their commune, a province officer (or an inspector of a
 * province) their province, a national user everything or one province (?provinceCode). Asking for a province
 * outside one's reach answers 403.
 */
function areaOf(scope: Scope, provinceCode: string | undefined): StatsArea {
  const refuse = () => new AppError('FORBIDDEN', { messageId: 'error.unitNotAllowed' });
  switch (scope.kind) {
    case 'national':
      return provinceCode ? { kind: 'province', provinceCode } : { kind: 'national' };
    case 'province':
      if (provinceCode && provinceCode !== scope.provinceCode) throw refuse();
      return { kind: 'province', provinceCode: scope.provinceCode };
    case 'commune':
      if (provinceCode) throw refuse();
      return { kind: 'commune', communeCode: scope.communeCode };
    case 'agency':
    case 'tasks':
      throw refuse();
  }
}

/**
 * Dashboard figures of cases (issue #4 item 8): cases by status; open, overdue and escalated cases by commune; hours
 * from receipt to the commune's first step (median and 90th percentile over the last 90 days). Counts only. Audited.
 */
export async function getCaseStats(
  deps: CaseDeps,
  caller: CaseCaller,
  query: z.infer<typeof CaseStatsQuery>,
): Promise<CaseStats> {
  const area = areaOf(caller.scope, query.provinceCode);
  const now = deps.now();
  return deps.db.transaction().execute(async (tx) => {
    const byStatus = await countByStatus(tx, area);
    const byCommune = await countByCommune(tx, area, now);
    const first = await timeToFirstAction(tx, area, new Date(now.getTime() - WINDOW_DAYS * DAY_MS));
    await recordAudit(tx, caller.actor, {
      operation: 'case.stats.view',
      unitCode: area.kind === 'commune' ? area.communeCode : null,
      provinceCode: area.kind === 'province' ? area.provinceCode : null,
      counts: { communes: byCommune.length },
    });
    const round = (v: number | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
    return {
      byStatus: byStatus.map((r) => ({ status: r.status as CaseStatus, count: Number(r.count) })),
      byCommune: byCommune.map((r) => ({
        communeCode: r.commune_code,
        communeName: r.commune_name ?? r.commune_code,
        open: Number(r.open),
        overdue: Number(r.overdue),
        escalated: Number(r.escalated),
      })),
      timeToFirstAction: {
        medianHours: round(first.median),
        p90Hours: round(first.p90),
        cases: Number(first.cases),
      },
    };
  });
}

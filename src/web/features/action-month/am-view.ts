import type { Me } from '../../../shared/domain/Auth';
import type { AmPlanSummary, AmReportSummary } from '../../../shared/domain/ActionMonth';

/**
 * Which Action Month the user works in: the level of the plan they make and the report they send (the server
 * decides the same from the role's jurisdiction). Inspectors and other readers see their unit's level read-only.
 */
export type AmLevel = 'national' | 'province' | 'commune' | 'agency';
export type AmView = { level: AmLevel; canPlan: boolean; canReport: boolean; canReview: boolean };

export function amViewOf(me: Pick<Me, 'permissions' | 'unitCode'>): AmView {
  const plan = me.permissions['action_month.plan'];
  const canReport = me.permissions['action_month.report'] !== undefined;
  const canReview = me.permissions['action_month.review'] !== undefined;
  if (plan === 'national' || plan === 'province' || plan === 'commune' || plan === 'agency')
    return { level: plan, canPlan: true, canReport, canReview };
  const code = me.unitCode ?? '';
  const level: AmLevel = code.length === 5 ? 'commune' : code.length === 2 ? 'province' : 'national';
  return { level, canPlan: false, canReport: false, canReview: false };
}

/** Whether the plan is the user's own unit's (its maker may attach the signed PDF even once issued). */
export function ownsPlan(
  me: Pick<Me, 'permissions' | 'unitCode' | 'provinceCode' | 'agencyId'>,
  plan: Pick<AmPlanSummary, 'level' | 'provinceCode' | 'communeCode' | 'agencyId'>,
): boolean {
  const view = amViewOf(me);
  if (!view.canPlan || view.level !== plan.level) return false;
  switch (plan.level) {
    case 'national':
      return true;
    case 'province':
      return plan.provinceCode === me.provinceCode;
    case 'commune':
      return plan.communeCode === me.unitCode;
    case 'agency':
      return plan.agencyId === me.agencyId;
  }
}

/** The report of the user's own unit among those listed (a province also sees its communes' reports). */
export function ownReport(
  me: Pick<Me, 'permissions' | 'unitCode' | 'provinceCode' | 'agencyId'>,
  reports: readonly AmReportSummary[],
): AmReportSummary | undefined {
  const view = amViewOf(me);
  return reports.find((r) => {
    if (view.level === 'commune') return r.level === 'commune' && r.communeCode === me.unitCode;
    if (view.level === 'agency') return r.level === 'agency' && r.agencyId === me.agencyId;
    if (view.level === 'province') return r.level === 'province' && r.provinceCode === me.provinceCode;
    return false;
  });
}

/** The level a plan of this level implements (its parent), for the parent chooser. */
export function parentLevelOf(level: AmLevel): AmLevel | null {
  if (level === 'national') return null;
  return level === 'province' ? 'national' : 'province';
}

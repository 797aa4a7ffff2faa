import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema';
import type { AmPlansTable } from '../../db/schema-action-month';
import type { AmUnit } from './am-unit';

type Eb = ExpressionBuilder<Database, 'am_plans'>;

const provincePlanOf = (eb: Eb, provinceCode: string) =>
  eb.and([eb('am_plans.level', '=', 'province'), eb('am_plans.province_code', '=', provinceCode)]);

/**
 * Which plans a unit sees, as a WHERE condition on am_plans. A plan travels down: everyone sees the national plans;
 * a province sees every plan of its province (its own, its communes' and its agencies'); a commune or an agency sees
 * its own plans and the plans of its province (the one it implements), not those of other communes or agencies.
 */
export function planReach(eb: Eb, unit: AmUnit): Expression<SqlBool> {
  const national = eb('am_plans.level', '=', 'national');
  switch (unit.level) {
    case 'national':
      return sql<SqlBool>`true`;
    case 'province':
      return eb.or([national, eb('am_plans.province_code', '=', unit.provinceCode)]);
    case 'commune':
      return eb.or([
        national,
        provincePlanOf(eb, unit.provinceCode),
        eb('am_plans.commune_code', '=', unit.communeCode),
      ]);
    case 'agency':
      return eb.or([
        national,
        provincePlanOf(eb, unit.provinceCode),
        eb('am_plans.agency_id', '=', unit.agencyId),
      ]);
  }
}

type PlanUnitColumns = Pick<AmPlansTable, 'level' | 'province_code' | 'commune_code' | 'agency_id'>;

/** Whether the unit is the plan's issuing unit: the only one that edits, issues and attaches its signed copy. */
export function ownsPlan(unit: AmUnit | null, plan: PlanUnitColumns): boolean {
  if (!unit || unit.level !== plan.level) return false;
  switch (unit.level) {
    case 'national':
      return true;
    case 'province':
      return plan.province_code === unit.provinceCode;
    case 'commune':
      return plan.commune_code === unit.communeCode;
    case 'agency':
      return plan.agency_id === unit.agencyId;
  }
}

/** The level a plan's parent must have: commune and agency plans implement the province's, a province the nation's. */
export function parentLevelOf(level: AmUnit['level']): 'national' | 'province' | null {
  switch (level) {
    case 'national':
      return null;
    case 'province':
      return 'national';
    case 'commune':
    case 'agency':
      return 'province';
  }
}

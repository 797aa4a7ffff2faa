import type { DbOrTx } from '../../db/transaction';
import type { Locale } from '../../../shared/i18n/locale';
import { fieldError } from '../children/children.rules';
import type { AmUnit } from './am-unit';
import { findPlanInReach } from './plan.repo';
import { parentLevelOf } from './plan-reach';

/** The fields of a plan that are checked against the database: its year's theme, its period, its parent. */
export type PlanFields = {
  periodStart: string;
  periodEnd: string;
  parentPlanId: string | null;
};

/** 400 on `year` when the year has no theme (am_plans.year references am_themes: a national officer sets it first). */
export async function checkThemeYear(db: DbOrTx, year: number, locale: Locale): Promise<void> {
  const theme = await db.selectFrom('am_themes').select('year').where('year', '=', year).executeTakeFirst();
  if (!theme) throw fieldError('year', 'actionMonth.noTheme', locale);
}

/**
 * The period lies in the plan's year; the parent plan is an ISSUED plan of the same year, one level up, that the
 * caller sees (commune or agency → its province's plan; province → a national plan; a national plan has none).
 */
export async function checkPlanFields(
  db: DbOrTx,
  unit: AmUnit,
  year: number,
  fields: PlanFields,
  locale: Locale,
): Promise<void> {
  const y = String(year);
  if (!fields.periodStart.startsWith(y))
    throw fieldError('periodStart', 'actionMonth.periodOutsideYear', locale);
  if (!fields.periodEnd.startsWith(y)) throw fieldError('periodEnd', 'actionMonth.periodOutsideYear', locale);
  if (!fields.parentPlanId) return;
  const level = parentLevelOf(unit.level);
  const parent = level ? await findPlanInReach(db, unit, fields.parentPlanId) : undefined;
  const fits =
    parent !== undefined &&
    parent.level === level &&
    parent.status === 'issued' &&
    parent.year === year &&
    (level !== 'province' || parent.province_code === unit.provinceCode);
  if (!fits) throw fieldError('parentPlanId', 'actionMonth.parentInvalid', locale);
}

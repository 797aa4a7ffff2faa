import type { DbOrTx } from '../../db/transaction';
import type { Locale } from '../../../shared/i18n/locale';
import type { AmActivityInput } from '../../../shared/domain/ActionMonth';
import { fieldError } from '../children/children.rules';
import type { PlanRow } from './plan.repo';

/**
 * Who a plan may assign an activity to (400 on the field otherwise):
 * - an agency: an active agency of the plan's province (any active agency for a national plan);
 * - one commune: a commune of the plan's province for a province plan; a commune plan names only its own commune
 *   (it cannot task its neighbours); agency and national plans assign no commune;
 * - every commune (assignAllCommunes): province plans only — the communes of that province.
 * What a commune or agency is assigned is what it reports on (assignment.service.ts, the result reports).
 */
export async function checkAssignees(
  db: DbOrTx,
  plan: PlanRow,
  input: AmActivityInput,
  locale: Locale,
): Promise<void> {
  if (input.assigneeAgencyId) {
    const agency = await db
      .selectFrom('agencies')
      .select(['province_code', 'is_active'])
      .where('id', '=', input.assigneeAgencyId)
      .executeTakeFirst();
    const fits =
      agency !== undefined &&
      agency.is_active &&
      (plan.province_code === null || agency.province_code === plan.province_code);
    if (!fits) throw fieldError('assigneeAgencyId', 'actionMonth.agencyNotAssignable', locale);
  }
  if (input.assignAllCommunes && plan.level !== 'province')
    throw fieldError('assignAllCommunes', 'actionMonth.assignAllProvinceOnly', locale);
  if (input.assigneeCommuneCode) {
    const code = input.assigneeCommuneCode;
    let fits = false;
    if (plan.level === 'commune') fits = code === plan.commune_code;
    else if (plan.level === 'province' && plan.province_code) {
      const commune = await db
        .selectFrom('admin_units')
        .select('code')
        .where('era', '=', '2025')
        .where('level', '=', 'commune')
        .where('code', '=', code)
        .where('province_code', '=', plan.province_code)
        .executeTakeFirst();
      fits = commune !== undefined;
    }
    if (!fits) throw fieldError('assigneeCommuneCode', 'actionMonth.communeNotAssignable', locale);
  }
}

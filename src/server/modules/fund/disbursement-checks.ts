import { Permission } from '../../../shared/permissions/Permission';
import { scopeFor } from '../../../shared/permissions/scope';
import type { DisbursementInput } from '../../../shared/domain/Fund';
import { vietnamDate } from '../../pdf/vn-date';
import { childInScope } from '../children/children-scope';
import { fieldError } from './fund-errors';
import type { FundCaller, FundRow } from './fund-reach';
import type { FundDeps } from './funds.service';
import { campaignOfFund } from './campaigns.repo';

/** Where the money goes, kept on the disbursement for roll-ups without identity. */
export type BeneficiaryPlace = { unitCode: string | null; provinceCode: string | null };

/**
 * Field checks of a disbursement against the database and the calendar, before any lock: 400 with the field.
 * A child must be an active register child the caller's children.read reaches and, for a provincial fund, live in
 * its province; otherwise 400 on childId, the same answer whether the id exists or not.
 */
export async function checkDisbursement(
  deps: FundDeps,
  caller: FundCaller,
  fund: FundRow,
  input: DisbursementInput,
): Promise<BeneficiaryPlace> {
  const { locale } = caller;
  const today = vietnamDate(deps.now());
  if (input.decisionDate > today) throw fieldError('decisionDate', 'fund.dateInFuture', locale);
  if (input.disbursedOn > today) throw fieldError('disbursedOn', 'fund.dateInFuture', locale);
  if (input.decisionDate > input.disbursedOn)
    throw fieldError('decisionDate', 'fund.decisionAfterDisbursement', locale);
  if (input.campaignId && !(await campaignOfFund(deps.db, fund.id, input.campaignId)))
    throw fieldError('campaignId', 'fund.campaignUnknown', locale);
  if (input.beneficiaryKind === 'project' || !input.childId)
    return { unitCode: fund.province_code, provinceCode: fund.province_code };
  const scope = scopeFor(caller.user, Permission.childrenRead);
  if (!scope) throw fieldError('childId', 'fund.childUnknown', locale);
  let q = deps.db
    .selectFrom('children')
    .select(['commune_code', 'province_code'])
    .where('id', '=', input.childId)
    .where('status', '=', 'active')
    .where(childInScope(scope));
  if (fund.province_code) q = q.where('province_code', '=', fund.province_code);
  const child = await q.executeTakeFirst();
  if (!child) throw fieldError('childId', 'fund.childUnknown', locale);
  return { unitCode: child.commune_code, provinceCode: child.province_code };
}

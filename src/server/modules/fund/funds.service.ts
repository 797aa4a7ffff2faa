import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../../app-deps';
import { recordAudit } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { Fund, FundDetail, FundInput } from '../../../shared/domain/Fund';
import { fundBalances } from './balances';
import { fundOperation } from './fund-audit';
import { fieldError, fundConflict } from './fund-errors';
import { fundInReach, fundInScope, fundQuery, fundView, type FundCaller } from './fund-reach';

export type FundDeps = Pick<AppDeps, 'db' | 'config' | 'now'>;

/** The funds the caller reaches: the national fund first, then the provincial ones by name. */
export async function listFunds(deps: FundDeps, caller: FundCaller): Promise<{ items: Fund[] }> {
  const rows = await fundQuery(deps.db)
    .where(fundInScope(caller.scope))
    .orderBy('funds.level')
    .orderBy('funds.name')
    .execute();
  return { items: rows.map(fundView) };
}

export async function getFundDetail(deps: FundDeps, caller: FundCaller, fundId: string): Promise<FundDetail> {
  const fund = await fundInReach(deps.db, caller.scope, fundId);
  return { ...fundView(fund), balances: await fundBalances(deps.db, fund.id) };
}

/**
 * A new fund: the national Child Sponsorship Fund or a province's fund (Quyết định 135/2003/QĐ-TTg; provincial funds
 * exist beside the national one). Only a national fund officer creates them, one per level and province.
 */
export async function createFund(deps: FundDeps, caller: FundCaller, input: FundInput): Promise<Fund> {
  if (caller.scope.kind !== 'national') throw new AppError('FORBIDDEN', { messageId: 'fund.nationalOnly' });
  if (input.provinceCode) {
    const province = await deps.db
      .selectFrom('admin_units')
      .select('code')
      .where('era', '=', '2025')
      .where('level', '=', 'province')
      .where('code', '=', input.provinceCode)
      .executeTakeFirst();
    if (!province) throw fieldError('provinceCode', 'fund.provinceUnknown', caller.locale);
  }
  const id = crypto.randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    // funds has no unique key for "one per level": serialise the creations so two at once cannot both pass.
    await sql`SELECT pg_advisory_xact_lock(hashtext('treem.funds.create'))`.execute(tx);
    let same = tx.selectFrom('funds').select('id').where('level', '=', input.level);
    same = input.provinceCode
      ? same.where('province_code', '=', input.provinceCode)
      : same.where('province_code', 'is', null);
    if (await same.executeTakeFirst()) throw fundConflict('fund.alreadyExists');
    await tx
      .insertInto('funds')
      .values({ id, name: input.name, level: input.level, province_code: input.provinceCode })
      .execute();
    await recordAudit(tx, caller.actor, {
      operation: fundOperation('fund.create'),
      provinceCode: input.provinceCode,
      targetType: 'fund',
      targetIds: [id],
    });
  });
  return fundView(await fundInReach(deps.db, caller.scope, id));
}

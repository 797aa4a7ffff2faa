import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/transaction';
import type { AuditActor } from '../../audit/audit.repo';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import type { Locale } from '../../../shared/i18n/locale';
import type { Scope, ScopedUser } from '../../../shared/permissions/scope';

/** Who calls a fund service: the user, the scope of the route's permission (fund.read or fund.manage), the actor. */
export type FundCaller = { actor: AuditActor; user: ScopedUser; scope: Scope; locale: Locale };

export function fundCallerOf(ctx: RequestContext): FundCaller {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  if (!ctx.scope) throw new AppError('FORBIDDEN');
  return { actor: ctx.actor, user: ctx.user, scope: ctx.scope, locale: ctx.locale };
}

/**
 * The funds a scope reaches, as a WHERE condition on the funds table: national → every fund, province → the funds
 * of that province. Funds exist only at national and province level, so a commune, agency or task scope reaches
 * none.
 */
export function fundInScope(scope: Scope, alias = 'funds'): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'national':
      return sql<boolean>`true`;
    case 'province':
      return sql<boolean>`${sql.ref(`${alias}.province_code`)} = ${scope.provinceCode}`;
    case 'commune':
    case 'agency':
    case 'tasks':
      return sql<boolean>`false`;
  }
}

export type FundRow = {
  id: string;
  name: string;
  level: 'national' | 'province';
  province_code: string | null;
  province_name: string | null;
};

export function fundQuery(db: DbOrTx) {
  return db
    .selectFrom('funds')
    .leftJoin('admin_units as au', (j) =>
      j.onRef('au.code', '=', 'funds.province_code').on('au.era', '=', '2025'),
    )
    .select(['funds.id', 'funds.name', 'funds.level', 'funds.province_code', 'au.name as province_name']);
}

/** The fund if the scope reaches it; 404 otherwise, exactly as for a fund that does not exist. */
export async function fundInReach(db: DbOrTx, scope: Scope, fundId: string): Promise<FundRow> {
  const row = await fundQuery(db).where('funds.id', '=', fundId).where(fundInScope(scope)).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function fundView(row: FundRow) {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    provinceCode: row.province_code,
    provinceName: row.province_name,
  };
}

import type { AppDeps } from '../../app-deps';
import type { AgencyUpdate } from '../../db/schema';
import type { DbOrTx } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../../audit/audit.repo';
import type { Agency, AgencyInput, AgencyListQuery, AgencyUpdateInput } from '../../../shared/domain/Agency';
import type { Unit } from '../../../shared/domain/Unit';
import { apiMessages } from '../../../shared/i18n/messages';
import type { Scope } from '../../../shared/permissions/scope';
import { findUnitIn, toSearchText } from '../units/units.service';
import {
  activeAgencyExists,
  findAgency,
  findAgencyIdByTransactionId,
  insertAgency,
  listAgencies,
  updateAgency,
} from './agencies.repo';

type Deps = Pick<AppDeps, 'db'>;

/** For other modules: whether an agency id names an active agency (any jurisdiction). */
export function isActiveAgency(db: DbOrTx, id: string): Promise<boolean> {
  return activeAgencyExists(db, id);
}
/** What a service needs of the request: the scope of the route's permission, the audit actor, the language. */
export type AgencyCtx = Pick<RequestContext, 'actor' | 'locale'> & { scope: Scope };

export async function listAgenciesInScope(
  deps: Deps,
  scope: Scope,
  query: AgencyListQuery,
): Promise<{ items: Agency[]; total: number }> {
  return listAgencies(deps.db, {
    scope,
    term: await toSearchText(deps.db, query.q ?? ''),
    kind: query.kind,
    unitCode: query.unitCode,
    includeInactive: query.includeInactive,
    limit: query.limit,
    offset: query.offset,
  });
}

/** An agency the user's agencies.read scope reaches; anything else is 404, like a missing one. */
export async function getAgencyInScope(deps: Deps, scope: Scope, id: string): Promise<Agency> {
  const agency = await findAgency(deps.db, id, { scope, mode: 'read' });
  if (!agency) throw new AppError('NOT_FOUND', { message: `agency ${id}` });
  return agency;
}

/** Whether an administrator with this agencies.manage scope may place an agency in this unit. */
function mayManageIn(scope: Scope, unit: Unit): boolean {
  switch (scope.kind) {
    case 'national':
      return true;
    case 'province':
      return unit.provinceCode === scope.provinceCode;
    case 'commune':
      return unit.code === scope.communeCode;
    case 'agency':
    case 'tasks':
      return false;
  }
}

/**
 * The 2025 unit an agency is placed in. An unknown code is a validation error on the field (400). A real unit
 * outside the administrator's scope answers 403, not 404: units are public reference data every role can list,
 * so there is nothing to hide, and "not allowed" is the honest answer (architecture.md convention 7).
 */
async function unitForAgency(tx: DbOrTx, ctx: AgencyCtx, code: string): Promise<Unit> {
  const unit = await findUnitIn(tx, '2025', code);
  if (!unit) {
    throw new AppError('VALIDATION', {
      message: `unknown unit ${code}`,
      fields: [
        {
          path: 'body.unitCode',
          messageId: 'field.unitUnknown',
          message: apiMessages['field.unitUnknown'][ctx.locale],
        },
      ],
    });
  }
  if (!mayManageIn(ctx.scope, unit))
    throw new AppError('FORBIDDEN', {
      messageId: 'error.unitNotAllowed',
      message: `unit ${code} outside scope`,
    });
  return unit;
}

async function getAgency(tx: DbOrTx, id: string): Promise<Agency> {
  const agency = await findAgency(tx, id);
  if (!agency) throw new AppError('NOT_FOUND', { message: `agency ${id}` });
  return agency;
}

/**
 * The agency an earlier request with this transaction id created (architecture.md convention 3). It must be one
 * the caller manages: a transaction id is the client's, so another scope's id is a conflict, not a disclosure.
 */
async function replay(tx: DbOrTx, ctx: AgencyCtx, id: string): Promise<Agency> {
  const agency = await findAgency(tx, id, { scope: ctx.scope, mode: 'manage' });
  if (!agency) throw new AppError('CONFLICT', { message: 'transaction id used by another record' });
  return agency;
}

/** Creates an agency in a 2025 unit of the administrator's scope; a retry with the same transaction id creates nothing. */
export async function createAgency(deps: Deps, ctx: AgencyCtx, input: AgencyInput): Promise<Agency> {
  return deps.db.transaction().execute(async (tx) => {
    const earlier = await findAgencyIdByTransactionId(tx, input.transactionId);
    if (earlier) return replay(tx, ctx, earlier);
    const unit = await unitForAgency(tx, ctx, input.unitCode);
    const id = await insertAgency(tx, {
      kind: input.kind,
      name: input.name,
      unit_era: '2025',
      unit_code: unit.code,
      province_code: unit.provinceCode,
      address: input.address,
      phone: input.phone,
      email: input.email ?? null,
      transaction_id: input.transactionId,
    });
    // No id: a concurrent request with the same transaction id committed first; answer with its agency.
    if (!id) {
      const other = await findAgencyIdByTransactionId(tx, input.transactionId);
      if (!other) throw new AppError('CONFLICT', { message: 'transaction id conflict' });
      return replay(tx, ctx, other);
    }
    await recordAudit(tx, ctx.actor, {
      operation: 'agency.create',
      unitCode: unit.code,
      provinceCode: unit.provinceCode,
      targetType: 'agency',
      targetIds: [id],
    });
    return getAgency(tx, id);
  });
}

/**
 * Changes an agency the administrator manages (404 otherwise), including deactivating it (isActive: false).
 * Moving it to another unit needs that unit in scope too, and re-derives its province.
 */
export async function updateAgencyDetails(
  deps: Deps,
  ctx: AgencyCtx,
  id: string,
  input: AgencyUpdateInput,
): Promise<Agency> {
  return deps.db.transaction().execute(async (tx) => {
    const current = await findAgency(tx, id, { scope: ctx.scope, mode: 'manage' });
    if (!current) throw new AppError('NOT_FOUND', { message: `agency ${id}` });
    const values: AgencyUpdate = {};
    if (input.kind !== undefined) values.kind = input.kind;
    if (input.name !== undefined) values.name = input.name;
    if (input.address !== undefined) values.address = input.address;
    if (input.phone !== undefined) values.phone = input.phone;
    if (input.email !== undefined) values.email = input.email;
    if (input.isActive !== undefined) values.is_active = input.isActive;
    if (input.unitCode !== undefined && input.unitCode !== current.unitCode) {
      const unit = await unitForAgency(tx, ctx, input.unitCode);
      values.unit_era = '2025';
      values.unit_code = unit.code;
      values.province_code = unit.provinceCode;
    }
    const fields = Object.keys(values).length;
    if (fields === 0) return current;
    await updateAgency(tx, id, values);
    await recordAudit(tx, ctx.actor, {
      operation: 'agency.update',
      unitCode: values.unit_code ?? current.unitCode,
      provinceCode: values.province_code ?? current.provinceCode,
      targetType: 'agency',
      targetIds: [id],
      counts: { fields },
    });
    return getAgency(tx, id);
  });
}

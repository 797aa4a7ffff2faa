import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import { defineRoute } from '../../http/route';
import {
  Agency,
  AgencyInput,
  AgencyList,
  AgencyListQuery,
  AgencyParams,
  AgencyUpdateInput,
} from '../../../shared/domain/Agency';
import { Permission } from '../../../shared/permissions/Permission';
import type { Scope } from '../../../shared/permissions/scope';
import {
  createAgency,
  getAgencyInScope,
  listAgenciesInScope,
  updateAgencyDetails,
  type AgencyCtx,
} from './agencies.service';

/** The scope defineRoute's guard set for the route's permission; a permission route always has one. */
function scopeOf(ctx: RequestContext): Scope {
  if (!ctx.scope) throw new AppError('FORBIDDEN', { message: 'no scope' });
  return ctx.scope;
}

function agencyCtx(ctx: RequestContext): AgencyCtx {
  return { scope: scopeOf(ctx), actor: ctx.actor, locale: ctx.locale };
}

/** Agencies (C1): Sở Y tế, police, schools, health stations, legal aid and social work centres, NGOs. */
export function registerAgencyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['agencies'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/agencies',
    access: Permission.agenciesRead,
    summary: 'Agencies in your jurisdiction, by name',
    tags,
    querystring: AgencyListQuery,
    response: AgencyList,
    handler: async ({ query, ctx }) => listAgenciesInScope(deps, scopeOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/agencies/:id',
    access: Permission.agenciesRead,
    summary: 'One agency (404 outside your jurisdiction)',
    tags,
    params: AgencyParams,
    response: Agency,
    handler: async ({ params, ctx }) => getAgencyInScope(deps, scopeOf(ctx), params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/agencies',
    access: Permission.agenciesManage,
    summary: 'Create an agency in a 2025 unit of your jurisdiction (idempotent on transactionId)',
    tags,
    body: AgencyInput,
    response: Agency,
    successStatus: 201,
    handler: async ({ body, ctx }) => createAgency(deps, agencyCtx(ctx), body),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/agencies/:id',
    access: Permission.agenciesManage,
    summary: 'Change or deactivate an agency of your jurisdiction',
    tags,
    params: AgencyParams,
    body: AgencyUpdateInput,
    response: Agency,
    handler: async ({ params, body, ctx }) => updateAgencyDetails(deps, agencyCtx(ctx), params.id, body),
  });
}

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  Child,
  ChildCircumstanceParams,
  ChildParams,
  ChildRiskFlagParams,
  CircumstanceEndInput,
  CircumstanceInput,
  RiskFlagEndInput,
  RiskFlagInput,
  SupportInput,
} from '../../../shared/domain/Child';
import { CHILDREN_TAGS as tags, childrenCallerOf } from './children-caller';
import { addCircumstance, endChildCircumstance } from './circumstances.service';
import { addRiskFlag, endChildRiskFlag } from './risk-flags.service';
import { addSupport } from './supports.service';

/** Special circumstances, risk flags and supports of a child (children.circumstances). Each answers the profile. */
export function registerChildPartsRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/children/:id/circumstances',
    access: Permission.childrenCircumstances,
    summary: 'Mark a special circumstance (Luật Trẻ em Điều 10) from a start date',
    tags,
    params: ChildParams,
    body: CircumstanceInput,
    response: Child,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => addCircumstance(deps, childrenCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/children/:id/circumstances/:cid/end',
    access: Permission.childrenCircumstances,
    summary: 'End a special circumstance at a date (kept in the history)',
    tags,
    params: ChildCircumstanceParams,
    body: CircumstanceEndInput,
    response: Child,
    handler: async ({ params, body, ctx }) =>
      endChildCircumstance(deps, childrenCallerOf(ctx), params.id, params.cid, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/children/:id/risk-flags',
    access: Permission.childrenCircumstances,
    summary: 'Raise a risk flag',
    tags,
    params: ChildParams,
    body: RiskFlagInput,
    response: Child,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => addRiskFlag(deps, childrenCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/children/:id/risk-flags/:fid/end',
    access: Permission.childrenCircumstances,
    summary: 'End a risk flag at a date',
    tags,
    params: ChildRiskFlagParams,
    body: RiskFlagEndInput,
    response: Child,
    handler: async ({ params, body, ctx }) =>
      endChildRiskFlag(deps, childrenCallerOf(ctx), params.id, params.fid, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/children/:id/supports',
    access: Permission.childrenCircumstances,
    summary: 'Record a support or benefit received',
    tags,
    params: ChildParams,
    body: SupportInput,
    response: Child,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => addSupport(deps, childrenCallerOf(ctx), params.id, body),
  });
}

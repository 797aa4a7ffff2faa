import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  Child,
  ChildHistory,
  ChildInput,
  ChildLookupQuery,
  ChildLookupResult,
  ChildParams,
  ChildUpdateInput,
  ChildViewQuery,
} from '../../../shared/domain/Child';
import { ChildStats, ChildStatsQuery } from '../../../shared/domain/ChildStats';
import { CHILDREN_TAGS, childrenCallerOf } from './children-caller';
import { createChild } from './child-create.service';
import { updateChild } from './child-update.service';
import { getChild, lookupChildren } from './child-view.service';
import { getChildHistory } from './history.service';
import { getChildStats } from './stats.service';
import { registerChildPartsRoutes } from './child-parts.routes';

const tags = CHILDREN_TAGS;

/**
 * The child register (issue #3): create, view (audited with its purpose), change, exact look-up, history and
 * statistics. The search list GET /api/children lives in ./search.
 */
export function registerChildrenRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/children',
    access: Permission.childrenWrite,
    summary: 'Register a child (duplicate candidates answer 409 unless confirmNotDuplicate; idempotent)',
    tags,
    body: ChildInput,
    response: Child,
    successStatus: 201,
    handler: async ({ body, ctx }) => (await createChild(deps, childrenCallerOf(ctx), body)).child,
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/children/lookup',
    access: Permission.childrenRead,
    summary: 'Exact look-up by personal id or caregiver phone, inside the jurisdiction (audited)',
    tags,
    querystring: ChildLookupQuery,
    response: ChildLookupResult,
    handler: async ({ query, ctx }) => lookupChildren(deps, childrenCallerOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/children/stats',
    access: Permission.childrenStats,
    summary: 'Active children by unit × sex × age group, and in special circumstances by group (audited)',
    tags,
    querystring: ChildStatsQuery,
    response: ChildStats,
    handler: async ({ query, ctx }) => getChildStats(deps, childrenCallerOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/children/:id',
    access: Permission.childrenRead,
    summary: 'A child’s profile at a reference date; `purpose` is required and audited',
    tags,
    params: ChildParams,
    querystring: ChildViewQuery,
    response: Child,
    handler: async ({ params, query, ctx }) => getChild(deps, childrenCallerOf(ctx), params.id, query),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/children/:id',
    access: Permission.childrenWrite,
    summary: 'Change a child (optimistic concurrency on `version`; idempotent on transactionId)',
    tags,
    params: ChildParams,
    body: ChildUpdateInput,
    response: Child,
    handler: async ({ params, body, ctx }) => updateChild(deps, childrenCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/children/:id/history',
    access: Permission.childrenRead,
    summary: 'Every change to a child: who, when, which fields (values of sensitive fields need the right)',
    tags,
    params: ChildParams,
    querystring: ChildViewQuery,
    response: ChildHistory,
    handler: async ({ params, query, ctx }) =>
      getChildHistory(deps, childrenCallerOf(ctx), params.id, query.purpose),
  });

  registerChildPartsRoutes(app, deps);
}

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app-deps';
import { defineRoute } from '../../../http/route';
import { Permission } from '../../../../shared/permissions/Permission';
import { ChildSearchQuery, ChildSearchResult } from '../../../../shared/domain/ChildSearch';
import { searchChildren } from './search.service';

/** The register list and name search (issue #3 item 3): inside the jurisdiction of children.read. */
export function registerChildSearchRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/children',
    access: Permission.childrenRead,
    summary:
      'Search children by name (no diacritics needed, any word order, typos tolerated) and filters, or list a unit',
    tags: ['children'],
    querystring: ChildSearchQuery,
    response: ChildSearchResult,
    handler: async ({ query, ctx }) => searchChildren(deps, ctx, query),
  });
}

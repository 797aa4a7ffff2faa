import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { ChildReference } from '../../../shared/domain/ChildStats';
import { getChildReference } from './reference.service';

/** Reference lists of the child register (data/reference). Editing sub-groups and risk flags: not yet. */
export function registerReferenceRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/reference/children',
    // The lists are public law and reference data, needed by every screen that shows a group (statistics too).
    access: 'authenticated',
    summary: 'Ethnic groups, the 14 special-circumstance groups and sub-groups, risk flag types',
    tags: ['reference'],
    response: ChildReference,
    handler: async () => getChildReference(deps.db),
  });
}

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app-deps';
import { defineRoute } from '../../../http/route';
import { Permission } from '../../../../shared/permissions/Permission';
import {
  DismissInput,
  DuplicateList,
  DuplicateListQuery,
  MergeInput,
  MergeResult,
} from '../../../../shared/domain/ChildImport';
import { childrenCallerOf } from '../children-caller';
import { dismissPair, listDuplicatePairs, mergeChildren } from './duplicates.service';

/** The duplicate review (issue #3 item 4): children.merge, inside its jurisdiction. */
export function registerDuplicateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['children-duplicates'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/children/duplicates',
    access: Permission.childrenMerge,
    summary: 'Candidate duplicate pairs in the jurisdiction that nobody has decided yet',
    tags,
    querystring: DuplicateListQuery,
    response: DuplicateList,
    handler: async ({ query, ctx }) => ({
      items: await listDuplicatePairs(deps, childrenCallerOf(ctx), query),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/children/duplicates/merge',
    access: Permission.childrenMerge,
    summary:
      'Merge a duplicate into the kept record (both histories kept; the merged one points at the kept one)',
    tags,
    body: MergeInput,
    response: MergeResult,
    handler: async ({ body, ctx }) => mergeChildren(deps, childrenCallerOf(ctx), body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/children/duplicates/dismiss',
    access: Permission.childrenMerge,
    summary: 'Mark a pair as "not a duplicate" (remembered)',
    tags,
    body: DismissInput,
    successStatus: 204,
    handler: async ({ body, ctx }) => {
      await dismissPair(deps, childrenCallerOf(ctx), body);
    },
  });
}

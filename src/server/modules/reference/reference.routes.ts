import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import type { RequestContext } from '../../http/request-context';
import { Permission } from '../../../shared/permissions/Permission';
import { ChildReference } from '../../../shared/domain/ChildStats';
import {
  AdminRiskFlag,
  AdminSubgroup,
  ReferenceAdminLists,
  RiskFlagCreateInput,
  RiskFlagParams,
  RiskFlagUpdateInput,
  SubgroupCreateInput,
  SubgroupParams,
  SubgroupUpdateInput,
} from '../../../shared/domain/ReferenceAdmin';
import { getChildReference } from './reference.service';
import * as admin from './reference-admin.service';

const tags = ['reference'];
const editorOf = (ctx: RequestContext): admin.ReferenceEditor => ({
  actor: ctx.actor,
  scope: ctx.scope,
  locale: ctx.locale,
});

/** Reference lists of the child register (data/reference), and the national administrator's editor of them. */
export function registerReferenceRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/reference/children',
    // The lists are public law and reference data, needed by every screen that shows a group (statistics too).
    access: 'authenticated',
    summary: 'Ethnic groups, the 14 special-circumstance groups and sub-groups, risk flag types',
    tags,
    response: ChildReference,
    handler: async () => getChildReference(deps.db),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/reference/admin',
    access: Permission.referenceManage,
    summary: 'Editable reference lists with inactive rows (national administrators)',
    tags,
    response: ReferenceAdminLists,
    handler: async ({ ctx }) => admin.listForEditor(deps, editorOf(ctx)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/reference/subgroups',
    access: Permission.referenceManage,
    summary: 'Add a sub-group to one of the 14 groups (unverified); 409 when the code exists',
    tags,
    body: SubgroupCreateInput,
    response: AdminSubgroup,
    successStatus: 201,
    handler: async ({ body, ctx }) => admin.createSubgroup(deps, editorOf(ctx), body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/reference/subgroups/:code',
    access: Permission.referenceManage,
    summary: 'Rename, reorder or (de)activate an unverified sub-group; 409 on a verified one',
    tags,
    params: SubgroupParams,
    body: SubgroupUpdateInput,
    response: AdminSubgroup,
    handler: async ({ params, body, ctx }) => admin.updateSubgroup(deps, editorOf(ctx), params.code, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/reference/risk-flags',
    access: Permission.referenceManage,
    summary: 'Add a risk flag type; 409 when the code exists',
    tags,
    body: RiskFlagCreateInput,
    response: AdminRiskFlag,
    successStatus: 201,
    handler: async ({ body, ctx }) => admin.createRiskFlag(deps, editorOf(ctx), body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/reference/risk-flags/:code',
    access: Permission.referenceManage,
    summary: 'Rename, reorder or (de)activate a risk flag type',
    tags,
    params: RiskFlagParams,
    body: RiskFlagUpdateInput,
    response: AdminRiskFlag,
    handler: async ({ params, body, ctx }) => admin.updateRiskFlag(deps, editorOf(ctx), params.code, body),
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { AppError } from '../../http/app-error';
import { Permission } from '../../../shared/permissions/Permission';
import { isRole } from '../../../shared/permissions/roles';
import { scopeFor } from '../../../shared/permissions/scope';
import { RoleInfo, RoleParams, RoleSettingInput } from '../../../shared/domain/User';
import { listRoles, updateRoleSetting } from './roles.service';

const tags = ['users'];

/** Roles, their permissions and the per-role second-factor setting (product.md C2). */
export function registerRoleRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/roles',
    access: Permission.usersRead,
    summary: 'Every role with its permissions and second-factor setting',
    tags,
    response: z.array(RoleInfo),
    handler: async () => listRoles(deps),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/roles/:role/settings',
    access: Permission.rolesManage,
    summary: 'Change whether a role must use a second factor (national administrators)',
    tags,
    params: RoleParams,
    body: RoleSettingInput,
    response: RoleInfo,
    handler: async ({ params, body, ctx }) => {
      if (!ctx.user || !isRole(params.role)) throw new AppError('NOT_FOUND');
      // The setting applies to the whole country: only an administrator whose own reach is national may change it.
      const isNational = scopeFor(ctx.user, Permission.usersManage)?.kind === 'national';
      return updateRoleSetting(deps, { actor: ctx.actor, isNational }, params.role, body);
    },
  });
}

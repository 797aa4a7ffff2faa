import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import { Permission } from '../../../shared/permissions/Permission';
import { Page } from '../../../shared/domain/Common';
import {
  User,
  UserCreateInput,
  UserListQuery,
  UserParams,
  UserUpdateInput,
} from '../../../shared/domain/User';
import { listUsers, getUser, type UsersCaller } from './users.service';
import { createUser } from './user-create.service';
import { updateUser } from './user-update.service';

const tags = ['users'];

/** The caller of a permission route: the guard has set the scope of the route's permission. */
export function usersCallerOf(ctx: RequestContext): UsersCaller {
  if (!ctx.scope || !ctx.user) throw new AppError('FORBIDDEN');
  return { actor: ctx.actor, userId: ctx.user.id, scope: ctx.scope };
}

/** User administration within the administrator's jurisdiction (product.md C2). */
export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/users',
    access: Permission.usersRead,
    summary: 'Users in one’s jurisdiction',
    tags,
    querystring: UserListQuery,
    response: Page(User),
    handler: async ({ query, ctx }) => listUsers(deps, usersCallerOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/users/:id',
    access: Permission.usersRead,
    summary: 'One user (404 outside one’s jurisdiction)',
    tags,
    params: UserParams,
    response: User,
    handler: async ({ params, ctx }) => getUser(deps, usersCallerOf(ctx), params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/users',
    access: Permission.usersManage,
    summary: 'Create a user (idempotent on transactionId)',
    tags,
    body: UserCreateInput,
    response: User,
    successStatus: 201,
    handler: async ({ body, ctx }) => (await createUser(deps, usersCallerOf(ctx), body)).user,
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/users/:id',
    access: Permission.usersManage,
    summary: 'Change, disable, unlock a user; reset their password or second factor',
    tags,
    params: UserParams,
    body: UserUpdateInput,
    response: User,
    handler: async ({ params, body, ctx }) => updateUser(deps, usersCallerOf(ctx), params.id, body),
  });
}

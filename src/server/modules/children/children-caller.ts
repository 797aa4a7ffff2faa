import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import type { ChildrenCaller } from './children.service';

export const CHILDREN_TAGS = ['children'];

/** The caller of a permission route: the guard has set the scope of the route's permission. */
export function childrenCallerOf(ctx: RequestContext): ChildrenCaller {
  if (!ctx.scope || !ctx.user) throw new AppError('FORBIDDEN');
  return { actor: ctx.actor, user: ctx.user, scope: ctx.scope, locale: ctx.locale };
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import type { RequestContext } from '../../http/request-context';
import { Permission } from '../../../shared/permissions/Permission';
import { CaseActionInput } from '../../../shared/domain/CaseAction';
import { CaseParams } from '../../../shared/domain/Case';
import { takeCaseAction, type CaseCaller } from './case-action.service';

export const CASES_TAGS = ['cases'];

export function caseCallerOf(ctx: RequestContext): CaseCaller {
  if (!ctx.scope || !ctx.user) throw new AppError('FORBIDDEN');
  return { actor: ctx.actor, user: ctx.user, scope: ctx.scope, locale: ctx.locale };
}

export const CaseActionResult = z.object({
  caseId: z.uuid(),
  seq: z.number().int(),
  status: z.string(),
  replayed: z.boolean(),
});

/** The write side of cases: one route for every step of the procedure (src/shared/workflow decides). */
export function registerCaseActionRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/actions',
    access: Permission.casesAct,
    summary: 'Take a step of the Decree 56 procedure; 409 with the allowed actions when not allowed now',
    tags: CASES_TAGS,
    params: CaseParams,
    body: CaseActionInput,
    response: CaseActionResult,
    handler: async ({ params, body, ctx }) => takeCaseAction(deps, caseCallerOf(ctx), params.id, body),
  });
}

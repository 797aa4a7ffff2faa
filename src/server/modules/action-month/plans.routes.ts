import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import {
  AmActivityInput,
  AmActivityParams,
  AmAssignmentList,
  AmPlanDetail,
  AmPlanInput,
  AmPlanIssueInput,
  AmPlanList,
  AmPlanListQuery,
  AmPlanParams,
  AmPlanUpdate,
  AmYearParams,
} from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { addActivity, removeActivity, replaceActivity } from './activity.service';
import { listAssignments } from './assignment.service';
import { registerAmPlanFileRoutes } from './plan-file.routes';
import { planCallerOf } from './plan-owner';
import { getAmPlan, listAmPlans } from './plan-read.service';
import { createPlan, issuePlan, updatePlan } from './plan-write.service';
import { registerAmThemeRoutes } from './theme.routes';

/**
 * Action Month themes, plans, activities and assignments (issue #5 items 1–2; the contract is the header of
 * src/shared/domain/ActionMonth.ts). Jurisdiction: plan-reach.ts; the issuing unit: am-unit.ts.
 */
export async function registerAmPlanRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const tags = ['action-month'];
  registerAmThemeRoutes(app, deps);

  defineRoute(app, {
    method: 'GET',
    url: '/api/action-month/plans',
    access: Permission.actionMonthRead,
    summary: 'The plans of a year in the caller’s reach (national, its province’s, its own)',
    tags,
    querystring: AmPlanListQuery,
    response: AmPlanList,
    handler: async ({ query, ctx }) => listAmPlans(deps, planCallerOf(ctx).user, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/action-month/plans',
    access: Permission.actionMonthPlan,
    summary: 'Create a draft plan of the caller’s own unit (idempotent on transactionId)',
    tags,
    body: AmPlanInput,
    response: AmPlanDetail,
    successStatus: 201,
    handler: async ({ body, ctx }) => createPlan(deps, planCallerOf(ctx), body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/action-month/plans/:id',
    access: Permission.actionMonthRead,
    summary: 'One plan with its activities (404 outside the caller’s reach)',
    tags,
    params: AmPlanParams,
    response: AmPlanDetail,
    handler: async ({ params, ctx }) => getAmPlan(deps, planCallerOf(ctx).user, params.id),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/action-month/plans/:id',
    access: Permission.actionMonthPlan,
    summary: 'Change a draft plan (expectedVersion; 409 when issued or stale)',
    tags,
    params: AmPlanParams,
    body: AmPlanUpdate,
    response: AmPlanDetail,
    handler: async ({ params, body, ctx }) => updatePlan(deps, planCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/action-month/plans/:id/issue',
    access: Permission.actionMonthPlan,
    summary: 'Issue a draft plan with its number, date and signer (locked afterwards)',
    tags,
    params: AmPlanParams,
    body: AmPlanIssueInput,
    response: AmPlanDetail,
    handler: async ({ params, body, ctx }) => issuePlan(deps, planCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/action-month/plans/:id/activities',
    access: Permission.actionMonthPlan,
    summary: 'Add an activity to a draft plan, assigned to an agency and/or communes',
    tags,
    params: AmPlanParams,
    body: AmActivityInput,
    response: AmPlanDetail,
    successStatus: 201,
    handler: async ({ params, body, ctx }) => addActivity(deps, planCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/action-month/plans/:id/activities/:activityId',
    access: Permission.actionMonthPlan,
    summary: 'Replace an activity of a draft plan',
    tags,
    params: AmActivityParams,
    body: AmActivityInput,
    response: AmPlanDetail,
    handler: async ({ params, body, ctx }) =>
      replaceActivity(deps, planCallerOf(ctx), params.id, params.activityId, body),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/action-month/plans/:id/activities/:activityId',
    access: Permission.actionMonthPlan,
    summary: 'Remove an activity of a draft plan (the others are renumbered)',
    tags,
    params: AmActivityParams,
    response: AmPlanDetail,
    handler: async ({ params, ctx }) => removeActivity(deps, planCallerOf(ctx), params.id, params.activityId),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/action-month/assignments',
    access: Permission.actionMonthReport,
    summary: 'Activities of issued plans assigned to the caller’s commune or agency in a year',
    tags,
    querystring: AmYearParams,
    response: AmAssignmentList,
    handler: async ({ query, ctx }) => listAssignments(deps, planCallerOf(ctx).user, query.year),
  });

  await registerAmPlanFileRoutes(app, deps);
}

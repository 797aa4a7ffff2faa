import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import type { RequestContext } from '../../http/request-context';
import { defineRoute } from '../../http/route';
import {
  CalendarOverrideInput,
  CalendarOverrideParams,
  CalendarYear,
  CalendarYearParams,
  StoredCalendarOverride,
} from '../../../shared/domain/Calendar';
import { Permission } from '../../../shared/permissions/Permission';
import {
  getCalendarYear,
  removeCalendarOverride,
  setCalendarOverride,
  type CalendarCtx,
} from './calendar.service';

function calendarCtx(ctx: RequestContext): CalendarCtx {
  if (!ctx.scope) throw new AppError('FORBIDDEN', { message: 'no scope' });
  return { scope: ctx.scope, actor: ctx.actor };
}

/** The working-day calendar (issue #4 item 4): days off of a year; the government's yearly overrides. */
export function registerCalendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['calendar'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/calendar/:year',
    access: 'authenticated',
    summary: 'Days off of a year (statutory holidays and overrides) and the overrides of the year',
    tags,
    params: CalendarYearParams,
    response: CalendarYear,
    handler: async ({ params }) => getCalendarYear(deps, params.year),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/calendar/overrides/:date',
    access: Permission.calendarManage,
    summary:
      'Set the override of a date: a compensatory day off or a weekend day worked (national administrators)',
    tags,
    params: CalendarOverrideParams,
    body: CalendarOverrideInput,
    response: StoredCalendarOverride,
    handler: async ({ params, body, ctx }) => setCalendarOverride(deps, calendarCtx(ctx), params.date, body),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/calendar/overrides/:date',
    access: Permission.calendarManage,
    summary: 'Remove the override of a date (national administrators)',
    tags,
    params: CalendarOverrideParams,
    successStatus: 204,
    handler: async ({ params, ctx }) => removeCalendarOverride(deps, calendarCtx(ctx), params.date),
  });
}

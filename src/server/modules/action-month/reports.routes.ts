import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  AmReportDetail,
  AmReportList,
  AmReportListQuery,
  AmReportOpenInput,
  AmReportParams,
  AmReportReturnInput,
  AmReportTransition,
  AmReportUpdate,
  AmRollup,
  AmRollupQuery,
  AmYearComparison,
  AmYearComparisonQuery,
} from '../../../shared/domain/ActionMonth';
import { reportCallerOf } from './report-caller';
import { openAmReport } from './report-open.service';
import { getAmReport, listAmReports } from './report-read.service';
import { transitionAmReport } from './report-transition.service';
import { updateAmReport } from './report-update.service';
import { getAmRollup } from './rollup.service';
import { getAmYearComparison } from './rollup-years.service';

const tags = ['action-month'];
const base = '/api/action-month';

/** Action Month result reports and roll-ups (issue #5 items 3–4, journey J4). */
export function registerAmReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: `${base}/reports`,
    access: Permission.actionMonthRead,
    summary: 'Result reports of the year the caller reaches (a reviewer sees the level below)',
    tags,
    querystring: AmReportListQuery,
    response: AmReportList,
    handler: async ({ query, ctx }) => listAmReports(deps, reportCallerOf(ctx).user, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/reports`,
    access: Permission.actionMonthReport,
    summary:
      "Open the caller's unit's result report of the year (or answer the open one), pre-filled from its plans",
    tags,
    body: AmReportOpenInput,
    response: AmReportDetail,
    successStatus: 201,
    handler: async ({ body, ctx }) => openAmReport(deps, reportCallerOf(ctx), body.year),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${base}/reports/:id`,
    access: Permission.actionMonthRead,
    summary: 'One result report with its results, roll-up and totals',
    tags,
    params: AmReportParams,
    response: AmReportDetail,
    handler: async ({ params, ctx }) => getAmReport(deps, reportCallerOf(ctx).user, params.id),
  });

  defineRoute(app, {
    method: 'PUT',
    url: `${base}/reports/:id`,
    access: Permission.actionMonthReport,
    summary: 'Replace the narrative and results of a draft or returned report (owner; expectedVersion)',
    tags,
    params: AmReportParams,
    body: AmReportUpdate,
    response: AmReportDetail,
    handler: async ({ params, body, ctx }) => updateAmReport(deps, reportCallerOf(ctx), params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/reports/:id/submit`,
    access: Permission.actionMonthReport,
    summary: 'Send the report to the level above (flagged late after the due date, never refused)',
    tags,
    params: AmReportParams,
    body: AmReportTransition,
    response: AmReportDetail,
    handler: async ({ params, body, ctx }) =>
      transitionAmReport(deps, reportCallerOf(ctx), params.id, { step: 'submit', ...body }),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/reports/:id/return`,
    access: Permission.actionMonthReview,
    summary: 'Return a submitted report for correction, with the reason (the level above)',
    tags,
    params: AmReportParams,
    body: AmReportReturnInput,
    response: AmReportDetail,
    handler: async ({ params, body, ctx }) =>
      transitionAmReport(deps, reportCallerOf(ctx), params.id, { step: 'return', ...body }),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/reports/:id/accept`,
    access: Permission.actionMonthReview,
    summary: 'Accept a submitted report: its figures count in the roll-up and it is locked for good',
    tags,
    params: AmReportParams,
    body: AmReportTransition,
    response: AmReportDetail,
    handler: async ({ params, body, ctx }) =>
      transitionAmReport(deps, reportCallerOf(ctx), params.id, { step: 'accept', ...body }),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${base}/rollup`,
    access: Permission.actionMonthRead,
    summary: 'Figures of the accepted reports of a province or the nation, unit by unit, with completeness',
    tags,
    querystring: AmRollupQuery,
    response: AmRollup,
    handler: async ({ query, ctx }) => getAmRollup(deps, reportCallerOf(ctx).user, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: `${base}/rollup/years`,
    access: Permission.actionMonthRead,
    summary: 'The roll-up totals year by year, to compare with earlier years',
    tags,
    querystring: AmYearComparisonQuery,
    response: AmYearComparison,
    handler: async ({ query, ctx }) => {
      const caller = reportCallerOf(ctx);
      return getAmYearComparison(deps, caller.user, caller.locale, query);
    },
  });
}

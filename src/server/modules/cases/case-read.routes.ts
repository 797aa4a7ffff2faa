import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  CaseDetail,
  CaseList,
  CaseListQuery,
  CaseParams,
  CaseStats,
  CaseStatsQuery,
  CaseViewQuery,
  PartnerTaskList,
} from '../../../shared/domain/Case';
import { getReportAttachment } from '../reports/report-attachments.service';
import { listCases } from './case-list.service';
import { getCaseStats } from './case-stats.service';
import { getCaseDetail } from './case-view.service';
import { CASES_TAGS, caseCallerOf } from './cases.routes';
import { listPartnerTasks } from './partner-tasks.service';

const tags = CASES_TAGS;
const AttachmentParams = z.object({ reportId: z.uuid(), id: z.uuid() });

/**
 * The read side of cases (issue #4): queues, dashboard figures, the whole case, a partner agency's tasks and the
 * photos of a report. Every read of a case's contents is audited by its service. GET /api/cases/stats is registered
 * before /api/cases/:id.
 */
export function registerCaseReadRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/cases',
    access: Permission.casesRead,
    summary:
      'Case queues of the jurisdiction: new, due within 24 hours, overdue, open, closed, all (audited)',
    tags,
    querystring: CaseListQuery,
    response: CaseList,
    handler: async ({ query, ctx }) => listCases(deps, caseCallerOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/stats',
    access: Permission.casesStats,
    summary:
      'Cases by status, open/overdue/escalated by commune, time to the first step (counts only; audited)',
    tags,
    querystring: CaseStatsQuery,
    response: CaseStats,
    handler: async ({ query, ctx }) => getCaseStats(deps, caseCallerOf(ctx), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/:id',
    access: Permission.casesRead,
    summary:
      'The whole case with its clocks and the actions the caller may take; `purpose` is required and audited',
    tags,
    params: CaseParams,
    querystring: CaseViewQuery,
    response: CaseDetail,
    handler: async ({ params, query, ctx }) =>
      getCaseDetail(deps, caseCallerOf(ctx), params.id, query.purpose),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/tasks',
    access: Permission.tasksRead,
    summary: 'The plan tasks addressed to the caller’s agency, with the minimum child data (audited)',
    tags,
    response: PartnerTaskList,
    handler: async ({ ctx }) => listPartnerTasks(deps, caseCallerOf(ctx)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/reports/:reportId/attachments/:id',
    access: Permission.casesRead,
    summary: 'A photo sent with a report, for those who may read its case (audited; never cached)',
    tags: ['reports'],
    params: AttachmentParams,
    handler: async ({ params, ctx, reply }) => {
      const caller = caseCallerOf(ctx);
      const file = await getReportAttachment(deps, caller, params.reportId, params.id);
      reply
        .header('content-type', file.contentType)
        .header('content-disposition', 'inline')
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff');
      return file.data;
    },
  });
}

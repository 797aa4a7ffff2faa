import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import { ReportCreated, ReportCreateQuery, ReportInput } from '../../../shared/domain/Report';
import { recordReport } from './report-intake.service';
import { listHarmTypes } from './reports.repo';

const tags = ['reports'];

export const HarmType = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  circular13Category: z.string(),
});

/** Report intake by logged-in users (issue #4 item 1). The public channel is in ./public. */
export function registerReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/reports',
    access: Permission.reportsCreate,
    summary: 'Record a report (Mẫu 01); opens a case in the commune or joins the open case of the same child',
    tags,
    querystring: ReportCreateQuery,
    body: ReportInput,
    response: ReportCreated,
    successStatus: 201,
    handler: async ({ query, body, ctx }) => {
      if (!ctx.user) throw new AppError('UNAUTHENTICATED');
      const { trackingCode: _unused, ...created } = await recordReport(
        deps,
        { actor: ctx.actor, locale: ctx.locale, user: ctx.user },
        body,
        { suggestChildren: query.suggestChildren },
      );
      return created;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/reference/harm-types',
    access: 'public',
    summary: 'The harm types of the report forms (editable taxonomy, mapped to Thông tư 13/2021)',
    tags,
    response: z.array(HarmType),
    handler: async () => listHarmTypes(deps.db),
  });
}

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import type { RequestContext } from '../../http/request-context';
import { AmPlanParams, AmReportParams } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import type { ExportFormat } from './am-renderers';
import { exportAmPlan, exportAmReport, type ExportCaller, type ExportFile } from './am-exports.service';

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'xlsx'];
const tags = ['action-month'];

function callerOf(ctx: RequestContext): ExportCaller {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return { user: ctx.user, actor: ctx.actor };
}

function send(reply: FastifyReply, file: ExportFile): Buffer {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', file.contentDisposition)
    .header('cache-control', 'no-store');
  return file.body;
}

/**
 * Action Month plan and result report exports (issue #5 item 5): PDF in the official layout, DOCX with the same
 * content, XLSX tables. Jurisdiction is the read services' (404 outside the caller's reach); every download is
 * audited ('action_month.export').
 */
export function registerAmExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const format of FORMATS) {
    defineRoute(app, {
      method: 'GET',
      url: `/api/action-month/plans/:id/export.${format}`,
      access: Permission.actionMonthRead,
      summary: `The plan as ${format.toUpperCase()} (official layout: header, sections I–III, activities, signature)`,
      tags,
      params: AmPlanParams,
      handler: async ({ params, ctx, reply }) =>
        send(reply, await exportAmPlan(deps, callerOf(ctx), params.id, format)),
    });
    defineRoute(app, {
      method: 'GET',
      url: `/api/action-month/reports/:id/export.${format}`,
      access: Permission.actionMonthRead,
      summary: `The result report as ${format.toUpperCase()} (figures per activity, totals, a province's roll-up)`,
      tags,
      params: AmReportParams,
      handler: async ({ params, ctx, reply }) =>
        send(reply, await exportAmReport(deps, callerOf(ctx), params.id, format)),
    });
  }
}

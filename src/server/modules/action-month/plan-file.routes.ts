import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import { AmPlanDetail, AmPlanParams } from '../../../shared/domain/ActionMonth';
import { Permission } from '../../../shared/permissions/Permission';
import { planCallerOf } from './plan-owner';
import { attachPlanFile, MAX_PLAN_FILE_BYTES, readPlanFile } from './plan-file.service';

const FileQuery = z.object({ fileName: z.string().max(255).optional() });

/** "ke-hoach.pdf" for old clients, the real (Vietnamese) name for the others (RFC 6266, RFC 5987). */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The signed copy of a plan (issue #5 item 2): uploaded as the raw request body (Content-Type application/pdf, at
 * most 10 MB; the name in ?fileName=), downloaded as it was sent. The PDF body parser lives in this encapsulated
 * context only, so no other route accepts PDF bodies.
 */
export async function registerAmPlanFileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const tags = ['action-month'];
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/pdf',
      { parseAs: 'buffer', bodyLimit: MAX_PLAN_FILE_BYTES },
      (_req, body, done) => done(null, body),
    );

    defineRoute(scope, {
      method: 'PUT',
      url: '/api/action-month/plans/:id/file',
      access: Permission.actionMonthPlan,
      summary:
        'Attach the signed plan (raw application/pdf body, ≤ 10 MB; ?fileName=) — the issuing unit only',
      tags,
      params: AmPlanParams,
      querystring: FileQuery,
      bodyLimit: MAX_PLAN_FILE_BYTES,
      response: AmPlanDetail,
      handler: async ({ params, query, ctx, req }) => {
        // Any body that did not go through the PDF parser (JSON, text) is not a PDF upload.
        if (!Buffer.isBuffer(req.body))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
            messageId: 'actionMonth.notPdf',
            message: 'not a PDF',
          });
        return attachPlanFile(deps, planCallerOf(ctx), params.id, req.body, query.fileName);
      },
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/action-month/plans/:id/file',
      access: Permission.actionMonthRead,
      summary: 'Download the signed plan (PDF)',
      tags,
      params: AmPlanParams,
      handler: async ({ params, ctx, reply }) => {
        const file = await readPlanFile(deps, planCallerOf(ctx).user, params.id);
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition(file.fileName));
        return file.data;
      },
    });
  });
}

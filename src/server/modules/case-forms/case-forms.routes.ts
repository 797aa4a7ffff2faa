import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import type { RequestContext } from '../../http/request-context';
import { Permission } from '../../../shared/permissions/Permission';
import { FORM_CODES } from '../../../shared/workflow/case-workflow';
import type { CaseCaller } from '../cases/case-action.service';
import { getCaseFilePdf, getCaseFormPdf, type FormPdf } from './case-forms.service';

const tags = ['cases'];
const FormParams = z.object({ id: z.uuid(), form: z.enum(FORM_CODES) });
const FileParams = z.object({ id: z.uuid() });
/** The n-th occurrence of the form, from 1 (a re-planned case has several Mẫu 03–06). */
const FormQuery = z.object({ index: z.coerce.number().int().min(1).max(1000).optional() });

function callerOf(ctx: RequestContext): CaseCaller {
  if (!ctx.scope || !ctx.user) throw new AppError('FORBIDDEN');
  return { actor: ctx.actor, user: ctx.user, scope: ctx.scope, locale: ctx.locale };
}

/** A PDF download that no cache keeps: it holds a child's case. */
function sendPdf(reply: FastifyReply, { pdf, fileName }: FormPdf): Buffer {
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store');
  return pdf;
}

/** The official forms Mẫu 01–07 and the whole case file as PDFs (issue #4 item 7); every download is audited. */
export function registerCaseFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/:id/forms/:form',
    access: Permission.casesRead,
    summary:
      'One official form (Mẫu 01–07) of the case as a PDF; `index` picks the n-th occurrence (default latest)',
    tags,
    params: FormParams,
    querystring: FormQuery,
    handler: async ({ params, query, ctx, reply }) =>
      sendPdf(reply, await getCaseFormPdf(deps, callerOf(ctx), params.id, params.form, query.index)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/:id/file.pdf',
    access: Permission.casesRead,
    summary: 'The whole case file as one PDF: cover page, every form in order, the timeline of actions',
    tags,
    params: FileParams,
    handler: async ({ params, ctx, reply }) =>
      sendPdf(reply, await getCaseFilePdf(deps, callerOf(ctx), params.id)),
  });
}

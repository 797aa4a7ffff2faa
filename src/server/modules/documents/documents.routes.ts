import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import { renderSampleDocument } from './documents.service';

/** Official documents (văn bản) as PDF. For now one sample, to check the layout in a browser. */
export function registerDocumentRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/documents/sample.pdf',
    access: 'authenticated',
    summary: 'A sample official document (PDF) in the name of the caller’s unit',
    tags: ['documents'],
    handler: async ({ ctx, reply }) => {
      if (!ctx.user) throw new AppError('UNAUTHENTICATED');
      const pdf = await renderSampleDocument(deps, ctx.user);
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="van-ban-mau.pdf"');
      return pdf;
    },
  });
}

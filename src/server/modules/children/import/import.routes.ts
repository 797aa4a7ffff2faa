import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { AppDeps } from '../../../app-deps';
import { AppError } from '../../../http/app-error';
import { defineRoute } from '../../../http/route';
import { Permission } from '../../../../shared/permissions/Permission';
import {
  ImportJob,
  ImportJobList,
  ImportJobParams,
  ImportUploadQuery,
} from '../../../../shared/domain/ChildImport';
import { IMPORT_LIMITS } from './import-header';
import { ImportRunner } from './import-runner';
import { filePart } from './import-upload';
import {
  confirmImport,
  getImportJob,
  getImportReport,
  getImportTemplate,
  listImportJobs,
  startImport,
  type ImportDeps,
} from './import.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Import of the child register (issue #3 item 5). Multipart parsing is registered in this plugin only, with the
 * upload limits; the background runner starts with the app (failing jobs a stopped process left) and stops with it.
 */
export async function registerImportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const runner = new ImportRunner(deps, deps.dbHandle);
  const d: ImportDeps = { ...deps, runner };
  app.addHook('onReady', () => runner.start());
  app.addHook('onClose', () => runner.close());

  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: IMPORT_LIMITS.maxFileBytes,
        files: 1,
        fields: 10,
        parts: 12,
        fieldSize: 1000,
        headerPairs: 100,
      },
    });
    const tags = ['children-import'];

    defineRoute(scope, {
      method: 'GET',
      url: '/api/children/import/template.xlsx',
      access: Permission.childrenImport,
      summary: 'The import template (XLSX): Vietnamese headers, instructions and drop-down lists',
      tags,
      handler: async ({ ctx, reply }) => {
        const body = await getImportTemplate(d, ctx, 'xlsx');
        reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', 'attachment; filename="mau-nhap-tre-em.xlsx"');
        return body;
      },
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/children/import/template.csv',
      access: Permission.childrenImport,
      summary: 'The import template as CSV (UTF-8 with a byte order mark, for Excel)',
      tags,
      handler: async ({ ctx, reply }) => {
        const body = await getImportTemplate(d, ctx, 'csv');
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="mau-nhap-tre-em.csv"');
        return body;
      },
    });

    defineRoute(scope, {
      method: 'POST',
      url: '/api/children/import',
      access: Permission.childrenImport,
      summary: 'Upload an .xlsx or .csv file (multipart, field "file"): starts an import job to poll',
      tags,
      querystring: ImportUploadQuery,
      response: ImportJob,
      successStatus: 201,
      handler: async ({ query, ctx, req }) => {
        const part = await filePart(() => req.file());
        if (!part) throw new AppError('VALIDATION', { messageId: 'import.fileMissing' });
        return startImport(
          d,
          ctx,
          { stream: part.file, fileName: part.filename },
          { dryRun: query.dryRun === 'true', transactionId: query.transactionId },
        );
      },
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/children/import',
      access: Permission.childrenImport,
      summary: 'The caller’s recent import jobs',
      tags,
      response: ImportJobList,
      handler: async ({ ctx }) => ({ items: await listImportJobs(d, ctx) }),
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/children/import/:jobId',
      access: Permission.childrenImport,
      summary: 'Progress and result of an import job',
      tags,
      params: ImportJobParams,
      response: ImportJob,
      handler: async ({ params, ctx }) => getImportJob(d, ctx, params.jobId),
    });

    defineRoute(scope, {
      method: 'GET',
      url: '/api/children/import/:jobId/errors.xlsx',
      access: Permission.childrenImport,
      summary: 'The error report of an import (row, column, message; possible duplicates)',
      tags,
      params: ImportJobParams,
      handler: async ({ params, ctx, reply }) => {
        const body = await getImportReport(d, ctx, params.jobId);
        reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', 'attachment; filename="bao-cao-loi-nhap.xlsx"');
        return body;
      },
    });

    defineRoute(scope, {
      method: 'POST',
      url: '/api/children/import/:jobId/confirm',
      access: Permission.childrenImport,
      summary: 'Import the rows of a dry run that found no error',
      tags,
      params: ImportJobParams,
      response: ImportJob,
      handler: async ({ params, ctx }) => confirmImport(d, ctx, params.jobId),
    });
  });
}

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app-deps';
import { defineRoute } from '../../../http/route';
import { Permission } from '../../../../shared/permissions/Permission';
import { ChildExportQuery } from '../../../../shared/domain/ChildImport';
import { childrenCallerOf } from '../children-caller';
import { planExport, streamExport } from './export.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Export of the register (issue #3 item 5): children.export, inside its jurisdiction, audited. */
export function registerExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/children/export.xlsx',
    access: Permission.childrenExport,
    summary: 'The filtered register list as XLSX (the search filters; sensitive columns only with the right)',
    tags: ['children-import'],
    querystring: ChildExportQuery,
    handler: async ({ query, ctx, reply }) => {
      const plan = planExport(childrenCallerOf(ctx), query);
      const day = new Date().toISOString().slice(0, 10);
      reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="danh-sach-tre-em-${day}.xlsx"`);
      return streamExport(deps, plan);
    },
  });
}

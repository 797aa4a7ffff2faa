import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AuditPage, AuditQuery, AuditVerifyResult } from '../../../shared/domain/Audit';
import { Permission } from '../../../shared/permissions/Permission';
import type { AppDeps } from '../../app-deps';
import { AUDIT_OPERATIONS } from '../../audit/operations';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/route';
import { verifyAuditLog, viewAuditLog } from './audit-log.service';

/** The shared query, narrowed to what the server knows: operations from the list, unit codes as digits. */
const AuditQueryServer = AuditQuery.extend({
  operation: z.enum(AUDIT_OPERATIONS).optional(),
  unitCode: z
    .string()
    .regex(/^\d{2}(\d{3})?$/)
    .optional(),
});

/** The audit log viewer (Nhật ký hệ thống): inspectors and administrators, each within their jurisdiction. */
export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit',
    access: Permission.auditRead,
    summary: 'Audit log entries in the caller’s jurisdiction, newest first (keyset on id)',
    tags: ['audit'],
    querystring: AuditQueryServer,
    response: AuditPage,
    handler: async ({ query, ctx }) => {
      if (!ctx.scope) throw new AppError('FORBIDDEN');
      return viewAuditLog(deps, ctx.actor, ctx.scope, query);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/operations',
    access: Permission.auditRead,
    summary: 'The audited operations, for the viewer’s filter',
    tags: ['audit'],
    response: z.object({ items: z.array(z.string()) }),
    handler: async () => ({ items: [...AUDIT_OPERATIONS] }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/audit/verify',
    access: Permission.auditRead,
    summary: 'Check the whole hash chain of the audit log (national scope only)',
    tags: ['audit'],
    response: AuditVerifyResult,
    handler: async ({ ctx }) => {
      // The chain spans every jurisdiction, so only a national reader may ask about all of it.
      if (ctx.scope?.kind !== 'national') throw new AppError('FORBIDDEN', { message: 'national scope only' });
      return verifyAuditLog(deps, ctx.actor);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps';
import { registerSystemRoutes } from './system/system.routes';
import { registerAuthRoutes } from './auth/auth.routes';
import { registerUserRoutes } from './users/users.routes';
import { registerRoleRoutes } from './users/roles.routes';
import { registerUnitRoutes } from './units/units.routes';
import { registerAgencyRoutes } from './agencies/agencies.routes';
import { registerAuditRoutes } from './audit/audit-log.routes';
import { registerDocumentRoutes } from './documents/documents.routes';
import { registerImportRoutes } from './children/import/import.routes';
import { registerDuplicateRoutes } from './children/duplicates/duplicates.routes';
import { registerExportRoutes } from './children/export/export.routes';
import { registerChildrenRoutes } from './children/children.routes';
import { registerReferenceRoutes } from './reference/reference.routes';
import { registerChildSearchRoutes } from './children/search/search.routes';
import { registerCalendarRoutes } from './calendar/calendar.routes';
import { registerReportRoutes } from './reports/reports.routes';
import { registerCaseActionRoutes } from './cases/cases.routes';
import { registerCaseFormRoutes } from './case-forms/case-forms.routes';
import { registerPublicReportRoutes } from './reports/public/public-reports.routes';
import { registerCaseReadRoutes } from './cases/case-read.routes';
import { registerHotlineRoutes } from './hotline/hotline.routes';
import { registerNotificationRoutes } from './notifications/notifications.routes';
import { registerAmPlanRoutes } from './action-month/plans.routes';
import { registerAmReportRoutes } from './action-month/reports.routes';
import { registerAmExportRoutes } from './action-month-exports/am-exports.routes';
import { registerFundRoutes } from './fund/fund.routes';

/** Every module's routes, registered in this order. Add a module here and nowhere else. */
export const MODULES: Array<(app: FastifyInstance, deps: AppDeps) => void | Promise<void>> = [
  registerSystemRoutes,
  registerAuthRoutes,
  registerUserRoutes,
  registerRoleRoutes,
  registerUnitRoutes,
  registerAgencyRoutes,
  registerAuditRoutes,
  registerDocumentRoutes,
  registerImportRoutes,
  registerDuplicateRoutes,
  registerExportRoutes,
  registerChildrenRoutes,
  registerReferenceRoutes,
  registerChildSearchRoutes,
  registerCalendarRoutes,
  registerReportRoutes,
  registerPublicReportRoutes,
  registerCaseActionRoutes,
  registerCaseReadRoutes,
  registerCaseFormRoutes,
  registerHotlineRoutes,
  registerNotificationRoutes,
  registerAmPlanRoutes,
  registerAmReportRoutes,
  registerAmExportRoutes,
  registerFundRoutes,
];

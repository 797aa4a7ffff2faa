import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';

/** Action Month plan and report exports, PDF/DOCX/XLSX (issue #5 item 5). Placeholder until the module lands. */
export function registerAmExportRoutes(_app: FastifyInstance, _deps: AppDeps): void {}

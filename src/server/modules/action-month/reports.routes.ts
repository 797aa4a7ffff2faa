import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';

/** Action Month result reports and roll-ups (issue #5 items 3–4). Placeholder until the module lands. */
export function registerAmReportRoutes(_app: FastifyInstance, _deps: AppDeps): void {}

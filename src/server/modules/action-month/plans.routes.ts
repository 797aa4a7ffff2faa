import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';

/** Action Month themes, plans and activities (issue #5 items 1–2). Placeholder until the module lands. */
export function registerAmPlanRoutes(_app: FastifyInstance, _deps: AppDeps): void {}

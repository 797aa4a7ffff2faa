import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';

/** Child Sponsorship Fund (issue #5 item 6). Placeholder until the module lands. */
export function registerFundRoutes(_app: FastifyInstance, _deps: AppDeps): void {}

import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps';
import { registerSystemRoutes } from './system/system.routes';

/** Every module's routes, registered in this order. Add a module here and nowhere else. */
export const MODULES: Array<(app: FastifyInstance, deps: AppDeps) => void | Promise<void>> = [
  registerSystemRoutes,
];

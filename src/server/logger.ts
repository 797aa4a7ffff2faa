import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config';

/**
 * Structured JSON logs without personal data: the request line keeps the path but drops the query string (a name
 * search is personal data), and no header, cookie or body is ever logged.
 */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    base: { service: 'treem' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

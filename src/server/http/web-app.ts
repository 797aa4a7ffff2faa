import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Config } from '../config';
import { markPluginRoutesPublic } from './route';
import { sendError } from './error-handler';
import { AppError } from './app-error';

/**
 * Serves the built web app (dist/web) and falls back to index.html for client-side routes. API paths that match
 * nothing still answer the JSON 404.
 */
export async function installWebApp(app: FastifyInstance, config: Config): Promise<void> {
  const indexFile = path.join(config.webDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ webDir: config.webDir }, 'web app not built: run `npm run build` (npm start does it)');
    return;
  }
  await app.register(async (scope) => {
    markPluginRoutesPublic(scope);
    await scope.register(fastifyStatic, {
      root: config.webDir,
      // Serve the .br/.gz written by the build (vite.config.ts) to browsers that accept them.
      preCompressed: true,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Hashed assets never change; index.html must always be fresh.
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    // The public report form, its tracking page and the fund's public disclosures: light pages of their own
    // (src/web/public), not the app.
    for (const [url, file] of [
      ['/bao-cao', 'public/report.html'],
      ['/cong-khai', 'public/disclosure.html'],
      ['/tra-cuu', 'public/track.html'],
    ] as const) {
      scope.get(url, (_req, reply) =>
        reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile(file),
      );
    }
    // The client-side routes fall back to index.html. A catch-all route rather than setNotFoundHandler: the error
    // handler already owns the root not-found handler, and reply.sendFile exists only in this scope.
    scope.get('/*', (req, reply) => {
      const url = req.url.split('?')[0] ?? '/';
      const isApi = url.startsWith('/api/') || url === '/api' || url === '/healthz' || url === '/readyz';
      if (isApi || path.extname(url) !== '') return sendError(req, reply, new AppError('NOT_FOUND'));
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    });
  });
}

import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import { markPluginRoutesPublic } from './route';

/**
 * OpenAPI 3 generated from the routes' Zod schemas (issue #2 item 9): /api/openapi.json, browsable at /api/docs.
 */
export async function installApiDocs(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Treem API',
        description:
          'Hệ thống thông tin bảo vệ, chăm sóc trẻ em — child protection and care information system. ' +
          'Authenticate with POST /api/auth/login; send the x-csrf-token header on every write.',
        version: '0.1.0',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'treem_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (scope) => {
    markPluginRoutesPublic(scope);
    scope.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    await scope.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      transformStaticCSP: (header) => header,
      uiConfig: { docExpansion: 'list', deepLinking: false },
    });
  });
}

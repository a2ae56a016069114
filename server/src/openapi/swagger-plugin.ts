import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { applyOpenApiConventions } from './route-conventions.js';
import { withResponseDescriptions } from './response-descriptions.js';
import { withoutUnusedSchemas } from './unused-components.js';
import { SESSION_COOKIE } from '../sessions/session-cookie.js';

/**
 * The OpenAPI document is generated from the same zod schemas that validate requests.
 * Security and the common error answers are derived from each route's hooks and schemas
 * (openapi/route-conventions.ts); every route states its own operationId, tags and summary.
 */
export default fp(async function swaggerPlugin(app: FastifyInstance) {
  app.addHook('onRoute', applyOpenApiConventions);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'feedbackinstrument API',
        version: '1.0.0',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        description:
          'Collect satisfaction scores and remarks about Flemish digital services, and report them per service and year. ' +
          'Every error answers { "error": { "code", "message", "details": [{ "path", "message" }] } }.',
      },
      servers: [
        {
          url: app.config.publicUrl ?? '/',
          description: app.config.publicUrl ? 'This server' : 'This server (the origin this document was read from)',
        },
      ],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An admin or organisation API token: "Authorization: Bearer <token>".' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE.secure,
            description: `The dashboard's session cookie (${SESSION_COOKIE.loopback} on http://localhost). Changes must come from the dashboard's own origin.`,
          },
        },
      },
      tags: [
        { name: 'collection', description: 'Public: what the widget and the no-JavaScript form send.' },
        { name: 'administration', description: 'Organisations, services and tokens.' },
        { name: 'analysis', description: 'Figures, yearly reports, remarks and recurring topics per service (token-scoped).' },
        {
          name: 'alerts',
          description: 'Alert subscriptions (webhooks signed by Standard Webhooks, e-mail), their deliveries, and evaluating the rules.',
        },
        { name: 'annotations', description: "Notes on a service's timeline (a release, a fix), with the figures before and after." },
        { name: 'open data', description: 'Yearly figures of services that opted in; no token.' },
        { name: 'operations', description: 'Health and readiness.' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => withResponseDescriptions(withoutUnusedSchemas(jsonSchemaTransformObject(input))),
  });
  // staticCSP: the docs page gets a policy that allows exactly its own scripts and styles.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI document is generated from the same zod schemas that validate requests. */
export default fp(async function swaggerPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'feedbackinstrument API',
        version: '1.0.0',
        description:
          'Collect satisfaction scores and remarks about Flemish digital services, and report them per service and year. ' +
          'Every error answers { "error": { "code", "message", "details": [{ "path", "message" }] } }.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An admin or organisation API token.' } },
      },
      tags: [
        { name: 'collection', description: 'Public: what the widget and the no-JavaScript form send.' },
        { name: 'administration', description: 'Organisations, services and tokens.' },
        { name: 'analysis', description: 'Figures, yearly reports, remarks and recurring topics per service (token-scoped).' },
        { name: 'alerts', description: 'Alert subscriptions (webhooks signed by Standard Webhooks, e-mail), their deliveries, and evaluating the rules.' },
        { name: 'annotations', description: "Notes on a service's timeline (a release, a fix), with the figures before and after." },
        { name: 'open data', description: 'Yearly figures of services that opted in; no token.' },
        { name: 'operations', description: 'Health and readiness.' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // staticCSP: the docs page gets a policy that allows exactly its own scripts and styles.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});

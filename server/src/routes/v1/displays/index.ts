import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DisplaySubmission, ErrorEnvelope } from '@feedbackinstrument/shared';
import { requireActiveService, requireCollectionContentType } from '../../../feedback/collection-guards.js';
import { assertOriginAllowed } from '../../../feedback/origin.js';
import { countDisplay } from '../../../repositories/displays.js';

export default async function displayRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post('/v1/displays', {
    bodyLimit: 1024,
    config: { rateLimit: {} },
    schema: {
      tags: ['collection'],
      summary: 'Count one showing of the widget (the denominator of the response rate)',
      body: DisplaySubmission,
      response: { 204: z.undefined(), 400: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 415: ErrorEnvelope, 429: ErrorEnvelope },
    },
    onRequest: requireCollectionContentType,
    handler: async (request, reply) => {
      const service = await requireActiveService(app, request.body.serviceId);
      assertOriginAllowed(request, service);
      await countDisplay(app.db, service.id, app.config.timezone);
      return reply.code(204).send();
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DisplaySubmission, ErrorEnvelope } from '@feedbackinstrument/shared';
import { requireCollectionContentType, serviceNotFound } from '../../../feedback/collection-guards.js';
import { foreignOrigin, originNotAllowed } from '../../../feedback/origin.js';
import { countDisplayIfAllowed } from '../../../figures/displays.js';

export default async function displayRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post('/v1/displays', {
    bodyLimit: 1024,
    config: { rateLimit: {} },
    schema: {
      operationId: 'countDisplay',
      tags: ['collection'],
      summary: 'Count one showing of the widget (the denominator of the response rate)',
      body: DisplaySubmission,
      response: { 204: z.undefined(), 400: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 415: ErrorEnvelope, 429: ErrorEnvelope },
    },
    onRequest: requireCollectionContentType,
    handler: async (request, reply) => {
      const { serviceId } = request.body;
      const origin = foreignOrigin(request);
      // Checks and count in one round trip; the reason of a refusal only when there is one.
      const { active, counted } = await countDisplayIfAllowed(app.db, serviceId, origin, app.config.timezone);
      if (!active) throw serviceNotFound(serviceId);
      if (!counted) throw originNotAllowed(origin!, serviceId);
      return reply.code(204).send();
    },
  });
}

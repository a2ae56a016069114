import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, PeriodQuery, ServiceFigures, Slug } from '@feedbackinstrument/shared';
import { requireVisibleService } from '../../../auth/own-service.js';
import { resolvePeriod } from '../../../kernel/calendar.js';
import { serviceFigures } from '../../../figures/service-figures.js';

export default async function figureRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/services/:serviceId/figures', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'getServiceFigures',
      tags: ['analysis'],
      summary: "A service's figures for a year or period",
      description:
        'Every figure of the yearly report for one service: responses, distribution, mean, satisfied (with its 95 % ' +
        'Wilson interval), dissatisfied, remarks, displays and response rate, follow-ups, by month, context and channel, ' +
        'and the same period one year earlier. Days are counted in Brussels time (FEEDBACK_TIMEZONE). Without `year` or ' +
        '`from`/`to`: the current year. Read from daily and monthly roll-ups, never from raw responses.',
      params: z.object({ serviceId: Slug }),
      querystring: PeriodQuery,
      response: { 200: ServiceFigures, 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      return serviceFigures({ db: app.dbRead, timezone: app.config.timezone }, service, resolvePeriod(request.query, app.config.timezone));
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, PUBLIC_MIN_RESPONSES, PublicFigures, Year } from '@feedbackinstrument/shared';
import { resolvePeriod } from '../../../kernel/calendar.js';
import { loadFigureCounts } from '../../../figures/figure-query.js';
import { periodOut } from '../../../figures/service-figures.js';
import { summariseTotals } from '../../../figures/summarise.js';
import { publishedServices } from '../../../open-data/published-services.js';

export default async function publicFigureRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/public/figures', {
    schema: {
      operationId: 'listPublicFigures',
      tags: ['open data'],
      summary: 'Yearly figures of the services that publish them (no token)',
      description:
        `Open data: the satisfaction figures of every service whose provider opted in (publishFigures). A service with ` +
        `fewer than ${PUBLIC_MIN_RESPONSES} responses in the year is listed with suppressed: true and no figures, so ` +
        'nobody can be recognised in them. Remarks are never published. Readable from any web page (CORS *).',
      querystring: z.object({ year: Year.optional() }).strict(),
      response: { 200: PublicFigures, 400: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const period = resolvePeriod(request.query, app.config.timezone);
      const published = await publishedServices(app.dbRead);
      const counts = await loadFigureCounts(
        { db: app.dbRead, timezone: app.config.timezone },
        published.map((p) => p.service.id),
        {
          period,
          previous: null,
          breakdown: false,
          overall: false,
        },
      );
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=300');
      return {
        period: periodOut(period, app.config.timezone),
        services: published.map(({ service, organisationName }) => {
          const {
            ease: _ease,
            completed: _completed,
            ...figures
          } = summariseTotals(counts.of(service.id).current, { ease: false, completed: false });
          const suppressed = figures.responses < PUBLIC_MIN_RESPONSES;
          return {
            service: { id: service.id, name: service.name, organisation: { id: service.organisationId, name: organisationName } },
            suppressed,
            figures: suppressed ? null : figures,
          };
        }),
      };
    },
  });
}

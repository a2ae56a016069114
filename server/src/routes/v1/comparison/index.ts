import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  COMPARISON_MIN_ORGANISATIONS,
  COMPARISON_MIN_RESPONSES,
  COMPARISON_ROUNDING,
  ErrorEnvelope,
  ProductComparison,
  Slug,
  Year,
} from '@feedbackinstrument/shared';
import { requireVisibleService } from '../../../auth/own-service.js';
import { productComparison } from '../../../comparison/product-comparison.js';
import { currentYear, yearPeriod } from '../../../kernel/calendar.js';

export default async function comparisonRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/services/:serviceId/comparison', {
    // Authentication before validation: without a token, 401 before any 400 or 404.
    onRequest: app.authenticate,
    schema: {
      operationId: 'getServiceComparison',
      tags: ['analysis'],
      summary: 'The same IPDC product at other organisations: median and quartiles of their satisfied shares, rounded to 5 points',
      description:
        `For a service that names its IPDC product (productId): how many other organisations offer the same product with at ` +
        `least ${COMPARISON_MIN_RESPONSES} responses in the year (their services of the product pooled per organisation), ` +
        'the 25th percentile, median and 75th percentile of their satisfied shares (PERCENTILE.INC: linear interpolation ' +
        `between closest ranks, then rounded to whole multiples of ${COMPARISON_ROUNDING} points), and where this service stands ` +
        'against those rounded values (below_p25, between, above_p75). No minimum, maximum or rank among the others. Suppressed (with the reason) when the service names no product ' +
        `or fewer than ${COMPARISON_MIN_ORGANISATIONS} other organisations qualify. No other organisation is ever named. ` +
        'Without `year`: the current year (Brussels time).',
      security: [{ bearer: [] }],
      params: z.object({ serviceId: Slug }),
      querystring: z.object({ year: Year.optional() }).strict(),
      response: { 200: ProductComparison, 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const year = request.query.year ?? currentYear(app.config.timezone);
      return productComparison({ db: app.dbRead, timezone: app.config.timezone }, service, yearPeriod(year));
    },
  });
}

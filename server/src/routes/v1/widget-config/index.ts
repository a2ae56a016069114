import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, LANGUAGES, resolveLinks, Slug } from '@feedbackinstrument/shared';
import { notFound } from '../../../http/api-error.js';
import { findOrganisation } from '../../../organisations/organisations.js';
import { findService } from '../../../services/services.js';

const WidgetConfig = z
  .object({
    serviceId: Slug,
    lang: z.enum(LANGUAGES),
    links: z.object({
      complaintsUrl: z
        .string()
        .nullable()
        .meta({ description: "The complaints procedure: the service's own, else its organisation's; null: none." }),
      privacyUrl: z.string().nullable().meta({ description: 'The privacy notice, linked next to the remark field.' }),
      accessibilityUrl: z
        .string()
        .nullable()
        .meta({ description: '"Report an accessibility problem"; null: the widget shows no such link.' }),
    }),
  })
  .meta({ id: 'WidgetConfig' });

// Short enough that a changed link reaches every page within minutes, without editing any.
const CACHE = 'public, max-age=300, stale-while-revalidate=3600';

/**
 * What the widget learns from the server after a press: the service's links in one language.
 * Public and the same for everyone, so any origin may read it and caches may keep it.
 */
export default async function widgetConfigRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/widget-config/:serviceId', {
    schema: {
      operationId: 'getWidgetConfig',
      tags: ['collection'],
      summary: "A service's links for the widget (complaints, privacy notice, accessibility), in one language",
      params: z.object({ serviceId: Slug }),
      querystring: z.object({ lang: z.enum(LANGUAGES).default('nl') }).strict(),
      response: { 200: WidgetConfig, 400: ErrorEnvelope, 404: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const { serviceId } = request.params;
      const service = await findService(app.db, serviceId);
      if (!service?.active) throw notFound(`There is no active service "${serviceId}".`);
      const organisation = await findOrganisation(app.db, service.organisationId);
      reply.header('cache-control', CACHE).header('access-control-allow-origin', '*');
      return { serviceId, lang: request.query.lang, links: resolveLinks(service, organisation, request.query.lang) };
    },
  });
}

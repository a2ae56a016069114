import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Installation, Slug, type InstallationOrigin } from '@feedbackinstrument/shared';
import { requireVisibleService } from '../../../auth/own-service.js';
import { addDays, localDay } from '../../../figures/period.js';
import { installationOrigins } from '../../../repositories/installation-origins.js';

const REFUSED_DAYS = 30;

export default async function installationRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/services/:serviceId/installation', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'getServiceInstallation',
      tags: ['administration'],
      summary: 'The installation check: where the widget was last shown and answered, and the origins that were refused',
      description:
        'Every allowed origin and every origin seen in the last ~400 days. Days are local (Brussels); refused attempts ' +
        'are those of the last 30 days, counted per day.',
      params: z.object({ serviceId: Slug }),
      response: { 200: Installation, 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const since = addDays(localDay(new Date(), app.config.timezone), -(REFUSED_DAYS - 1));
      const seen = new Map((await installationOrigins(app.db, service.id, since)).map((row) => [row.origin, row]));
      const allowed = new Set(service.allowedOrigins);
      // The allowed origins first (in the service's order, seen or not), then the others seen.
      const origins: InstallationOrigin[] = service.allowedOrigins.map((origin) => ({
        origin,
        lastShownDay: null,
        lastAnsweredDay: null,
        refusedByDay: [],
        ...seen.get(origin),
        allowed: true,
      }));
      for (const row of seen.values()) {
        // An origin refused more than 30 days ago and never shown says nothing any more.
        if (allowed.has(row.origin) || (row.refusedByDay.length === 0 && row.lastShownDay === null && row.lastAnsweredDay === null)) continue;
        origins.push({ ...row, allowed: false });
      }
      return { origins };
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorEnvelope,
  Installation,
  InstallationQuery,
  INSTALLATION_NEW_REFUSED_PER_DAY,
  Slug,
  type InstallationOrigin,
} from '@feedbackinstrument/shared';
import { requireVisibleService } from '../../../auth/own-service.js';
import { addDays, localDay } from '../../../kernel/calendar.js';
import { installationOrigins, OTHER_ORIGINS } from '../../../installation/installation-origins.js';

const REFUSED_DAYS = 30;

export default async function installationRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/services/:serviceId/installation', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'getServiceInstallation',
      tags: ['administration'],
      summary: 'The installation check: where the widget was last shown and answered, and the origins that were refused',
      description:
        'Every allowed origin and every origin seen in the last ~400 days, paginated (`page` from 1, `pageSize` up to 200, ' +
        'default 50; `nextPage` is null on the last page). Days are local (Brussels); refused attempts are those of the last ' +
        `30 days, counted per day. At most ${INSTALLATION_NEW_REFUSED_PER_DAY} origins the service never saw get a row of ` +
        'their own per day when refused; further ones are counted together in `otherOrigins`.',
      params: z.object({ serviceId: Slug }),
      querystring: InstallationQuery,
      response: { 200: Installation, 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const { page, pageSize } = request.query;
      const since = addDays(localDay(new Date(), app.config.timezone), -(REFUSED_DAYS - 1));
      const rows = await installationOrigins(app.db, service.id, since);
      const other = rows.find((row) => row.origin === OTHER_ORIGINS);
      const seen = new Map(rows.filter((row) => row !== other).map((row) => [row.origin, row]));
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
        if (allowed.has(row.origin) || (row.refusedByDay.length === 0 && row.lastShownDay === null && row.lastAnsweredDay === null))
          continue;
        origins.push({ ...row, allowed: false });
      }
      const start = (page - 1) * pageSize;
      return {
        origins: origins.slice(start, start + pageSize),
        otherOrigins: { refusedByDay: other?.refusedByDay ?? [] },
        page,
        pageSize,
        total: origins.length,
        nextPage: start + pageSize < origins.length ? page + 1 : null,
      };
    },
  });
}

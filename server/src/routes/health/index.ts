import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { ErrorEnvelope } from '@feedbackinstrument/shared';
import { ApiError } from '../../http/api-error.js';

const Health = z.object({ status: z.literal('ok') });

export default async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    { schema: { operationId: 'checkAlive', tags: ['operations'], summary: 'The process is alive', response: { 200: Health } } },
    async () => ({
      status: 'ok' as const,
    }),
  );
  r.get(
    '/readyz',
    {
      schema: {
        operationId: 'checkReady',
        tags: ['operations'],
        summary: 'The database is reachable',
        response: { 200: Health.extend({ database: z.enum(['pglite', 'postgres']) }), 503: ErrorEnvelope },
      },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(app.db);
      } catch {
        throw new ApiError(503, 'service_unavailable', 'The database cannot be reached.');
      }
      return { status: 'ok' as const, database: app.dbKind };
    },
  );
}

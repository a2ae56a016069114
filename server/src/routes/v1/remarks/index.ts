import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, RemarksPage, RemarksQuery, Slug, Topics, TopicsQuery } from '@feedbackinstrument/shared';
import { requireVisibleService } from '../../../auth/own-service.js';
import { resolvePeriod } from '../../../figures/period.js';
import { periodOut } from '../../../figures/service-figures.js';
import { notFound } from '../../../http/api-error.js';
import { actorOf, recordAudit } from '../../../audit/record-audit.js';
import { decodeCursor, encodeCursor } from '../../../remarks/cursor.js';
import { toRemark } from '../../../remarks/to-remark.js';
import { eraseRemark, listRemarks } from '../../../repositories/remarks.js';
import { findTopics, MAX_REMARKS_ANALYSED } from '../../../topics/find-topics.js';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope };

export default async function remarkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/services/:serviceId/remarks', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listRemarks', tags: ['analysis'],
      summary: "A service's remarks, newest first",
      description:
        'Cursor-paginated: pass `nextCursor` as `cursor` for the next page (with the same filters). Filters: the period ' +
        '(`year`, or `from`/`to` in Brussels days; default the current year), `score` (one or several) and `q` (free ' +
        'text). Remarks are plain text, already scrubbed of personal data; render them as text. Erased remarks are left out.',
      params: z.object({ serviceId: Slug }),
      querystring: RemarksQuery,
      response: { 200: RemarksPage, ...errors },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const { limit, cursor, score, q } = request.query;
      const period = resolvePeriod(request.query, app.config.timezone);
      const after = cursor === undefined ? null : decodeCursor(cursor);
      // One more than asked: tells whether there is a next page without a count query.
      const rows = await listRemarks(app.db, { serviceId: service.id, period, scores: score, q }, limit + 1, after);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        period: periodOut(period, app.config.timezone),
        remarks: page.map(toRemark),
        nextCursor: rows.length > limit && last ? encodeCursor({ receivedAt: last.position, id: last.id }) : null,
      };
    },
  });

  r.delete('/v1/services/:serviceId/remarks/:responseId', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'eraseRemark',
      tags: ['analysis'],
      summary: 'Erase the text of one remark (on request)',
      description:
        'Erases the remark text of one response for good, e.g. when the person who wrote it asks. The response, its ' +
        'score and the fact that it had a remark stay, so the figures do not change. Idempotent: 204 also when already erased.',
      params: z.object({ serviceId: Slug, responseId: z.uuid() }),
      response: { 204: z.null().meta({ description: 'Erased.' }), ...errors },
    },
    handler: async (request, reply) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const erased = await app.db.transaction().execute(async (trx) => {
        const found = await eraseRemark(trx, service.id, request.params.responseId);
        // The log says which response's remark was erased, never its text.
        if (found) {
          await recordAudit(trx, actorOf(request), {
            action: 'remark.erase',
            organisationId: service.organisationId,
            target: { type: 'response', id: request.params.responseId },
            before: { serviceId: service.id },
          });
        }
        return found;
      });
      if (!erased) throw notFound(`There is no response "${request.params.responseId}" for service "${service.id}".`);
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/services/:serviceId/topics', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listTopics', tags: ['analysis'],
      summary: 'Recurring problems: the topics many remarks share',
      description:
        'The words and phrases that many remarks of the period share, found with PostgreSQL text search in the ' +
        "remark's language (Dutch, French, English, German: stemmed, stop words out). A topic is shared by at least " +
        '`minCount` remarks; a single word mostly said in one phrase gives way to that phrase; a phrase is named by the ' +
        'longer phrase most of its remarks use ("geen vrije dagen" → "kalender toont geen vrije dagen") and counts all ' +
        'its remarks; a negation ("werkt niet") stays part of the phrase; a topic mostly covered by one ranked above it ' +
        'is left out. Each topic has its count, its share of remarks, its trend against the same period one year earlier ' +
        `and up to 3 example remarks. At most the ${MAX_REMARKS_ANALYSED} newest remarks of a period are analysed. ` +
        'No external service is used.',
      params: z.object({ serviceId: Slug }),
      querystring: TopicsQuery,
      response: { 200: Topics, ...errors },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const { limit, minCount, score } = request.query;
      const period = resolvePeriod(request.query, app.config.timezone);
      return findTopics(app.db, { serviceId: service.id, period, scores: score }, { limit, minCount, timezone: app.config.timezone });
    },
  });
}

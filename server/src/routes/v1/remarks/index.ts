import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, RemarksPage, RemarksQuery, Slug, Topics, TopicsQuery } from '@feedbackinstrument/shared';
import { requireVisibleService } from '../../../auth/own-service.js';
import { resolvePeriod } from '../../../kernel/calendar.js';
import { periodOut } from '../../../figures/service-figures.js';
import { eraseRemark } from '../../../remarks/remark-erasure.js';
import { forgetDecodedAnalyses } from '../../../topics/decoded-analyses.js';
import { requestActor } from '../../../changes/run-change.js';
import { decodeCursor, encodeCursor } from '../../../remarks/cursor.js';
import { toRemark } from '../../../remarks/to-remark.js';
import { listRemarks } from '../../../remarks/remarks.js';
import { MAX_REMARKS_ANALYSED } from '../../../topics/find-topics.js';
import { topicsReport } from '../../../topics/topics-report.js';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 404: ErrorEnvelope };

export default async function remarkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/services/:serviceId/remarks', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listRemarks',
      tags: ['analysis'],
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
      await eraseRemark(app.db, requestActor(request), request.params.serviceId, request.params.responseId);
      // Committed: its analysis goes from this instance's memory too (others' within 12 minutes).
      forgetDecodedAnalyses();
      return reply.code(204).send(null);
    },
  });

  r.get('/v1/services/:serviceId/topics', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listTopics',
      tags: ['analysis'],
      summary: 'Recurring problems: the topics many remarks share',
      description:
        'The recurring problems of the period, however users wrote them. Each remark becomes a set of terms when it is ' +
        "written, all in this process (no external service): words are stemmed in the remark's language (Dutch, French, " +
        'English, German; Snowball), stop words left out, a negation ("niet", "ni", "ne … pas", "nicht", "not") kept as the ' +
        'term "¬", a Dutch separable verb put together again ("vul … in" → invullen), and a small concept lexicon makes the ' +
        'same thing one term in every language ("wachtwoord", "mot de passe", "Passwort" → password). Over the period\'s ' +
        'remarks, a Dutch or German compound is split when its parts are written on their own as often ("wachtwoordherstel" ' +
        '→ wachtwoord + herstel), a rare word one or two letters from a frequent one is taken as its typo, and words of one ' +
        'origin in two languages join ("annuleren", "annuler"). General words (a frequency list per language) and the ' +
        "words of the service's name are left out; the remarks are then partitioned (GSDMM), so a remark is in one topic " +
        'at most. A group is a topic when its remarks say its terms together, or when they are complaints. Only this ' +
        "service's remarks count: no other service's remarks change its topics. A topic is shared by at least `minCount` " +
        'remarks; with fewer than 6 remarks, or fewer than `minCount`, there are none (tooFewRemarks). Each topic shows ' +
        'why: its terms with the forms users wrote, and per example remark the words that matched. Its trend compares ' +
        'with the same days one year earlier, both years counted alike (`comparable` and `previous`: a remark counts ' +
        `when it says two of its terms, its one term for a topic of one). At most the ${MAX_REMARKS_ANALYSED} newest remarks of the period are analysed.`,
      params: z.object({ serviceId: Slug }),
      querystring: TopicsQuery,
      response: { 200: Topics, ...errors },
    },
    handler: async (request) => {
      const service = await requireVisibleService(app, request, request.params.serviceId);
      const { limit, minCount, score } = request.query;
      const period = resolvePeriod(request.query, app.config.timezone);
      return topicsReport(app.dbRead, { serviceId: service.id, period, scores: score, limit, minCount, timezone: app.config.timezone });
    },
  });
}

import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorEnvelope, FeedbackAccepted, FeedbackSubmission, resolveLinks, type Service } from '@feedbackinstrument/shared';
import { assertOriginAllowed, foreignOrigin } from '../../../feedback/origin.js';
import { checkFormToken } from '../../../feedback/form-token.js';
import { extractMeta, startMeta, type SubmissionMeta } from '../../../feedback/form-request.js';
import { collectFeedback, recordFeedback } from '../../../feedback/record-feedback.js';
import { requireActiveService, requireCollectionContentType } from '../../../feedback/collection-guards.js';
import { sendResultPage, thanksPage } from '../../../http/form-result-page.js';
import { ApiError } from '../../../http/api-error.js';
import { ownOrigin } from '../../../http/own-origin.js';
import { isDatabaseUnavailable } from '../../../db/unavailable.js';
import { findOrganisation } from '../../../organisations/organisations.js';

const errors = {
  400: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
  413: ErrorEnvelope,
  415: ErrorEnvelope,
  429: ErrorEnvelope,
};

export default async function feedbackRoutes(app: FastifyInstance) {
  app.decorateRequest('submissionMeta', null);

  app.withTypeProvider<ZodTypeProvider>().post('/v1/feedback', {
    bodyLimit: 32 * 1024,
    // Rate-limited by the route itself (app.submissionLimit): the hit is counted in the same
    // statement as the new response, one round trip for both.
    schema: {
      operationId: 'sendFeedback',
      tags: ['collection'],
      summary: 'Send a score, or attach a remark and follow-ups to it',
      description:
        'JSON or an HTML form. 201: a new response. 200: the same submissionId again (a retry, or the follow-up that ' +
        'attaches a remark and follow-ups within an hour). 409: the same submissionId with another score or remark. ' +
        'Remarks are scrubbed of personal data before they are stored.',
      body: FeedbackSubmission,
      response: { 200: FeedbackAccepted, 201: FeedbackAccepted, ...errors },
    },
    // A remark's NUL bytes and lone surrogates are removed, not refused (plugins/app/text-input.ts).
    config: { strippedText: ['remark'] },
    onRequest: [startMeta, requireCollectionContentType],
    preValidation: extractMeta,
    errorHandler: async (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      // A request that fails before its hit was counted (a body that does not parse or is not
      // valid) counts all the same, and past the limit it gets the 429, as when the limit was
      // an onRequest hook. A 415 was answered before that hook, so it does not count.
      const meta = request.submissionMeta;
      const unsupported = error instanceof ApiError && error.statusCode === 415;
      if (meta && !meta.rateCounted && !unsupported && !isDatabaseUnavailable(error)) {
        meta.rateCounted = true;
        try {
          await app.submissionLimit.count(request, reply);
        } catch (limited) {
          if (limited instanceof ApiError) throw limited;
        }
      }
      throw error;
    },
    handler: async (request, reply) => {
      const submission = request.body;
      const meta = request.submissionMeta!;
      const limit = app.submissionLimit;
      if (!meta.viaForm && !meta.honeypotFilled && meta.formToken === null) {
        // JSON with nothing that may be spam: the rate-limit hit, the checks and the insert in one round trip.
        const { outcome } = await collectFeedback(app.db, submission, app.config.timezone, foreignOrigin(request), {
          key: await limit.key(request),
          max: limit.max,
          windowMs: limit.windowMs,
          verdict: (hits, ttlMs) => {
            meta.rateCounted = true;
            limit.verdict(reply, hits, ttlMs);
          },
        });
        return reply.code(outcome.status === 'created' ? 201 : 200).send({ id: outcome.id });
      }
      meta.rateCounted = true;
      await limit.count(request, reply);
      const service = await requireActiveService(app, submission.serviceId);
      assertOriginAllowed(request, service);
      if (await isSpam(app, meta)) {
        // Looks like any other success to the sender; nothing is stored or counted.
        return answer(request, reply, service, 201, randomUUID());
      }
      const outcome = await recordFeedback(app.db, service, submission, app.config.timezone);
      return answer(request, reply, service, outcome.status === 'created' ? 201 : 200, outcome.id);
    },
  });
}

async function isSpam(app: FastifyInstance, meta: SubmissionMeta): Promise<boolean> {
  if (meta.honeypotFilled) return true;
  if (meta.formToken === null) return false;
  return checkFormToken(await app.formSecret(), meta.formToken, app.config.minFormFillMs) !== 'ok';
}

async function answer(request: FastifyRequest, reply: FastifyReply, service: Service, status: 200 | 201, id: string) {
  const meta = request.submissionMeta!;
  if (!meta.viaForm) return reply.code(status).send({ id });
  const back = safeReturnTo(request, service, meta.returnTo);
  if (back) return reply.redirect(back, 303);
  if (!meta.html) return reply.code(status).send({ id });
  const organisation = await findOrganisation(request.server.db, service.organisationId);
  return sendResultPage(reply.code(status), thanksPage(meta.lang, null, resolveLinks(service, organisation, meta.lang)));
}

/** The form may send the user back only to a page on an origin the service allows. */
function safeReturnTo(request: FastifyRequest, service: Service, returnTo: string | null): string | null {
  if (!returnTo) return null;
  try {
    const url = new URL(returnTo);
    const own = ownOrigin(request.server);
    if (url.origin !== own && !service.allowedOrigins.includes(url.origin)) return null;
    url.hash = 'feedback-bedankt';
    return url.toString();
  } catch {
    return null;
  }
}

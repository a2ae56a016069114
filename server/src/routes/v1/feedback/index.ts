import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorEnvelope, FeedbackAccepted, FeedbackSubmission, type Service } from '@feedbackinstrument/shared';
import { assertOriginAllowed, foreignOrigin } from '../../../feedback/origin.js';
import { checkFormToken } from '../../../feedback/form-token.js';
import { extractMeta, startMeta, type SubmissionMeta } from '../../../feedback/form-request.js';
import { collectFeedback, recordFeedback } from '../../../feedback/record-feedback.js';
import { requireActiveService, requireCollectionContentType } from '../../../feedback/collection-guards.js';
import { sendResultPage, thanksPage } from '../../../html/result-page.js';

const errors = { 400: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 409: ErrorEnvelope, 413: ErrorEnvelope, 415: ErrorEnvelope, 429: ErrorEnvelope };

export default async function feedbackRoutes(app: FastifyInstance) {
  app.decorateRequest('submissionMeta', null);

  app.withTypeProvider<ZodTypeProvider>().post('/v1/feedback', {
    bodyLimit: 32 * 1024,
    config: { rateLimit: {} },
    schema: {
      tags: ['collection'],
      summary: 'Send a score, or attach a remark and follow-ups to it',
      description:
        'JSON or an HTML form. 201: a new response. 200: the same submissionId again (a retry, or the follow-up that ' +
        'attaches a remark and follow-ups within an hour). 409: the same submissionId with another score or remark. ' +
        'Remarks are scrubbed of personal data before they are stored.',
      body: FeedbackSubmission,
      response: { 200: FeedbackAccepted, 201: FeedbackAccepted, ...errors },
    },
    onRequest: [startMeta, requireCollectionContentType],
    preValidation: extractMeta,
    handler: async (request, reply) => {
      const submission = request.body;
      const meta = request.submissionMeta!;
      if (!meta.honeypotFilled && meta.formToken === null) {
        // Nothing that may be spam: checks and insert in one round trip.
        const { service, outcome } = await collectFeedback(app.db, submission, app.config.timezone, foreignOrigin(request));
        return answer(request, reply, service, outcome.status === 'created' ? 201 : 200, outcome.id);
      }
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

function answer(request: FastifyRequest, reply: FastifyReply, service: Service, status: 200 | 201, id: string) {
  const meta = request.submissionMeta!;
  if (!meta.viaForm) return reply.code(status).send({ id });
  const back = safeReturnTo(request, service, meta.returnTo);
  if (back) return reply.redirect(back, 303);
  if (!meta.html) return reply.code(status).send({ id });
  return sendResultPage(reply.code(status), thanksPage(meta.lang, null));
}

/** The form may send the user back only to a page on an origin the service allows. */
function safeReturnTo(request: FastifyRequest, service: Service, returnTo: string | null): string | null {
  if (!returnTo) return null;
  try {
    const url = new URL(returnTo);
    const own = `${request.protocol}://${request.host}`;
    if (url.origin !== own && !service.allowedOrigins.includes(url.origin)) return null;
    url.hash = 'feedback-bedankt';
    return url.toString();
  } catch {
    return null;
  }
}

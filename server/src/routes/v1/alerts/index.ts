import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AlertDeliveries,
  AlertEvaluation,
  AlertSubscription,
  AlertSubscriptionInput,
  CreatedAlertSubscription,
  ErrorEnvelope,
  Slug,
} from '@feedbackinstrument/shared';
import { summaryOf } from '../../../alerts/alert-messages.js';
import { requestActor } from '../../../changes/run-change.js';
import { createAlertSubscription, deleteAlertSubscription, originOnly } from '../../../alerts/subscription-changes.js';
import { mayChange } from '../../../kernel/principal.js';
import { notFound } from '../../../http/api-error.js';
import { insertAlertEvents, listDeliveries } from '../../../alerts/alert-events.js';
import { findAlertSubscription, listAlertSubscriptions, toAlertSubscription } from '../../../alerts/alert-subscriptions.js';

const security = [{ bearer: [] }];
/** Tests of one subscription per minute: enough to try a receiver, too few to probe with. */
export const TEST_LIMIT = { max: 5, timeWindow: 60_000 };
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };
const Params = z.object({ subscriptionId: z.uuid() });
const unknownSubscription = () => notFound('There is no alert subscription with this id.');

export default async function alertRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** The caller's organisation scope: null for admins (every organisation). */
  const scopeOf = (request: { principal: { admin: boolean; organisationId: string | null } | null }) =>
    request.principal!.admin ? null : request.principal!.organisationId;

  r.post('/v1/alert-subscriptions', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'createAlertSubscription',
      tags: ['alerts'],
      summary: 'Subscribe a webhook or an e-mail address to alert events; a webhook secret is shown once',
      description:
        'Events: topic.rising, satisfaction.dropped, digest.weekly and test. Webhooks must be https on a public address ' +
        '(unless WEBHOOK_ALLOW_INSECURE=true) and are signed by the Standard Webhooks specification with the whsec_… secret ' +
        'in this answer, which is never shown again.',
      security,
      body: AlertSubscriptionInput,
      response: { 201: CreatedAlertSubscription, ...errors },
    },
    handler: async (request, reply) => {
      const created = await createAlertSubscription(app.db, requestActor(request), request.body, {
        allowInsecure: app.config.alerts.allowInsecure,
      });
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  });

  r.get('/v1/alert-subscriptions', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listAlertSubscriptions',
      tags: ['alerts'],
      summary: "List alert subscriptions (admin: all, or one organisation's; others: their organisation's), without secrets",
      description:
        'An analyst sees a webhook URL as its origin only (`https://host/…`): paths and queries of webhooks are often secrets themselves.',
      security,
      querystring: z.object({ organisation: Slug.optional() }).strict(),
      response: { 200: z.object({ subscriptions: z.array(AlertSubscription) }), ...errors },
    },
    handler: async (request) => {
      const scope = scopeOf(request) ?? request.query.organisation ?? null;
      const full = mayChange(request.principal!);
      const subscriptions = (await listAlertSubscriptions(app.db, scope)).map(toAlertSubscription);
      return { subscriptions: full ? subscriptions : subscriptions.map((s) => ({ ...s, url: originOnly(s.url) })) };
    },
  });

  r.delete('/v1/alert-subscriptions/:subscriptionId', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'deleteAlertSubscription',
      tags: ['alerts'],
      summary: 'Delete an alert subscription, its pending events and its delivery log',
      security,
      params: Params,
      response: { 204: z.undefined(), ...errors },
    },
    handler: async (request, reply) => {
      await deleteAlertSubscription(app.db, requestActor(request), request.params.subscriptionId);
      return reply.code(204).send();
    },
  });

  r.post('/v1/alert-subscriptions/:subscriptionId/test', {
    onRequest: app.requireManager,
    // At most TEST_LIMIT tests per subscription per minute, counted in the database (every
    // instance), after authentication and validation: 429 with Retry-After past it.
    config: {
      rateLimit: {
        ...TEST_LIMIT,
        hook: 'preHandler',
        keyGenerator: (request: FastifyRequest) => (request.params as { subscriptionId: string }).subscriptionId,
      },
    },
    schema: {
      operationId: 'testAlertSubscription',
      tags: ['alerts'],
      summary: 'Send a test event to the subscription at once (see its deliveries for the outcome)',
      description: `At most ${TEST_LIMIT.max} per subscription per minute (429 with Retry-After past that).`,
      security,
      params: Params,
      response: { 202: z.object({ eventId: z.uuid() }), ...errors, 429: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const row = await findAlertSubscription(app.db, request.params.subscriptionId, scopeOf(request));
      if (!row) throw unknownSubscription();
      const data = { organisationId: row.organisation_id, subscriptionId: row.id };
      const language = row.language;
      const [event] = await insertAlertEvents(
        app.db,
        [
          {
            subscriptionId: row.id,
            type: 'test',
            key: `test|${randomUUID()}`,
            data: { ...data, summary: summaryOf({ type: 'test', data }, language) },
          },
        ],
        new Date(),
      );
      // Sent in the background: a slow receiver never holds up this answer.
      app.alerts.deliverSoon();
      return reply.code(202).send({ eventId: event!.id });
    },
  });

  r.get('/v1/alert-subscriptions/:subscriptionId/deliveries', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listAlertDeliveries',
      tags: ['alerts'],
      summary: "A subscription's newest events with every delivery attempt",
      security,
      params: Params,
      response: { 200: AlertDeliveries, ...errors },
    },
    handler: async (request) => {
      const row = await findAlertSubscription(app.db, request.params.subscriptionId, scopeOf(request));
      if (!row) throw unknownSubscription();
      return { deliveries: await listDeliveries(app.db, row.id) };
    },
  });

  r.post('/v1/alerts/evaluate', {
    onRequest: app.requireAdmin,
    schema: {
      operationId: 'evaluateAlerts',
      tags: ['alerts'],
      summary: 'Evaluate every alert rule now (admin); instances also do it on a schedule',
      description: 'Events made before, by any instance, are not made again: each is delivered once per subscription.',
      security,
      response: { 200: AlertEvaluation, ...errors },
    },
    handler: async () => {
      const now = new Date();
      const created = await app.alerts.evaluate(now);
      return { evaluatedAt: now.toISOString(), created };
    },
  });
}

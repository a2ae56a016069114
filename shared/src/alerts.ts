// Alert subscriptions (webhook or e-mail) and their deliveries. Annotations are in annotations.ts.
import { z } from 'zod';
import { LANGUAGES } from './constants.js';
import { Slug } from './slug.js';

/** What a subscription can be told. `test` is sent on request only. */
export const ALERT_EVENTS = ['topic.rising', 'satisfaction.dropped', 'digest.weekly', 'test'] as const;
export type AlertEventType = (typeof ALERT_EVENTS)[number];
export const ALERT_CHANNELS = ['webhook', 'email'] as const;

const common = {
  organisationId: Slug,
  events: z
    .array(z.enum(ALERT_EVENTS))
    .min(1)
    .max(ALERT_EVENTS.length)
    .refine((events) => new Set(events).size === events.length, 'each event once')
    .meta({ description: 'topic.rising, satisfaction.dropped, digest.weekly and/or test.' }),
  services: z
    .array(Slug)
    .min(1)
    .max(500)
    .optional()
    .meta({ description: 'Only these services of the organisation; absent: all of them, also those added later.' }),
  language: z.enum(LANGUAGES).default('nl').meta({ description: 'The language of e-mails and of texts in webhook payloads.' }),
  includeRemarks: z.boolean().default(false).meta({ description: 'Send example remark texts along (default false: counts only).' }),
};

export const AlertSubscriptionInput = z
  .discriminatedUnion('channel', [
    z
      .object({
        channel: z.literal('webhook'),
        url: z
          .url({ protocol: /^https?$/, error: 'an https URL on a public address, e.g. "https://hooks.example.be/feedback"' })
          .max(2000)
          .meta({ description: 'https on a public address (http and private addresses only with WEBHOOK_ALLOW_INSECURE=true).' }),
        ...common,
      })
      .strict(),
    z
      .object({
        channel: z.literal('email'),
        email: z.email({ error: 'an e-mail address such as "team@gent.be"' }).max(320),
        ...common,
      })
      .strict(),
  ])
  .meta({ id: 'NewAlertSubscription' });
export type AlertSubscriptionInput = z.infer<typeof AlertSubscriptionInput>;

export const AlertSubscription = z
  .object({
    id: z.uuid(),
    organisationId: z.string(),
    channel: z.enum(ALERT_CHANNELS),
    url: z.string().nullable(),
    email: z.string().nullable(),
    events: z.array(z.enum(ALERT_EVENTS)),
    services: z.array(z.string()).nullable().meta({ description: 'null: every service of the organisation.' }),
    language: z.enum(LANGUAGES),
    includeRemarks: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'AlertSubscription' });
export type AlertSubscription = z.infer<typeof AlertSubscription>;

export const CreatedAlertSubscription = AlertSubscription.extend({
  secret: z.string().nullable().meta({ description: 'Webhooks: the whsec_… signing secret, shown this once. null for e-mail.' }),
}).meta({ id: 'CreatedAlertSubscription' });
export type CreatedAlertSubscription = z.infer<typeof CreatedAlertSubscription>;

/**
 * The kinds of delivery failure a manager is shown: never the network's own answer or error
 * message (which would let a subscription probe hosts and ports).
 */
export const DELIVERY_ERRORS = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'unreachable',
  'dns',
  'tls',
  'refused_address',
  'redirect',
  'http_status 4xx',
  'http_status 5xx',
  'http_status other',
  'smtp_not_configured',
  'smtp_auth',
  'smtp_refused',
  'error',
] as const;
export type DeliveryError = (typeof DELIVERY_ERRORS)[number];

export const DeliveryAttempt = z.object({
  attempt: z.number().int().min(1),
  at: z.string(),
  outcome: z.enum(['delivered', 'failed']),
  httpStatus: z.number().int().nullable(),
  error: z
    .enum(DELIVERY_ERRORS)
    .nullable()
    .meta({
      description:
        'The kind of failure, never the raw answer: timeout, connection_refused, connection_reset, unreachable, dns, tls, ' +
        'refused_address (the host resolves to a private or special address), redirect (not followed), http_status 4xx / 5xx / ' +
        'other, smtp_not_configured, smtp_auth, smtp_refused, error (anything else). null when delivered.',
    }),
  durationMs: z.number().int().min(0),
});

export const AlertDelivery = z
  .object({
    eventId: z.uuid().meta({ description: 'Also the webhook-id header: the same on every attempt.' }),
    type: z.enum(ALERT_EVENTS),
    key: z.string().meta({ description: 'What the event is about (period, service, topic): one event per key and subscription.' }),
    createdAt: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']).meta({ description: 'failed: given up after 24 hours of retries.' }),
    nextAttemptAt: z.string().nullable(),
    attempts: z.array(DeliveryAttempt).meta({ description: 'Every attempt, the first first.' }),
  })
  .meta({ id: 'AlertDelivery' });
export type AlertDelivery = z.infer<typeof AlertDelivery>;

export const AlertDeliveries = z
  .object({ deliveries: z.array(AlertDelivery).meta({ description: 'Newest first (at most 100).' }) })
  .meta({ id: 'AlertDeliveries' });
export type AlertDeliveries = z.infer<typeof AlertDeliveries>;

export const AlertEvaluation = z
  .object({
    evaluatedAt: z.string(),
    created: z.array(z.object({ subscriptionId: z.uuid(), type: z.enum(ALERT_EVENTS), key: z.string() })).meta({
      description: 'The events this evaluation made; events made before (by any instance) are not made again.',
    }),
  })
  .meta({ id: 'AlertEvaluation' });
export type AlertEvaluation = z.infer<typeof AlertEvaluation>;

import {
  AlertDeliveries,
  AlertSubscription,
  type AlertSubscriptionInput,
  CreatedAlertSubscription,
  Service,
} from '@feedbackinstrument/shared';
import { z } from 'zod';
import { requestJson } from '../kernel/api-client.js';

// Alert subscriptions, through the same public API a script would use.

export const listServices = (signal?: AbortSignal) =>
  requestJson('/v1/services', z.object({ services: z.array(Service) }), { signal }).then((r) => r.services);

export const listSubscriptions = (signal?: AbortSignal) =>
  requestJson('/v1/alert-subscriptions', z.object({ subscriptions: z.array(AlertSubscription) }), { signal }).then((r) => r.subscriptions);

export const createSubscription = (input: z.input<typeof AlertSubscriptionInput>) =>
  requestJson('/v1/alert-subscriptions', CreatedAlertSubscription, { method: 'POST', body: input });

export const deleteSubscription = (id: string) =>
  requestJson(`/v1/alert-subscriptions/${encodeURIComponent(id)}`, z.null(), { method: 'DELETE' });

export const sendTest = (id: string) =>
  requestJson(`/v1/alert-subscriptions/${encodeURIComponent(id)}/test`, z.object({ eventId: z.string() }), { method: 'POST' });

export const listDeliveries = (id: string, signal?: AbortSignal) =>
  requestJson(`/v1/alert-subscriptions/${encodeURIComponent(id)}/deliveries`, AlertDeliveries, { signal }).then((r) => r.deliveries);

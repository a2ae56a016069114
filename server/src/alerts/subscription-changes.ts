import type { Kysely } from 'kysely';
import { AlertSubscriptionInput, type AlertSubscription } from '@feedbackinstrument/shared';
import { webhookUrlProblem } from './public-address.js';
import { newWebhookSecret } from './sign-webhook.js';
import { canAccessOrganisation } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { badRequest, notFound } from '../http/api-error.js';
import { organisationExists } from '../organisations/organisations.js';
import { deleteAlertSubscription as deleteSubscriptionRow, insertAlertSubscription, toAlertSubscription } from './alert-subscriptions.js';
import { checkInput, runChange, type ChangeActor } from '../changes/run-change.js';

/** A webhook URL as its origin only: paths and queries of chat webhooks are often secrets themselves. */
export const originOnly = (url: string | null) => (url === null ? null : `${new URL(url).origin}/…`);

/** What the audit log keeps of a subscription: its settings, never its secret, and of a webhook URL only its origin. */
const audited = (s: AlertSubscription) => ({
  channel: s.channel,
  url: originOnly(s.url),
  email: s.email,
  events: s.events,
  services: s.services,
  language: s.language,
  includeRemarks: s.includeRemarks,
});

/** The organisation scope of an actor: null for admins (every organisation). */
const scopeOf = (actor: ChangeActor) => (actor.principal.admin ? null : actor.principal.organisationId);

/**
 * Subscribes a webhook or an e-mail address of an organisation the actor may manage. A
 * webhook must pass the address rules (alerts/public-address.ts); its secret is returned this once.
 */
export async function createAlertSubscription(
  db: Kysely<Database>,
  actor: ChangeActor,
  input: unknown,
  options: { allowInsecure: boolean },
): Promise<AlertSubscription & { secret: string | null }> {
  const data = checkInput(AlertSubscriptionInput, input);
  // Another organisation is answered exactly like an unknown one.
  if (!canAccessOrganisation(actor.principal, data.organisationId) || !(await organisationExists(db, data.organisationId))) {
    throw badRequest(`There is no organisation "${data.organisationId}".`, [
      { path: 'organisationId', message: 'not an organisation of yours' },
    ]);
  }
  if (data.channel === 'webhook') {
    const problem = await webhookUrlProblem(data.url, options.allowInsecure);
    if (problem) throw badRequest(`The webhook URL is refused: it ${problem}.`, [{ path: 'url', message: problem }]);
  }
  const services = data.services ? [...new Set(data.services)] : null;
  if (services) {
    const found = new Set(
      (
        await db
          .selectFrom('services')
          .select('id')
          .where('organisation_id', '=', data.organisationId)
          .where('id', 'in', services)
          .execute()
      ).map((s) => s.id),
    );
    const details = services.flatMap((id, i) =>
      found.has(id) ? [] : [{ path: `services.${i}`, message: `"${id}" is not a service of ${data.organisationId}` }],
    );
    if (details.length > 0) throw badRequest('Some services are not services of this organisation.', details);
  }
  const secret = data.channel === 'webhook' ? newWebhookSecret() : null;
  const created = await runChange(db, actor, async ({ trx, audit }) => {
    const row = await insertAlertSubscription(trx, {
      organisationId: data.organisationId,
      channel: data.channel,
      url: data.channel === 'webhook' ? data.url : null,
      email: data.channel === 'email' ? data.email : null,
      events: data.events,
      services,
      language: data.language,
      includeRemarks: data.includeRemarks,
      secret,
    });
    const subscription = toAlertSubscription(row);
    await audit({
      action: 'alert-subscription.create',
      organisationId: subscription.organisationId,
      target: { type: 'alert-subscription', id: subscription.id },
      after: audited(subscription),
    });
    return subscription;
  });
  return { ...created, secret };
}

/** Deletes a subscription (with its pending events and delivery log); 404 outside the actor's organisation. */
export function deleteAlertSubscription(db: Kysely<Database>, actor: ChangeActor, subscriptionId: string): Promise<void> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const row = await deleteSubscriptionRow(trx, subscriptionId, scopeOf(actor));
    if (!row) throw notFound('There is no alert subscription with this id.');
    await audit({
      action: 'alert-subscription.delete',
      organisationId: row.organisation_id,
      target: { type: 'alert-subscription', id: row.id },
      before: audited(toAlertSubscription(row)),
    });
  });
}

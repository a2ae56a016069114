import type { Kysely, Selectable } from 'kysely';
import type { AlertEventType, AlertSubscription } from '@feedbackinstrument/shared';
import type { AlertSubscriptionsTable, Database } from '../db/database.js';

export type AlertSubscriptionRow = Selectable<AlertSubscriptionsTable>;

export function toAlertSubscription(row: AlertSubscriptionRow): AlertSubscription {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    channel: row.channel,
    url: row.url,
    email: row.email,
    events: row.events as AlertEventType[],
    services: row.services,
    language: row.language,
    includeRemarks: row.include_remarks,
    createdAt: row.created_at.toISOString(),
  };
}

export interface NewAlertSubscription {
  organisationId: string;
  channel: 'webhook' | 'email';
  url: string | null;
  email: string | null;
  events: string[];
  services: string[] | null;
  language: AlertSubscriptionRow['language'];
  includeRemarks: boolean;
  secret: string | null;
}

export async function insertAlertSubscription(db: Kysely<Database>, input: NewAlertSubscription): Promise<AlertSubscriptionRow> {
  return db
    .insertInto('alert_subscriptions')
    .values({
      organisation_id: input.organisationId,
      channel: input.channel,
      url: input.url,
      email: input.email,
      events: input.events,
      services: input.services,
      language: input.language,
      include_remarks: input.includeRemarks,
      secret: input.secret,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Subscriptions of one organisation, or of all (null), oldest first. */
export async function listAlertSubscriptions(db: Kysely<Database>, organisationId: string | null): Promise<AlertSubscriptionRow[]> {
  let query = db.selectFrom('alert_subscriptions').selectAll();
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** One subscription, if it belongs to the organisation (null: any, for admins). */
export async function findAlertSubscription(
  db: Kysely<Database>,
  id: string,
  organisationId: string | null,
): Promise<AlertSubscriptionRow | null> {
  let query = db.selectFrom('alert_subscriptions').selectAll().where('id', '=', id);
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  return (await query.executeTakeFirst()) ?? null;
}

/** Deletes a subscription with its events and delivery log; null when there is none to delete. */
export async function deleteAlertSubscription(
  db: Kysely<Database>,
  id: string,
  organisationId: string | null,
): Promise<AlertSubscriptionRow | null> {
  let query = db.deleteFrom('alert_subscriptions').where('id', '=', id);
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  return (await query.returningAll().executeTakeFirst()) ?? null;
}

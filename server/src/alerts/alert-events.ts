import { sql, type Kysely } from 'kysely';
import type { AlertDelivery, AlertEventType } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { scrubRemarksFromOutbox } from '../remarks/outbox-remarks.js';
import { shownError } from './delivery-error.js';

export interface NewAlertEvent {
  subscriptionId: string;
  type: AlertEventType;
  /** What the event is about; one event per (subscription, type, key), whoever inserts it first. */
  key: string;
  data: unknown;
  /** The responses whose remark texts `data` carries (topic.rising examples), in their order: erasure scrubs them. */
  remarkIds?: readonly string[];
  /** The service of those responses. */
  serviceId?: string;
}

/**
 * Adds events to the outbox. Two instances evaluating at the same time insert the same keys;
 * ON CONFLICT DO NOTHING keeps the first, so each event exists once. Returns the new ones.
 */
export async function insertAlertEvents(
  db: Kysely<Database>,
  events: readonly NewAlertEvent[],
  at: Date,
): Promise<Array<{ id: string; subscriptionId: string; type: AlertEventType; key: string }>> {
  if (events.length === 0) return [];
  const carried = events.flatMap((e) => (e.serviceId ? (e.remarkIds ?? []).map((id) => ({ serviceId: e.serviceId!, id })) : []));
  if (carried.length === 0) return insertEvents(db, events, at);
  // The examples' texts were read before: a remark erased since then must not reach the
  // outbox. Its responses are locked (FOR SHARE), so an erasure either committed before (its
  // remark is null here, and its copies are scrubbed below) or waits for this insert and then
  // scrubs the new event itself (remarks/outbox-remarks.ts).
  return db.transaction().execute(async (trx) => {
    const present = await trx
      .selectFrom('responses')
      .select(['id', 'remark'])
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple('service_id', 'id'),
          'in',
          carried.map((c) => tuple(c.serviceId, c.id)),
        ),
      )
      .forShare()
      .execute();
    const kept = new Set(present.filter((r) => r.remark !== null).map((r) => r.id));
    const inserted = await insertEvents(trx, events, at);
    await scrubRemarksFromOutbox(trx, [...new Set(carried.map((c) => c.id).filter((id) => !kept.has(id)))]);
    return inserted;
  });
}

async function insertEvents(
  db: Kysely<Database>,
  events: readonly NewAlertEvent[],
  at: Date,
): Promise<Array<{ id: string; subscriptionId: string; type: AlertEventType; key: string }>> {
  const rows = await db
    .insertInto('alert_events')
    .values(
      events.map((e) => ({
        subscription_id: e.subscriptionId,
        type: e.type,
        key: e.key,
        payload: JSON.stringify({ type: e.type, timestamp: at.toISOString(), data: e.data }),
        remark_ids: sql<string[]>`${[...(e.remarkIds ?? [])]}::uuid[]`,
      })),
    )
    .onConflict((oc) => oc.columns(['subscription_id', 'type', 'key']).doNothing())
    .returning(['id', 'subscription_id', 'type', 'key'])
    .execute();
  return rows.map((r) => ({ id: r.id, subscriptionId: r.subscription_id, type: r.type, key: r.key }));
}

export interface ClaimedEvent {
  id: string;
  subscription_id: string;
  type: AlertEventType;
  payload: unknown;
  created_at: Date;
  attempts: number;
}

/**
 * Claims up to `limit` due events for this instance: rows another instance is claiming are
 * skipped (SKIP LOCKED), and a claimed row is leased (next_attempt_at moves on by leaseMs),
 * so that an instance that dies while sending leaves the event to be retried, not lost.
 */
export async function claimDueEvents(db: Kysely<Database>, limit: number, leaseMs: number): Promise<ClaimedEvent[]> {
  return db
    .updateTable('alert_events')
    .set({ attempts: sql<number>`attempts + 1`, next_attempt_at: sql<Date>`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where('id', 'in', (qb) =>
      qb
        .selectFrom('alert_events')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', sql<Date>`now()`)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'subscription_id', 'type', 'payload', 'created_at', 'attempts'])
    .execute() as Promise<ClaimedEvent[]>;
}

export interface AttemptResult {
  eventId: string;
  attempt: number;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  /** For a failure: when to try again, or null to give up. */
  retryAt: Date | null;
}

/** Logs one attempt and moves its event on (delivered, retry later, or given up), in one transaction. */
export async function recordAttempt(db: Kysely<Database>, result: AttemptResult): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('alert_deliveries')
      .values({
        event_id: result.eventId,
        attempt: result.attempt,
        outcome: result.ok ? 'delivered' : 'failed',
        http_status: result.httpStatus,
        error: result.error?.slice(0, 500) ?? null,
        duration_ms: Math.round(result.durationMs),
      })
      .onConflict((oc) => oc.columns(['event_id', 'attempt']).doNothing())
      .execute();
    const update = trx.updateTable('alert_events').where('id', '=', result.eventId).where('attempts', '=', result.attempt);
    if (result.ok) await update.set({ status: 'delivered', finished_at: sql<Date>`now()` }).execute();
    else if (result.retryAt === null) await update.set({ status: 'failed', finished_at: sql<Date>`now()` }).execute();
    else await update.set({ next_attempt_at: result.retryAt }).execute();
  });
}

/** The newest events of a subscription with every attempt, for GET …/deliveries. */
export async function listDeliveries(db: Kysely<Database>, subscriptionId: string, limit = 100): Promise<AlertDelivery[]> {
  const events = await db
    .selectFrom('alert_events')
    .select(['id', 'type', 'key', 'created_at', 'status', 'next_attempt_at'])
    .where('subscription_id', '=', subscriptionId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  if (events.length === 0) return [];
  const attempts = await db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where(
      'event_id',
      'in',
      events.map((e) => e.id),
    )
    .orderBy('attempt')
    .execute();
  return events.map((e) => ({
    eventId: e.id,
    type: e.type,
    key: e.key,
    createdAt: e.created_at.toISOString(),
    status: e.status,
    nextAttemptAt: e.status === 'pending' ? e.next_attempt_at.toISOString() : null,
    attempts: attempts
      .filter((a) => a.event_id === e.id)
      .map((a) => ({
        attempt: a.attempt,
        at: a.at.toISOString(),
        outcome: a.outcome,
        httpStatus: a.http_status,
        error: shownError(a.error),
        durationMs: a.duration_ms,
      })),
  }));
}

/**
 * Takes the turn of a scheduled evaluation: true for the one instance whose claim lands
 * first in a period of `everyMs` (the others skip it: the work would only find that every
 * event exists already).
 */
export async function takeEvaluationTurn(db: Kysely<Database>, everyMs: number): Promise<boolean> {
  const row = await db
    .insertInto('alert_schedule')
    .values({ id: 1, last_started_at: sql<Date>`now()` })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ last_started_at: sql<Date>`now()` })
        .where('alert_schedule.last_started_at', '<', sql<Date>`now() - make_interval(secs => ${(everyMs * 0.9) / 1000})`),
    )
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

import { sql, type Kysely, type RawBuilder } from 'kysely';
import { INSTALLATION_NEW_REFUSED_PER_DAY } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';

export type InstallationEvent = 'shown' | 'answered' | 'refused';

/**
 * The row that counts refusals of origins past the day's budget together ("other origins").
 * Not an origin (no scheme), so no real origin can be mistaken for it.
 */
export const OTHER_ORIGINS = 'other';
/** At most this many origins a service has never seen get a row of their own per local day when refused. */
export const NEW_REFUSED_ORIGINS_PER_DAY = INSTALLATION_NEW_REFUSED_PER_DAY;

/**
 * Notes one event of an embedding origin on today's local day. Shown and answered are
 * idempotent flags (safe however many instances write them); a refusal adds one to the
 * day's count. The service row must exist (the routes only get here after finding it).
 */
export async function recordInstallationEvent(
  db: Kysely<Database>,
  event: InstallationEvent,
  serviceId: string,
  origin: string,
  timezone: string,
  /** Internal, for tests: the instant instead of now. */
  at?: Date,
): Promise<void> {
  const instant = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  const day = sql<string>`(${instant} AT TIME ZONE ${timezone})::date`;
  if (event === 'refused') return recordRefusal(db, serviceId, origin, day);
  await db
    .insertInto('installation_origins')
    .values({ service_id: serviceId, origin, day, shown: event === 'shown', answered: event === 'answered' })
    .onConflict((oc) => oc.columns(['service_id', 'origin', 'day']).doUpdateSet(event === 'shown' ? { shown: true } : { answered: true }))
    .execute();
}

/**
 * A refused attempt. Anyone can send any Origin header, so an origin the service has never
 * seen gets a row of its own only while fewer than NEW_REFUSED_ORIGINS_PER_DAY refused-only
 * origins have one that day; past that, the refusal is counted on the day's OTHER_ORIGINS row.
 * A transaction-scoped advisory lock per service makes the count and the insert one step for
 * every instance, so the budget holds under concurrent requests.
 */
async function recordRefusal(db: Kysely<Database>, serviceId: string, origin: string, day: RawBuilder<string>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`installation-refused:${serviceId}`}))`.execute(trx);
    const known = await trx
      .selectFrom('installation_origins')
      .select('day')
      .where('service_id', '=', serviceId)
      .where('origin', '=', origin)
      .limit(1)
      .executeTakeFirst();
    let stored = origin;
    if (!known) {
      const { n } = await trx
        .selectFrom('installation_origins')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('service_id', '=', serviceId)
        .where('day', '=', day)
        .where('origin', '<>', OTHER_ORIGINS)
        .where('refused', '>', 0)
        .where('shown', '=', false)
        .where('answered', '=', false)
        .executeTakeFirstOrThrow();
      if (Number(n) >= NEW_REFUSED_ORIGINS_PER_DAY) stored = OTHER_ORIGINS;
    }
    await trx
      .insertInto('installation_origins')
      .values({ service_id: serviceId, origin: stored, day, refused: 1 })
      .onConflict((oc) =>
        oc.columns(['service_id', 'origin', 'day']).doUpdateSet({ refused: sql<number>`installation_origins.refused + 1` }),
      )
      .execute();
  });
}

export interface InstallationOriginRow {
  origin: string;
  lastShownDay: string | null;
  lastAnsweredDay: string | null;
  refusedByDay: { day: string; count: number }[];
}

/** Per origin of a service: the last local day it was shown and answered, and its refusals per day since `refusedSince`. */
export async function installationOrigins(db: Kysely<Database>, serviceId: string, refusedSince: string): Promise<InstallationOriginRow[]> {
  const rows = await db
    .selectFrom('installation_origins')
    .select(['origin', sql<string>`day::text`.as('day'), 'shown', 'answered', 'refused'])
    .where('service_id', '=', serviceId)
    .orderBy('origin')
    .orderBy('day', 'desc')
    .execute();
  const byOrigin = new Map<string, InstallationOriginRow>();
  for (const row of rows) {
    let entry = byOrigin.get(row.origin);
    if (!entry) {
      entry = { origin: row.origin, lastShownDay: null, lastAnsweredDay: null, refusedByDay: [] };
      byOrigin.set(row.origin, entry);
    }
    // Days come newest first, so the first flag seen is the last day.
    if (row.shown && entry.lastShownDay === null) entry.lastShownDay = row.day;
    if (row.answered && entry.lastAnsweredDay === null) entry.lastAnsweredDay = row.day;
    if (row.refused > 0 && row.day >= refusedSince) entry.refusedByDay.push({ day: row.day, count: row.refused });
  }
  return [...byOrigin.values()];
}

/** Deletes the rows of local days before `before` (YYYY-MM-DD); returns how many. */
export async function pruneInstallationOrigins(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('installation_origins').where('day', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

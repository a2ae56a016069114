import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export type InstallationEvent = 'shown' | 'answered' | 'refused';

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
  await db
    .insertInto('installation_origins')
    .values({ service_id: serviceId, origin, day, shown: event === 'shown', answered: event === 'answered', refused: event === 'refused' ? 1 : 0 })
    .onConflict((oc) =>
      oc.columns(['service_id', 'origin', 'day']).doUpdateSet(
        event === 'refused'
          ? { refused: sql<number>`installation_origins.refused + 1` }
          : event === 'shown'
            ? { shown: true }
            : { answered: true },
      ),
    )
    .execute();
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
    if (!entry) byOrigin.set(row.origin, (entry = { origin: row.origin, lastShownDay: null, lastAnsweredDay: null, refusedByDay: [] }));
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

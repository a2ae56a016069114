import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../figures/period.js';

/**
 * Counts one showing of the widget on today's local day (or on the local day of `at`:
 * internal, for tests and the benchmark). Nothing about the visitor is kept. The
 * per-service, per-day row is itself the roll-up of displays.
 */
export async function countDisplay(db: Kysely<Database>, serviceId: string, timezone: string, at?: Date): Promise<void> {
  const instant = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  await db
    .insertInto('display_counts')
    .values({ service_id: serviceId, day: sql<string>`(${instant} AT TIME ZONE ${timezone})::date`, count: 1 })
    .onConflict((oc) => oc.columns(['service_id', 'day']).doUpdateSet({ count: sql<number>`display_counts.count + 1` }))
    .execute();
}

export interface DisplayRow {
  service_id: string;
  /** First day of the local month. */
  month: string;
  displays: number;
}

/** Displays per service and local month within a period. */
export async function displayTotals(db: Kysely<Database>, serviceIds: readonly string[], period: DayPeriod): Promise<DisplayRow[]> {
  if (serviceIds.length === 0) return [];
  return db
    .selectFrom('display_counts')
    .select((s) => ['service_id', sql<string>`date_trunc('month', day)::date`.as('month'), s.fn.sum<number>('count').as('displays')])
    .where('service_id', 'in', serviceIds)
    .where('day', '>=', period.from)
    .where('day', '<=', period.to)
    .groupBy(['service_id', sql`date_trunc('month', day)`])
    .execute();
}

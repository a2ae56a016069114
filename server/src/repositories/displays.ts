import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** Counts one showing of the widget on today's local day. Nothing about the visitor is kept. */
export async function countDisplay(db: Kysely<Database>, serviceId: string, timezone: string): Promise<void> {
  await db
    .insertInto('display_counts')
    .values({ service_id: serviceId, day: sql<string>`(now() AT TIME ZONE ${timezone})::date`, count: 1 })
    .onConflict((oc) => oc.columns(['service_id', 'day']).doUpdateSet({ count: sql<number>`display_counts.count + 1` }))
    .execute();
}

import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** Alert events, and with them their delivery attempts (ON DELETE CASCADE), are kept this many days. */
export const ALERT_EVENT_KEEP_DAYS = 90;

/**
 * Deletes alert events made more than ALERT_EVENT_KEEP_DAYS ago, their delivery attempts
 * with them. Idempotent, so any number of instances may run it at any time.
 */
export async function pruneAlertEvents(db: Kysely<Database>, keepDays = ALERT_EVENT_KEEP_DAYS): Promise<number> {
  const result = await db
    .deleteFrom('alert_events')
    .where('created_at', '<', sql<Date>`now() - make_interval(days => ${keepDays})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

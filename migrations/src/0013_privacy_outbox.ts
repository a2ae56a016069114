import { sql, type Kysely } from 'kysely';

// Erasure reaches the alert outbox: each event lists the responses whose remark texts its
// payload carries (topic.rising examples, only with includeRemarks), so erasing a remark
// can take its text out of every event, pending or sent. Events (and, by cascade, their
// deliveries) are pruned 90 days after they were made: created_at gets an index for that.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE alert_events ADD COLUMN remark_ids uuid[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`CREATE INDEX alert_events_remark_ids_idx ON alert_events USING gin (remark_ids)`.execute(db);
  await sql`CREATE INDEX alert_events_created_idx ON alert_events (created_at)`.execute(db);
}

import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

// An alert event's payload carries copies of remark texts (a topic's examples). Erasing a
// remark erases its copies too, so the remarks feature owns this scrub, not alerts.

interface TopicPayload {
  data?: { examples?: unknown[] };
}

/**
 * Takes the remark texts of the given responses out of every alert event that carries them,
 * pending or sent, so a retried webhook or e-mail no longer has them. An event lists its
 * remarks' response ids in remark_ids, in the order of payload.data.examples. Run it in the
 * transaction that erases the texts: the rows are locked (FOR UPDATE), so a delivery that
 * claims the event afterwards reads the scrubbed payload. Returns how many events changed.
 */
export async function scrubRemarksFromOutbox(db: Kysely<Database>, responseIds: readonly string[]): Promise<number> {
  if (responseIds.length === 0) return 0;
  const erased = new Set(responseIds);
  const events = await db
    .selectFrom('alert_events')
    .select(['id', 'payload', 'remark_ids'])
    .where(sql<boolean>`remark_ids && ${[...erased]}::uuid[]`)
    .forUpdate()
    .execute();
  for (const event of events) {
    const payload = (typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload) as TopicPayload;
    const ids = event.remark_ids;
    const examples = payload.data?.examples ?? [];
    const keep = ids.map((id, i) => !erased.has(id) && i < examples.length);
    if (payload.data?.examples) payload.data.examples = examples.filter((_, i) => keep[i] ?? false);
    await db
      .updateTable('alert_events')
      .set({ payload: JSON.stringify(payload), remark_ids: sql<string[]>`${ids.filter((_, i) => keep[i])}::uuid[]` })
      .where('id', '=', event.id)
      .execute();
  }
  return events.length;
}

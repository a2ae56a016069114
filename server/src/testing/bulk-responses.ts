import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { rebuildRollups } from '../figures/rollups.js';

/**
 * Stores `satisfied` responses of score 5 and `other` responses of score 2 for a service on
 * one local day (noon UTC, the same day in Brussels), in one statement, then rebuilds the
 * roll-ups from the raw responses: fast set-up of exact shares for comparison tests.
 */
export async function addResponses(
  db: Kysely<Database>,
  serviceId: string,
  counts: { satisfied: number; other: number },
  day: string,
): Promise<void> {
  const scores = [...Array<number>(counts.satisfied).fill(5), ...Array<number>(counts.other).fill(2)];
  if (scores.length === 0) return;
  await db
    .insertInto('responses')
    .values(
      scores.map((score) => ({
        service_id: serviceId,
        submission_id: randomUUID(),
        score,
        lang: 'nl',
        context: 'transaction',
        channel: 'test',
        received_at: new Date(`${day}T12:00:00Z`),
        local_day: day,
      })),
    )
    .execute();
  await rebuildRollups(db);
}

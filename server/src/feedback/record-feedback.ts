import { sql, type Kysely, type Transaction } from 'kysely';
import type { FeedbackSubmission, Service } from '@feedbackinstrument/shared';
import type { Database, ResponseRow } from '../db/database.js';
import { conflict, type ErrorDetail } from '../http/api-error.js';
import { pagePath } from '../privacy/page-path.js';
import { cleanRemark } from '../privacy/scrub-remark.js';
import { addToRollups, rollupDelta } from '../repositories/rollups.js';

/** How long after a score its remark and follow-ups may still be attached. */
export const FOLLOW_UP_WINDOW_MS = 60 * 60 * 1000;

export type RecordOutcome =
  | { status: 'created'; id: string }
  | { status: 'retry'; id: string }
  | { status: 'attached'; id: string };

export interface RecordOptions {
  /**
   * Record as if at this instant (received_at, local day, follow-up window). Internal only:
   * for tests and the benchmark loader that make historical data through this same path.
   */
  at?: Date;
}

interface Attachable {
  remark: string | null;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
}

/**
 * Stores one submission idempotently by (service, submissionId):
 * new → created; same again → retry; same score with a remark or follow-ups the
 * response does not have yet → attached; anything that contradicts what is stored → 409.
 * Runs in one transaction, so a response is never half-written, and adds to the roll-ups
 * in that same transaction on exactly two outcomes: created (the insert won) and attached
 * (the row, locked FOR UPDATE, got a field it did not have). A retry adds nothing, so the
 * roll-ups never count twice, however many retries race.
 */
export async function recordFeedback(
  db: Kysely<Database>,
  service: Service,
  submission: FeedbackSubmission,
  timezone: string,
  options: RecordOptions = {},
): Promise<RecordOutcome> {
  const incoming: Attachable = {
    remark: cleanRemark(submission.remark),
    ease: submission.ease ?? null,
    completed: submission.completed ?? null,
  };
  // Follow-ups the service has not switched on are ignored, not stored.
  if (!service.followUps.includes('ease')) incoming.ease = null;
  if (!service.followUps.includes('completed')) incoming.completed = null;

  const at = options.at;
  const instant = at ? sql<Date>`${at.toISOString()}::timestamptz` : sql<Date>`now()`;
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('responses')
      .values({
        service_id: service.id,
        submission_id: submission.submissionId,
        score: submission.score,
        remark: incoming.remark,
        has_remark: incoming.remark !== null,
        ease: incoming.ease,
        completed: incoming.completed,
        lang: submission.lang ?? 'nl',
        context: submission.context ?? 'continuous',
        channel: submission.channel ?? service.channel,
        step: submission.step ?? null,
        page: pagePath(submission.page),
        ...(at && { received_at: instant }),
        local_day: sql<string>`(${instant} AT TIME ZONE ${timezone})::date`,
      })
      .onConflict((oc) => oc.columns(['service_id', 'submission_id']).doNothing())
      .returning(['id', 'local_day', 'context', 'channel'])
      .executeTakeFirst();
    if (inserted) {
      await addToRollups(
        trx,
        { serviceId: service.id, day: inserted.local_day, context: inserted.context, channel: inserted.channel, score: submission.score },
        rollupDelta({ response: true, remark: incoming.remark !== null, ease: incoming.ease, completed: incoming.completed }),
      );
      return { status: 'created', id: inserted.id };
    }

    const existing = await trx
      .selectFrom('responses')
      .selectAll()
      .where('service_id', '=', service.id)
      .where('submission_id', '=', submission.submissionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    return attach(trx, existing, submission.score, incoming, at ?? new Date());
  });
}

async function attach(
  trx: Transaction<Database>,
  existing: ResponseRow,
  score: number,
  incoming: Attachable,
  now: Date,
): Promise<RecordOutcome> {
  const problems: ErrorDetail[] = [];
  if (existing.score !== score) {
    problems.push({ path: 'score', message: `this submissionId was already recorded with score ${existing.score}` });
  }
  const changes: Partial<Attachable> = {};
  // A remark erased later (retention, on request) still counts as "already has one".
  const storedRemark = existing.has_remark ? (existing.remark ?? incoming.remark) : null;
  const fields: [keyof Attachable, unknown][] = [
    ['remark', storedRemark],
    ['ease', existing.ease],
    ['completed', existing.completed],
  ];
  for (const [field, stored] of fields) {
    const value = incoming[field];
    if (value === null) continue;
    if (stored === null) (changes as Record<string, unknown>)[field] = value;
    else if (stored !== value) problems.push({ path: field, message: `a different ${field} is already attached to this response` });
  }
  if (problems.length > 0) {
    throw conflict('This submissionId is already recorded with other values; use a new submissionId for new feedback.', problems);
  }
  if (Object.keys(changes).length === 0) return { status: 'retry', id: existing.id };

  if (now.getTime() - new Date(existing.received_at).getTime() > FOLLOW_UP_WINDOW_MS) {
    throw conflict('A remark or follow-up can be added only within an hour of the score.', [
      { path: 'submissionId', message: 'the follow-up window of this response has closed' },
    ]);
  }
  await trx
    .updateTable('responses')
    .set({
      ...changes,
      ...(changes.remark !== undefined && { has_remark: true }),
      followed_up_at: now,
    })
    .where('service_id', '=', existing.service_id)
    .where('id', '=', existing.id)
    .execute();
  // Counted on the response's own row (its day, context, channel and score).
  await addToRollups(
    trx,
    { serviceId: existing.service_id, day: existing.local_day, context: existing.context, channel: existing.channel, score: existing.score },
    rollupDelta({ response: false, remark: changes.remark !== undefined, ease: changes.ease ?? null, completed: changes.completed ?? null }),
  );
  return { status: 'attached', id: existing.id };
}

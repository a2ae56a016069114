import type { Kysely } from 'kysely';
import type { FeedbackSubmission, Service } from '@feedbackinstrument/shared';
import { isEmbedded } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { cleanRemark } from './privacy/scrub-remark.js';
import { attachToExisting } from './attach.js';
import { serviceNotFound } from './collection-guards.js';
import { insertNewResponses, NewResponseWriter, type Attachable, type Inserted, type RateLimitHit } from './new-responses.js';
import { originNotAllowed } from './origin.js';

export { FOLLOW_UP_WINDOW_MS } from './follow-up-rules.js';

export type RecordOutcome = { status: 'created'; id: string } | { status: 'retry'; id: string } | { status: 'attached'; id: string };

export interface RecordOptions {
  /**
   * Record as if at this instant (received_at, local day, follow-up window). Internal only:
   * for tests and the benchmark loader that make historical data through this same path.
   */
  at?: Date;
}

function incomingOf(submission: FeedbackSubmission): Attachable {
  return { remark: cleanRemark(submission.remark), ease: submission.ease ?? null, completed: submission.completed ?? null };
}

/** A submission recorded as if it arrived at a past instant. */
export interface PastSubmission {
  submission: FeedbackSubmission;
  at: Date;
}

/**
 * Records many new submissions of existing services at once, each as if at its own past
 * instant: the statement of POST /v1/feedback (insertNewResponses), so every remark is
 * scrubbed and every response counted in its daily and monthly roll-ups exactly as a real
 * one; no origin, rate-limit or active check (the caller made the data). For loaders of
 * historical data (the demo data of a first start): thousands of responses take a few
 * statements instead of one round trip each. Each submissionId must be unique in the
 * list; one already stored is not recorded again. Returns how many were created.
 */
export async function recordPastFeedback(db: Kysely<Database>, items: readonly PastSubmission[], timezone: string): Promise<number> {
  if (items.length === 0) return 0;
  const inserted = await insertNewResponses(
    db,
    items.map(({ submission, at }) => ({ submission, incoming: incomingOf(submission), checkActive: false, origin: null, at })),
    timezone,
  );
  return inserted.filter((result) => result.id !== null).length;
}

/** One writer of new responses per database (so per app instance): it batches concurrent requests. */
const writers = new WeakMap<Kysely<Database>, Map<string, NewResponseWriter>>();
function writerFor(db: Kysely<Database>, timezone: string): NewResponseWriter {
  let byZone = writers.get(db);
  if (!byZone) {
    byZone = new Map();
    writers.set(db, byZone);
  }
  let writer = byZone.get(timezone);
  if (!writer) {
    writer = new NewResponseWriter(db, timezone, { startNextAtOnce: !isEmbedded(db) });
    byZone.set(timezone, writer);
  }
  return writer;
}

/**
 * Stores one submission idempotently by (service, submissionId):
 * new → created; same again → retry; same score with a remark or follow-ups the
 * response does not have yet → attached; anything that contradicts what is stored → 409.
 * One statement does it (the response or its follow-ups and their roll-ups together, so
 * never half-written; write-path/statement.ts), or, for a response stored meanwhile by another
 * statement, one guarded statement of attach.ts. The roll-ups are added to on exactly two
 * outcomes, in the statement that makes them: created (the insert won) and attached (the
 * update filled a field that was empty). A retry adds nothing, so the roll-ups never count
 * twice, however many retries race. The caller has checked the service.
 */
export async function recordFeedback(
  db: Kysely<Database>,
  service: Service,
  submission: FeedbackSubmission,
  timezone: string,
  options: RecordOptions = {},
): Promise<RecordOutcome> {
  const incoming = incomingOf(submission);
  const item = { submission: { ...submission, serviceId: service.id }, incoming, checkActive: false, origin: null, at: options.at ?? null };
  const [inserted] = await insertNewResponses(db, [item], timezone);
  return afterStatement(
    db,
    inserted!,
    { id: service.id, followUps: inserted!.service?.followUps ?? service.followUps },
    submission,
    incoming,
    options.at,
  );
}

/**
 * The outcome of an item of the batched statement: created or attached there, else a
 * retry or a 409 decided on the stored response it read, or (when it could not see that
 * response, or another request attached first) the follow-up path of attach.ts.
 */
async function afterStatement(
  db: Kysely<Database>,
  inserted: Inserted,
  service: Pick<Service, 'id' | 'followUps'>,
  submission: FeedbackSubmission,
  incoming: Attachable,
  at: Date | undefined,
): Promise<RecordOutcome> {
  if (inserted.id !== null) return { status: 'created', id: inserted.id };
  const { existing } = inserted;
  if (existing && inserted.attached) return { status: 'attached', id: existing.id };
  return attachToExisting(db, service, submission, incoming, at, existing);
}

/** The verdict on a rate-limit hit counted with the submission: throws (429) past the limit. */
export type LimitVerdict = (hits: number, ttlMs: number) => void;

/**
 * POST /v1/feedback: the rate-limit hit, the service check, the origin check and a new
 * response in one statement, shared with the new responses of concurrent requests
 * (NewResponseWriter). No cache: a service switched off, or an origin removed, counts from
 * the next request on, on every instance. Only a submissionId seen before takes a second
 * step (attach.ts).
 * Past the rate limit `limit.verdict` throws (429) before anything else is checked; then
 * 404 for an unknown or inactive service and 403 for a browser origin the service does not
 * allow, exactly as the checks before did.
 */
export async function collectFeedback(
  db: Kysely<Database>,
  submission: FeedbackSubmission,
  timezone: string,
  origin: string | null,
  limit?: RateLimitHit & { verdict: LimitVerdict },
): Promise<{ outcome: RecordOutcome }> {
  const incoming = incomingOf(submission);
  const rateLimit = limit && { key: limit.key, max: limit.max, windowMs: limit.windowMs };
  const inserted = await writerFor(db, timezone).insert({
    submission,
    incoming,
    checkActive: true,
    origin,
    at: null,
    ...(rateLimit && { rateLimit }),
  });
  if (limit && inserted.limit) limit.verdict(inserted.limit.hits, inserted.limit.ttlMs);
  const { service } = inserted;
  if (!service?.active) throw serviceNotFound(submission.serviceId);
  if (!inserted.originAllowed) throw originNotAllowed(origin!, submission.serviceId);
  return {
    outcome: await afterStatement(
      db,
      inserted,
      { id: submission.serviceId, followUps: service.followUps },
      submission,
      incoming,
      undefined,
    ),
  };
}

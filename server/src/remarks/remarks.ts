import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { scrubRemarksFromOutbox } from './outbox-remarks.js';
import type { DayPeriod } from '../kernel/calendar.js';

export interface RemarkFilter {
  serviceId: string;
  period: DayPeriod;
  scores?: readonly number[] | undefined;
  /** Free text, searched in the remark's own language and as plain words. */
  q?: string | undefined;
}

/** Position in the newest-first order: received_at at full (microsecond) precision, and id. */
export interface RemarkPosition {
  receivedAt: string;
  id: string;
}

export interface RemarkRow {
  id: string;
  received_at: Date;
  /** received_at as PostgreSQL text, microseconds included: the cursor keeps it exactly. */
  position: string;
  local_day: string;
  score: number;
  remark: string;
  lang: string;
  context: string;
  channel: string;
  step: string | null;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
}

/**
 * Full-text match in the remark's language (Dutch, French, English or German stemming and
 * stop words, via feedback_text_config) or, as a fallback for a remark written in another
 * language than its page, on plain unstemmed words. Both are GIN-indexed (migration 0002).
 */
const textMatches = (q: string) =>
  sql<boolean>`(to_tsvector(feedback_text_config(lang), remark) @@ websearch_to_tsquery(feedback_text_config(lang), ${q})
    OR to_tsvector('pg_catalog.simple'::regconfig, remark) @@ websearch_to_tsquery('pg_catalog.simple'::regconfig, ${q}))`;

function remarksQuery(db: Kysely<Database>, filter: RemarkFilter) {
  let query = db
    .selectFrom('responses')
    .where('service_id', '=', filter.serviceId)
    .where('remark', 'is not', null)
    .where('local_day', '>=', filter.period.from)
    .where('local_day', '<=', filter.period.to)
    // The same bounds on received_at, a little wider (whatever the session time zone),
    // so the newest-first index stops at the period's start instead of reading all history.
    .where('received_at', '>=', sql<Date>`${filter.period.from}::date - 2`)
    .where('received_at', '<', sql<Date>`${filter.period.to}::date + 3`);
  if (filter.scores && filter.scores.length > 0) query = query.where('score', 'in', filter.scores);
  if (filter.q !== undefined) query = query.where(textMatches(filter.q));
  return query;
}

const COLUMNS = ['id', 'received_at', 'local_day', 'score', 'remark', 'lang', 'context', 'channel', 'step', 'ease', 'completed'] as const;

/** One page of remarks, newest first, after `after` (exclusive). */
export async function listRemarks(
  db: Kysely<Database>,
  filter: RemarkFilter,
  limit: number,
  after: RemarkPosition | null,
): Promise<RemarkRow[]> {
  let query = remarksQuery(db, filter).select([...COLUMNS, sql<string>`received_at::text`.as('position')]);
  if (after) query = query.where(sql<boolean>`(received_at, id) < (${after.receivedAt}::timestamptz, ${after.id}::uuid)`);
  return (await query.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit).execute()) as RemarkRow[];
}

/** Every remark of a filter, newest first, up to `max` (for topics). */
export async function remarkTexts(db: Kysely<Database>, filter: RemarkFilter, max: number): Promise<RemarkRow[]> {
  return (await remarksQuery(db, filter)
    .select([...COLUMNS, sql<string>`received_at::text`.as('position')])
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(max)
    .execute()) as RemarkRow[];
}

/** In the caller's transaction when it has one (a change writes its audit row in it), else in one of its own. */
const inTransaction = <T>(db: Kysely<Database>, work: (tx: Kysely<Database>) => Promise<T>) =>
  db.isTransaction ? work(db) : db.transaction().execute(work);

/**
 * A remark's analysis, in its row (migration 0018): erased by the same update as its text
 * (and by 0018's trigger when an instance of the previous release erases the text alone).
 */
const ERASED_TERMS = { remark_analysis: null, remark_analyser_version: null } as const;

/**
 * Erases the text of one remark, keeping that the response had one, and takes it out of
 * every alert event that carries it (pending or sent). Call it in a transaction, so both go
 * together. False: no such response.
 */
export async function eraseRemark(db: Kysely<Database>, serviceId: string, responseId: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const found = await tx
      .updateTable('responses')
      .set({ ...ERASED_TERMS, remark: null, remark_erased_at: sql<Date>`coalesce(remark_erased_at, now())` })
      .where('service_id', '=', serviceId)
      .where('id', '=', responseId)
      .returning('id')
      .executeTakeFirst();
    await deleteTermsOf(tx, found ? [{ service_id: serviceId, id: responseId }] : []);
    if (found) await scrubRemarksFromOutbox(tx, [found.id]);
    return found !== undefined;
  });
}

/**
 * The remark_terms rows of the previous release (its instances still write them during a
 * rolling upgrade; the reindex copies them into the responses, migration 0018) go with the
 * text too, in the same transaction. A statement of its own after the update (not a part of
 * it): it sees a row the previous release's reindex wrote while the update waited for that
 * reindex's lock on the response, so none is left behind.
 */
async function deleteTermsOf(db: Kysely<Database>, erased: readonly { service_id: string; id: string }[]): Promise<void> {
  if (erased.length === 0) return;
  await db
    .deleteFrom('remark_terms')
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('service_id', 'response_id'),
        'in',
        erased.map((e) => tuple(e.service_id, e.id)),
      ),
    )
    .execute();
}

/**
 * Erases remark texts received more than `months` ago, in batches. Safe to run from
 * several instances at once: each batch locks its rows with SKIP LOCKED, and erasing is
 * idempotent. The responses, has_remark and the roll-up counts stay.
 */
export async function purgeExpiredRemarks(db: Kysely<Database>, months: number, batchSize = 5_000): Promise<number> {
  let erased = 0;
  for (;;) {
    // Each batch's texts, terms and the alert events that carry its texts, in one transaction
    // (the caller's, when it has one: `pnpm cli remarks purge` writes its audit row in it).
    const count = await inTransaction(db, async (tx) => {
      const rows = await tx
        .updateTable('responses')
        .set({ ...ERASED_TERMS, remark: null, remark_erased_at: sql<Date>`now()` })
        .where(({ eb, refTuple, selectFrom }) =>
          eb(
            refTuple('service_id', 'id'),
            'in',
            selectFrom('responses')
              .select(['service_id', 'id'])
              .where('remark', 'is not', null)
              .where('received_at', '<', sql<Date>`now() - make_interval(months => ${months})`)
              .limit(batchSize)
              .forUpdate()
              .skipLocked()
              .$asTuple('service_id', 'id'),
          ),
        )
        .returning(['service_id', 'id'])
        .execute();
      await deleteTermsOf(tx, rows);
      await scrubRemarksFromOutbox(
        tx,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
    erased += count;
    if (count < batchSize) return erased;
  }
}

import { sql, type Kysely } from 'kysely';
import type { FeedbackSubmission } from '@feedbackinstrument/shared';
import type { FollowUp } from '@feedbackinstrument/shared/constants';
import type { Database } from '../db/database.js';
import { statementTemplate, templateBuilder } from '../db/prepared-statements.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { pagePath } from '../privacy/page-path.js';
import { withRollupUpserts } from '../repositories/rollups.js';

/** What a submission may attach to its response (the remark already scrubbed). */
export interface Attachable {
  remark: string | null;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
}

export interface NewResponse {
  submission: FeedbackSubmission;
  incoming: Attachable;
  /** Insert only while the service is active (the public API); false: the caller checked it. */
  checkActive: boolean;
  /** A browser origin that must be one of the service's allowed origins; null: none to check. */
  origin: string | null;
  /** Record as if at this instant (tests, the benchmark loader); null: now. */
  at: Date | null;
  /**
   * Count one hit of a rate limit in the same statement (the public API): the response is
   * inserted only while the hit is within the limit. None: the caller counted it, or there is none.
   */
  rateLimit?: RateLimitHit;
}

/** One hit of a client's rate limit (a counter in rate_limit_counters). */
export interface RateLimitHit {
  key: string;
  max: number;
  windowMs: number;
}

/** What the statement found out about one item. */
export interface Inserted {
  /** The service as read in the same statement; null: unknown. */
  service: { active: boolean; followUps: FollowUp[] } | null;
  /** The item's browser origin is one the service allows (or it has none). */
  originAllowed: boolean;
  /** The new response's id; null: not inserted. */
  id: string | null;
  /** The rate-limit hit: its position in the window (inserted only if ≤ max) and the window's rest. */
  limit: { hits: number; ttlMs: number } | null;
}

const COLUMNS = {
  ord: 'integer',
  service_id: 'text',
  submission_id: 'uuid',
  score: 'smallint',
  remark: 'text',
  ease: 'smallint',
  completed: 'text',
  lang: 'text',
  context: 'text',
  channel: 'text',
  step: 'text',
  page: 'text',
  at: 'timestamptz',
  check_active: 'boolean',
  origin: 'text',
  rl_key: 'text',
  rl_max: 'integer',
  rl_window: 'integer',
} as const;
type Column = keyof typeof COLUMNS;
const NAMES = Object.keys(COLUMNS) as Column[];

interface Row {
  ord: number;
  found: boolean;
  active: boolean | null;
  origin_allowed: boolean | null;
  follow_ups: string[] | null;
  response_id: string | null;
  limit_hits: number | null;
  limit_ttl_ms: number | null;
}

/**
 * One statement for any number of new responses, built once by Kysely (a prepared
 * statement). First it counts the items' rate-limit hits (rate_limit_counters, as
 * CounterWriter does, keys in order); then it reads their services, inserts each response
 * whose hit is within its limit, whose service passes its checks and whose submissionId is
 * new, and adds them to their daily and monthly roll-up rows, summed per key, all at once:
 * a hit, a response and its counts commit together or not at all. Follow-ups the service
 * has not switched on are dropped and the channel defaults to the service's, from the row
 * the statement read. Rows are locked in one order (counters, responses,
 * daily, monthly roll-ups, each in key order), so concurrent statements wait for each
 * other, never deadlock. A prepared statement keeps its plan as the tables grow: it only
 * reads the small services table and writes by unique keys, so that plan stays right at
 * any size. (So it does not read a stored response for a resent submissionId: a plan made
 * while `responses` was small would scan it; attach.ts reads it on its own.)
 */
const insertStatement = statementTemplate<Column | 'timezone', Row>([...NAMES, 'timezone'], (p) => {
  const array = (c: Column) => sql`${p[c]}::${sql.raw(COLUMNS[c])}[]`;
  const ref = (c: string) => sql.ref(c);
  const instant = sql`coalesce(${ref('i.at')}, now())`;
  const followUp = (name: 'ease' | 'completed') =>
    sql`CASE WHEN ${sql.lit(name)} = ANY(${ref('s.follow_ups')}) THEN ${ref(`i.${name}`)} END`;
  const originAllowed = sql<boolean>`(${ref('i.origin')} IS NULL OR ${ref('i.origin')} = ANY(${ref('s.allowed_origins')}))`;
  const values = {
    service_id: ref('i.service_id'),
    submission_id: ref('i.submission_id'),
    score: ref('i.score'),
    remark: ref('i.remark'),
    has_remark: sql`${ref('i.remark')} IS NOT NULL`,
    ease: followUp('ease'),
    completed: followUp('completed'),
    lang: ref('i.lang'),
    context: ref('i.context'),
    channel: sql`coalesce(${ref('i.channel')}, ${ref('s.channel')})`,
    step: ref('i.step'),
    page: ref('i.page'),
    received_at: instant,
    local_day: sql`(${instant} AT TIME ZONE ${p.timezone}::text)::date`,
  };
  const columns = Object.keys(values);
  const expired = sql<boolean>`rate_limit_counters.expires_at <= now()`;
  const statement = (templateBuilder as unknown as Kysely<any>)
    .with(`input(${NAMES.join(', ')})`, (qc) => qc.selectFrom(sql`unnest(${sql.join(NAMES.map(array))})`.as('u')).selectAll())
    // Rate limits first: one row per key, +n (the statement of addHits, inlined).
    .with('rl', (qc) =>
      qc
        .insertInto('rate_limit_counters')
        .columns(['key', 'hits', 'expires_at'])
        .expression(
          qc
            .selectFrom('input')
            .where('rl_key', 'is not', null)
            .select((eb) => ['rl_key as key', sql<number>`count(*)::integer`.as('hits'), sql`now() + ${eb.fn.max('rl_window')} * interval '1 millisecond'`.as('expires_at')])
            .groupBy('rl_key')
            .orderBy('rl_key'),
        )
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql<number>`CASE WHEN ${expired} THEN excluded.hits ELSE rate_limit_counters.hits + excluded.hits END`,
            expires_at: sql<Date>`CASE WHEN ${expired} THEN excluded.expires_at ELSE rate_limit_counters.expires_at END`,
          }),
        )
        .returning(['key', 'hits', sql<number>`ceil(extract(epoch FROM expires_at - now()) * 1000)::integer`.as('ttl_ms')]),
    )
    // Each hit's position in its key's count: the items of one key came one after the other.
    .with('limited', (qc) =>
      qc
        .selectFrom('input as i')
        .innerJoin('rl', 'rl.key', 'i.rl_key')
        .select([
          'i.ord',
          sql<number>`${ref('rl.hits')} - count(*) OVER (PARTITION BY ${ref('i.rl_key')}) + row_number() OVER (PARTITION BY ${ref('i.rl_key')} ORDER BY ${ref('i.ord')})`.as('position'),
          'rl.ttl_ms',
        ]),
    )
    .with('ins', (qc) =>
      qc
        .insertInto('responses')
        .columns(columns)
        .expression(
          qc
            .selectFrom('input as i')
            .innerJoin('services as s', 's.id', 'i.service_id')
            .leftJoin('limited as l', 'l.ord', 'i.ord')
            .select(columns.map((c) => sql`${(values as Record<string, unknown>)[c]}`.as(c)))
            // Every counter is locked before any response (one lock order for every writer).
            .where(sql<boolean>`(SELECT count(*) FROM rl) >= 0`)
            .where((eb) => eb.or([eb('i.rl_key', 'is', null), eb('l.position', '<=', eb.ref('i.rl_max'))]))
            .where((eb) => eb.or([eb.not(eb.ref('i.check_active')), eb('s.active', '=', sql.lit(true))]))
            .where(originAllowed)
            .orderBy('i.service_id').orderBy('i.submission_id'),
        )
        .onConflict((oc) => oc.columns(['service_id', 'submission_id']).doNothing())
        .returning(['service_id', 'submission_id', 'id', 'local_day', 'context', 'channel', 'score', 'has_remark', 'ease', 'completed']),
    )
    // What the new responses add to their roll-up rows, one row per key.
    .with('rollup_delta', (qc) =>
      qc
        .selectFrom('ins')
        .select((eb) => [
          'service_id',
          'local_day as day',
          'context',
          'channel',
          'score',
          eb.fn.countAll<number>().as('responses'),
          eb.fn.countAll<number>().filterWhere('has_remark', '=', sql.lit(true)).as('remarks'),
          ...([1, 2, 3, 4, 5] as const).map((e) => eb.fn.countAll<number>().filterWhere('ease', '=', sql.lit(e)).as(`ease_${e}`)),
          ...(['yes', 'partly', 'no'] as const).map((c) => eb.fn.countAll<number>().filterWhere('completed', '=', sql.lit(c)).as(`completed_${c}`)),
        ])
        .groupBy(['service_id', 'local_day', 'context', 'channel', 'score']),
    );
  return (
    withRollupUpserts(statement)
      .selectFrom('input as i')
      .leftJoin('services as s', 's.id', 'i.service_id')
      .leftJoin('ins', (join: any) => join.onRef('ins.service_id', '=', 'i.service_id').onRef('ins.submission_id', '=', 'i.submission_id'))
      .leftJoin('limited as l', 'l.ord', 'i.ord')
      .select([
        'i.ord',
        sql<boolean>`${ref('s.id')} IS NOT NULL`.as('found'),
        's.active',
        originAllowed.as('origin_allowed'),
        's.follow_ups',
        'ins.id as response_id',
        'l.position as limit_hits',
        'l.ttl_ms as limit_ttl_ms',
      ])
  );
});

/**
 * Inserts new responses in one statement. Each item's submission must be unique in the
 * list (the same one twice would both see the one row inserted).
 */
export async function insertNewResponses(db: Kysely<Database>, items: readonly NewResponse[], timezone: string): Promise<Inserted[]> {
  const columns: Record<Column, unknown[]> = Object.fromEntries(NAMES.map((c) => [c, []])) as unknown as Record<Column, unknown[]>;
  items.forEach(({ submission: s, incoming, checkActive, origin, at, rateLimit }, ord) => {
    columns.ord.push(ord);
    columns.service_id.push(s.serviceId);
    columns.submission_id.push(s.submissionId);
    columns.score.push(s.score);
    columns.remark.push(incoming.remark);
    columns.ease.push(incoming.ease);
    columns.completed.push(incoming.completed);
    columns.lang.push(s.lang ?? 'nl');
    columns.context.push(s.context ?? 'continuous');
    columns.channel.push(s.channel ?? null);
    columns.step.push(s.step ?? null);
    columns.page.push(pagePath(s.page));
    columns.at.push(at?.toISOString() ?? null);
    columns.check_active.push(checkActive);
    columns.origin.push(origin);
    columns.rl_key.push(rateLimit?.key ?? null);
    columns.rl_max.push(rateLimit?.max ?? null);
    columns.rl_window.push(rateLimit?.windowMs ?? null);
  });
  const { rows } = await db.executeQuery(insertStatement({ ...columns, timezone }));
  const results: Inserted[] = new Array(items.length);
  for (const row of rows) {
    results[row.ord] = {
      service: row.found ? { active: row.active!, followUps: row.follow_ups as FollowUp[] } : null,
      originAllowed: row.origin_allowed !== false,
      id: row.response_id,
      limit: row.limit_hits === null ? null : { hits: Number(row.limit_hits), ttlMs: Math.max(0, row.limit_ttl_ms ?? 0) },
    };
  }
  return results;
}

const MAX_IN_FLIGHT = 1;
const MAX_BATCH = 100;

/**
 * New responses of concurrent requests, written together (group commit): while a statement
 * is on its way, the responses that arrive wait and go as the next one. At low load each
 * goes at once; under load one round trip and one update of each hot roll-up row serve
 * many responses (the database's CPU per response falls from ~230 µs alone to ~50 µs in
 * tens). Each caller still gets its own answer, and exactly-once holds as for one: its
 * response and its counts are in one atomic statement.
 */
export class NewResponseWriter {
  private queue: { item: NewResponse; resolve: (r: Inserted) => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly timezone: string,
  ) {}

  private scheduled = false;

  insert(item: NewResponse): Promise<Inserted> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Starts the next statement after the requests read in this turn of the event loop have
   * joined the queue (setImmediate runs after them). It matters most on PGlite, which runs
   * a statement on this thread: the requests that arrive meanwhile are read all at once
   * afterwards, and would otherwise go one statement each.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      // One submission once per statement; a second copy (a racing retry) waits for the next.
      const batch: typeof this.queue = [];
      const later: typeof this.queue = [];
      const seen = new Set<string>();
      for (const entry of this.queue) {
        const key = `${entry.item.submission.serviceId}\n${entry.item.submission.submissionId}`;
        if (batch.length < MAX_BATCH && !seen.has(key)) {
          seen.add(key);
          batch.push(entry);
        } else later.push(entry);
      }
      this.queue = later;
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
    }
  }

  private async run(batch: typeof this.queue): Promise<void> {
    try {
      const results = await insertNewResponses(this.db, batch.map((e) => e.item), this.timezone);
      batch.forEach((entry, i) => entry.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1 || isDatabaseUnavailable(error)) {
        for (const entry of batch) entry.reject(error);
        return;
      }
      // One item's problem (e.g. a constraint) must not fail the others: each on its own.
      await Promise.all(batch.map((entry) => insertNewResponses(this.db, [entry.item], this.timezone).then(([r]) => entry.resolve(r!), entry.reject)));
    }
  }
}

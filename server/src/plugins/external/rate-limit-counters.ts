import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { statementTemplate, templateBuilder } from '../../db/prepared-statements.js';

// The rate-limit counters (migrations 0004: an UNLOGGED table), typed here rather than in
// db/database.ts so the rate limit keeps its storage in one place.

export interface RateLimitCountersTable {
  /** A scope and a keyed hash of the client address; never the address itself. */
  key: string;
  hits: number;
  /** The end of the key's current (fixed) window, in the database's clock. */
  expires_at: Date;
}

type RateLimitDatabase = Database & { rate_limit_counters: RateLimitCountersTable };
const counters = (db: Kysely<Database>): Kysely<RateLimitDatabase> => db.withTables<{ rate_limit_counters: RateLimitCountersTable }>();

export interface CounterIncrement {
  key: string;
  /** How many hits to add. */
  hits: number;
  windowMs: number;
}

export interface CounterState {
  key: string;
  /** Hits in the key's current window, these included. */
  hits: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

/** The statement of addHits: built once, filled in per batch (a prepared statement). */
const addHitsStatement = statementTemplate<'keys' | 'hits' | 'windows', { key: string; hits: number; ttl_ms: number }>(
  ['keys', 'hits', 'windows'],
  (p) => {
    const expired = sql<boolean>`rate_limit_counters.expires_at <= now()`;
    return counters(templateBuilder)
      .insertInto('rate_limit_counters')
      .columns(['key', 'hits', 'expires_at'])
      .expression((eb) =>
        eb
          .selectFrom(sql`unnest(${p.keys}::text[], ${p.hits}::integer[], ${p.windows}::integer[])`.as<'t'>(sql`t(key, hits, window_ms)`))
          .select([
            sql<string>`t.key`.as('key'),
            sql<number>`t.hits`.as('hits'),
            sql<Date>`now() + t.window_ms * interval '1 millisecond'`.as('expires_at'),
          ])
          .orderBy(sql`t.key`),
      )
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql<number>`CASE WHEN ${expired} THEN excluded.hits ELSE rate_limit_counters.hits + excluded.hits END`,
          expires_at: sql<Date>`CASE WHEN ${expired} THEN excluded.expires_at ELSE rate_limit_counters.expires_at END`,
        }),
      )
      .returning(['key', 'hits', sql<number>`ceil(extract(epoch FROM expires_at - now()) * 1000)::integer`.as('ttl_ms')]);
  },
);

/**
 * Adds hits to several keys in one atomic statement (INSERT … ON CONFLICT DO UPDATE …
 * RETURNING): a key's window starts with its first hit and lasts windowMs; a hit after it
 * starts a new window. The database's clock decides, so instances with skewed clocks agree.
 * Keys are sorted, so concurrent batches lock rows in one order (no deadlocks).
 */
export async function addHits(db: Kysely<Database>, increments: readonly CounterIncrement[]): Promise<CounterState[]> {
  if (increments.length === 0) return [];
  const sorted = [...increments].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { rows } = await db.executeQuery(
    addHitsStatement({ keys: sorted.map((i) => i.key), hits: sorted.map((i) => i.hits), windows: sorted.map((i) => i.windowMs) }),
  );
  return rows.map((r) => ({ key: r.key, hits: r.hits, ttlMs: Math.max(0, r.ttl_ms) }));
}

/** The hits of a key's current window, without adding one (0 when it has none). */
export async function readHits(db: Kysely<Database>, key: string): Promise<CounterState> {
  const row = await counters(db)
    .selectFrom('rate_limit_counters')
    .select(['hits', sql<number>`ceil(extract(epoch FROM expires_at - now()) * 1000)::integer`.as('ttl_ms')])
    .where('key', '=', key)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return { key, hits: row?.hits ?? 0, ttlMs: Math.max(0, row?.ttl_ms ?? 0) };
}

/** Deletes the counters whose window has passed. */
export async function deleteExpiredCounters(db: Kysely<Database>): Promise<number> {
  const result = await counters(db).deleteFrom('rate_limit_counters').where('expires_at', '<=', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows);
}

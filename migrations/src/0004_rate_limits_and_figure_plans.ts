import { sql, type Kysely } from 'kysely';

// 1. Rate-limit counters shared by every API instance. UNLOGGED: not written to the WAL,
//    not in backups or replicas, emptied after a crash; that is all a counter of the last
//    minute needs, and it makes each count cheap. The key is a scope and a keyed hash
//    (HMAC, daily key in app_secrets) of the client address: no address is ever stored.
//    A row is deleted once its window has passed.
// 2. Figures read a few hundred roll-up rows by key; a parallel plan costs more to start
//    (10–30 ms for its workers) than the whole query. A query that calls this PARALLEL
//    UNSAFE function is planned without workers; being IMMUTABLE, it is folded to `true`
//    while planning and costs nothing when the query runs.
// 3. Roll-up rows are updated by every response: room on each page keeps those updates
//    HOT (no new index entries).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE UNLOGGED TABLE rate_limit_counters (
      key text PRIMARY KEY,
      hits integer NOT NULL CHECK (hits >= 0),
      expires_at timestamptz NOT NULL
    ) WITH (fillfactor = 70)`,
    sql`CREATE FUNCTION serial_plan() RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL UNSAFE AS $$ SELECT true $$`,
    sql`ALTER TABLE response_rollups_daily SET (fillfactor = 80)`,
    sql`ALTER TABLE response_rollups_monthly SET (fillfactor = 80)`,
    sql`ALTER TABLE display_counts SET (fillfactor = 80)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

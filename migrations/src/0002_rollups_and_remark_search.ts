import { sql, type Kysely } from 'kysely';

// Daily and monthly roll-ups of responses, so that figures never scan raw responses.
// Key: service_id first (distributable by service), then the local day (or the first day
// of the local month), context, channel and score. Every counter of a row describes the
// responses of exactly that key: follow-ups and remarks attached later are counted on the
// row of the response they belong to. Displays are already rolled up per day in
// display_counts.
//
// Also: remark search (a text-search configuration per remark language, and indexes for
// full-text search, newest-first listing and the retention purge).
const counters = `
  responses integer NOT NULL DEFAULT 0 CHECK (responses >= 0),
  remarks integer NOT NULL DEFAULT 0 CHECK (remarks >= 0),
  ease_1 integer NOT NULL DEFAULT 0 CHECK (ease_1 >= 0),
  ease_2 integer NOT NULL DEFAULT 0 CHECK (ease_2 >= 0),
  ease_3 integer NOT NULL DEFAULT 0 CHECK (ease_3 >= 0),
  ease_4 integer NOT NULL DEFAULT 0 CHECK (ease_4 >= 0),
  ease_5 integer NOT NULL DEFAULT 0 CHECK (ease_5 >= 0),
  completed_yes integer NOT NULL DEFAULT 0 CHECK (completed_yes >= 0),
  completed_partly integer NOT NULL DEFAULT 0 CHECK (completed_partly >= 0),
  completed_no integer NOT NULL DEFAULT 0 CHECK (completed_no >= 0)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE response_rollups_daily (
      service_id text NOT NULL REFERENCES services (id),
      day date NOT NULL,
      context text NOT NULL,
      channel text NOT NULL,
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      ${sql.raw(counters)},
      PRIMARY KEY (service_id, day, context, channel, score)
    )`,
    sql`CREATE TABLE response_rollups_monthly (
      service_id text NOT NULL REFERENCES services (id),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      context text NOT NULL,
      channel text NOT NULL,
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      ${sql.raw(counters)},
      PRIMARY KEY (service_id, month, context, channel, score)
    )`,
    // Backfill from the responses recorded before this migration (a frozen copy of the
    // rebuild query of server/src/figures/rollups.ts).
    sql`INSERT INTO response_rollups_daily
      SELECT service_id, local_day, context, channel, score,
        count(*), count(*) FILTER (WHERE has_remark),
        count(*) FILTER (WHERE ease = 1), count(*) FILTER (WHERE ease = 2), count(*) FILTER (WHERE ease = 3),
        count(*) FILTER (WHERE ease = 4), count(*) FILTER (WHERE ease = 5),
        count(*) FILTER (WHERE completed = 'yes'), count(*) FILTER (WHERE completed = 'partly'),
        count(*) FILTER (WHERE completed = 'no')
      FROM responses GROUP BY service_id, local_day, context, channel, score`,
    sql`INSERT INTO response_rollups_monthly
      SELECT service_id, date_trunc('month', day)::date, context, channel, score,
        sum(responses), sum(remarks), sum(ease_1), sum(ease_2), sum(ease_3), sum(ease_4), sum(ease_5),
        sum(completed_yes), sum(completed_partly), sum(completed_no)
      FROM response_rollups_daily GROUP BY service_id, date_trunc('month', day), context, channel, score`,
    // The text-search configuration of a remark's language; IMMUTABLE so indexes can use it.
    sql`CREATE FUNCTION feedback_text_config(lang text) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE lang
        WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
        WHEN 'fr' THEN 'pg_catalog.french'::regconfig
        WHEN 'en' THEN 'pg_catalog.english'::regconfig
        WHEN 'de' THEN 'pg_catalog.german'::regconfig
        ELSE 'pg_catalog.simple'::regconfig END $$`,
    sql`CREATE INDEX responses_remark_search_idx ON responses
      USING gin (to_tsvector(feedback_text_config(lang), remark)) WHERE remark IS NOT NULL`,
    // Plain words, without stemming: finds a word also in a remark written in another
    // language than the page it was sent from.
    sql`CREATE INDEX responses_remark_words_idx ON responses
      USING gin (to_tsvector('pg_catalog.simple'::regconfig, remark)) WHERE remark IS NOT NULL`,
    sql`CREATE INDEX responses_remarks_newest_idx ON responses (service_id, received_at DESC, id DESC) WHERE remark IS NOT NULL`,
    sql`CREATE INDEX responses_remark_retention_idx ON responses (received_at) WHERE remark IS NOT NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}

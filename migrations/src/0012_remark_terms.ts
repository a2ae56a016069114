import { sql, type Kysely } from 'kysely';

// Each remark's terms, analysed once when it is stored (server/src/topics/analyse-remark.ts)
// instead of on every topics call. A row goes with its remark's text: erasure and retention
// delete it, and so does the demo removal with its responses. No foreign key: its check per
// inserted row cost the write path more than the 5 % it may grow (bench:write-path-ab). `analyser_version` says which
// analysis wrote it; `pnpm cli topics reindex` rewrites older ones and fills in the rows of
// remarks stored before this migration (topics analyse those on the fly meanwhile).
// `received_at` is a copy of the response's, so a period is read from this table alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`CREATE TABLE remark_terms (
      service_id text NOT NULL,
      response_id uuid NOT NULL,
      analyser_version integer NOT NULL,
      received_at timestamptz NOT NULL,
      terms text[] NOT NULL,
      analysis jsonb NOT NULL,
      PRIMARY KEY (service_id, response_id)
    )`,
    sql`CREATE INDEX remark_terms_service_received_idx ON remark_terms (service_id, received_at DESC)`,
  ]) {
    await statement.execute(db);
  }
}

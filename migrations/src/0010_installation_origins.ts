import { sql, type Kysely } from 'kysely';

// The installation check: per service, embedding origin and local (Brussels) day, whether
// the widget was shown there, answered there, and how often an origin that the service
// does not allow tried to send feedback. Only the origin (scheme://host:port) is kept,
// nothing of the person. Rows older than about 400 days are pruned by the server.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE installation_origins (
    service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    origin text NOT NULL CHECK (char_length(origin) <= 300),
    day date NOT NULL,
    shown boolean NOT NULL DEFAULT false,
    answered boolean NOT NULL DEFAULT false,
    refused integer NOT NULL DEFAULT 0 CHECK (refused >= 0),
    PRIMARY KEY (service_id, origin, day)
  )`.execute(db);
  // The prune deletes by day.
  await sql`CREATE INDEX installation_origins_day_idx ON installation_origins (day)`.execute(db);
}

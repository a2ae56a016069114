import { sql, type Kysely } from 'kysely';

// Dashboard sessions, shared by every API instance. Only a hash of the session id is
// stored, so a copy of the database does not let anyone sign in. A session ends after
// `idle` without requests (last_seen_at) and at expires_at at the latest; a session
// opened with an API token ends when that token is revoked (checked on every lookup)
// or deleted (cascade).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE dashboard_sessions (
      id_hash text PRIMARY KEY,
      organisation_id text REFERENCES organisations (id) ON DELETE CASCADE,
      is_admin boolean NOT NULL DEFAULT false,
      via text NOT NULL CHECK (via IN ('oidc', 'token')),
      token_id uuid REFERENCES api_tokens (id) ON DELETE CASCADE,
      display_name text CHECK (char_length(display_name) <= 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      CHECK (is_admin <> (organisation_id IS NOT NULL))
    )`,
    sql`CREATE INDEX dashboard_sessions_expires_idx ON dashboard_sessions (expires_at)`,
    sql`CREATE INDEX dashboard_sessions_last_seen_idx ON dashboard_sessions (last_seen_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

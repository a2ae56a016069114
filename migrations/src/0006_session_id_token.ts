import { sql, type Kysely } from 'kysely';

// A dashboard session opened through OpenID Connect keeps the provider's ID token, so that
// signing out also ends the session at the provider (RP-initiated logout: the token is the
// id_token_hint). Server-side only, like the rest of the session; gone with the session.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dashboard_sessions ADD COLUMN oidc_id_token text CHECK (char_length(oidc_id_token) <= 16384)`.execute(db);
}

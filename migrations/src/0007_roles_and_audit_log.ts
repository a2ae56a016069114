import { sql, type Kysely } from 'kysely';

// Second stage: roles and the audit log.
// - Every token and dashboard session gets a role: `admin` (every organisation), `manager`
//   (changes its own organisation's services, tokens, subscriptions, annotations, erasures)
//   or `analyst` (reads only). Organisation tokens and sessions that exist already become
//   managers: nothing that worked stops working. is_admin stays, kept equal to role = 'admin'
//   by a CHECK, so no row is rewritten beyond the new column.
// - audit_log: every change made through the API or the dashboard, written in the same
//   transaction as the change. Who is a token's name or a signed-in person's display name;
//   never a secret. organisation_id is null for changes that concern no single organisation
//   (an admin token, a new organisation is its own).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE api_tokens ADD COLUMN role text NOT NULL DEFAULT 'manager' CHECK (role IN ('admin', 'manager', 'analyst'))`,
    sql`UPDATE api_tokens SET role = 'admin' WHERE is_admin`,
    sql`ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_admin CHECK ((role = 'admin') = is_admin)`,
    sql`ALTER TABLE dashboard_sessions ADD COLUMN role text NOT NULL DEFAULT 'manager' CHECK (role IN ('admin', 'manager', 'analyst'))`,
    sql`UPDATE dashboard_sessions SET role = 'admin' WHERE is_admin`,
    sql`ALTER TABLE dashboard_sessions ADD CONSTRAINT dashboard_sessions_role_admin CHECK ((role = 'admin') = is_admin)`,
    sql`CREATE TABLE audit_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      organisation_id text,
      actor text NOT NULL CHECK (char_length(actor) <= 200),
      actor_role text NOT NULL CHECK (actor_role IN ('admin', 'manager', 'analyst')),
      via text NOT NULL CHECK (via IN ('token', 'session', 'cli')),
      action text NOT NULL CHECK (char_length(action) <= 100),
      target_type text NOT NULL CHECK (char_length(target_type) <= 50),
      target_id text NOT NULL CHECK (char_length(target_id) <= 200),
      before jsonb,
      after jsonb
    )`,
    // Newest first, per organisation and for all (admins).
    sql`CREATE INDEX audit_log_organisation_at_idx ON audit_log (organisation_id, at DESC, id DESC)`,
    sql`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

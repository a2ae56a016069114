import { sql, type Kysely } from 'kysely';

// Every key of response data starts with service_id, so the response tables can be
// distributed by service (Citus) later. Runs on PostgreSQL 15+ and PGlite alike.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE organisations (
      id text PRIMARY KEY,
      name text NOT NULL,
      level text NOT NULL CHECK (level IN ('vlaams', 'provinciaal', 'lokaal')),
      policy_domain text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX organisations_policy_domain_idx ON organisations (policy_domain)`,
    sql`CREATE TABLE services (
      id text PRIMARY KEY,
      organisation_id text NOT NULL REFERENCES organisations (id),
      name jsonb NOT NULL,
      audience text NOT NULL CHECK (audience IN ('burgers', 'ondernemingen', 'verenigingen', 'lokale-besturen')),
      channel text NOT NULL,
      allowed_origins text[] NOT NULL DEFAULT '{}',
      follow_ups text[] NOT NULL DEFAULT '{}',
      publish_figures boolean NOT NULL DEFAULT false,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX services_organisation_idx ON services (organisation_id)`,
    sql`CREATE TABLE responses (
      service_id text NOT NULL REFERENCES services (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      submission_id uuid NOT NULL,
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      remark text CHECK (char_length(remark) <= 2000),
      has_remark boolean NOT NULL DEFAULT false,
      remark_erased_at timestamptz,
      ease smallint CHECK (ease BETWEEN 1 AND 5),
      completed text CHECK (completed IN ('yes', 'partly', 'no')),
      lang text NOT NULL CHECK (lang IN ('nl', 'fr', 'en', 'de')),
      context text NOT NULL CHECK (context IN ('transaction', 'support', 'continuous')),
      channel text NOT NULL,
      step text,
      page text,
      received_at timestamptz NOT NULL DEFAULT now(),
      local_day date NOT NULL,
      followed_up_at timestamptz,
      PRIMARY KEY (service_id, id),
      UNIQUE (service_id, submission_id),
      CHECK (remark IS NULL OR has_remark)
    )`,
    sql`CREATE INDEX responses_service_received_idx ON responses (service_id, received_at DESC)`,
    sql`CREATE TABLE display_counts (
      service_id text NOT NULL REFERENCES services (id),
      day date NOT NULL,
      count integer NOT NULL DEFAULT 0 CHECK (count >= 0),
      PRIMARY KEY (service_id, day)
    )`,
    sql`CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      organisation_id text REFERENCES organisations (id),
      is_admin boolean NOT NULL DEFAULT false,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CHECK (is_admin <> (organisation_id IS NOT NULL))
    )`,
    // Secrets shared by every instance (e.g. the key that signs no-JS form tokens), made once.
    sql`CREATE TABLE app_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

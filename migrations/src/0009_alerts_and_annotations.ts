import { sql, type Kysely } from 'kysely';

// Second stage: alert subscriptions (webhook or e-mail), their outbox and delivery log,
// and annotations of a service's timeline.
// - alert_events is the outbox: one row per event per subscription. Its unique key
//   (subscription, type, key) makes "once per subscription" hold however many instances
//   evaluate at the same time: each inserts with ON CONFLICT DO NOTHING. The key names the
//   period (and service, topic) the event is about.
// - Every instance's worker claims due events (FOR UPDATE SKIP LOCKED, then a lease in
//   next_attempt_at, so a crashed instance's claim is retried later) and logs every attempt
//   in alert_deliveries.
// - A webhook's secret is kept in clear: it is needed to sign. It is shown once, at creation.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE alert_subscriptions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id text NOT NULL REFERENCES organisations (id),
      channel text NOT NULL CHECK (channel IN ('webhook', 'email')),
      url text CHECK (char_length(url) <= 2000),
      email text CHECK (char_length(email) <= 320),
      events text[] NOT NULL CHECK (cardinality(events) > 0),
      services text[],
      language text NOT NULL CHECK (language IN ('nl', 'fr', 'en', 'de')),
      include_remarks boolean NOT NULL DEFAULT false,
      secret text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((channel = 'webhook') = (url IS NOT NULL AND secret IS NOT NULL)),
      CHECK ((channel = 'email') = (email IS NOT NULL))
    )`,
    sql`CREATE INDEX alert_subscriptions_organisation_idx ON alert_subscriptions (organisation_id, created_at)`,
    sql`CREATE TABLE alert_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subscription_id uuid NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
      type text NOT NULL CHECK (type IN ('topic.rising', 'satisfaction.dropped', 'digest.weekly', 'test')),
      key text NOT NULL CHECK (char_length(key) <= 500),
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      UNIQUE (subscription_id, type, key)
    )`,
    sql`CREATE INDEX alert_events_due_idx ON alert_events (next_attempt_at) WHERE status = 'pending'`,
    sql`CREATE INDEX alert_events_subscription_idx ON alert_events (subscription_id, created_at DESC)`,
    sql`CREATE TABLE alert_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES alert_events (id) ON DELETE CASCADE,
      attempt integer NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      outcome text NOT NULL CHECK (outcome IN ('delivered', 'failed')),
      http_status integer,
      error text CHECK (char_length(error) <= 500),
      duration_ms integer NOT NULL,
      UNIQUE (event_id, attempt)
    )`,
    // When the scheduled evaluation last started, on any instance: one instance per period
    // does the work (correctness does not depend on it: the outbox's key does that).
    sql`CREATE TABLE alert_schedule (
      id smallint PRIMARY KEY CHECK (id = 1),
      last_started_at timestamptz NOT NULL
    )`,
    sql`CREATE TABLE annotations (
      service_id text NOT NULL REFERENCES services (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      day date NOT NULL,
      text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (service_id, id)
    )`,
    sql`CREATE INDEX annotations_service_day_idx ON annotations (service_id, day)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Role } from '@feedbackinstrument/shared/constants';

// The typed shape of every table, kept in step with migrations/.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns are read as 'YYYY-MM-DD' strings: a local day has no time zone. */
type Day = ColumnType<string, string, string>;

export interface OrganisationsTable {
  id: string;
  name: string;
  level: 'vlaams' | 'provinciaal' | 'lokaal';
  policy_domain: string | null;
  /** The demo data of a first start (migration 0011): removed with `pnpm cli demo remove`. */
  demo: Generated<boolean>;
  /** The citizen's links (migration 0014): null, an https string or one per language; written as JSON text. */
  complaints_url: LinkColumn;
  privacy_url: LinkColumn;
  accessibility_url: LinkColumn;
  created_at: Generated<Date>;
}

type LinkColumn = ColumnType<string | Record<string, string> | null, string | null | undefined, string | null>;

export interface ServicesTable {
  id: string;
  organisation_id: string;
  name: ColumnType<Record<string, string>, string, string>;
  audience: 'burgers' | 'ondernemingen' | 'verenigingen' | 'lokale-besturen';
  channel: string;
  allowed_origins: ColumnType<string[], string[] | undefined, string[]>;
  follow_ups: ColumnType<string[], string[] | undefined, string[]>;
  publish_figures: Generated<boolean>;
  active: Generated<boolean>;
  /** The IPDC product number (migration 0008). */
  product_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** A service's own links (migration 0014); null: its organisation's. */
  complaints_url: LinkColumn;
  privacy_url: LinkColumn;
  accessibility_url: LinkColumn;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ResponsesTable {
  service_id: string;
  id: Generated<string>;
  submission_id: string;
  score: number;
  remark: string | null;
  has_remark: Generated<boolean>;
  remark_erased_at: Timestamp | null;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
  lang: string;
  context: string;
  channel: string;
  step: string | null;
  page: string | null;
  received_at: Generated<Date>;
  local_day: Day;
  followed_up_at: Timestamp | null;
  /** The remark's analysis as text (topics/analysis-codec.ts), made when the remark was stored (migration 0018). */
  remark_analysis: string | null;
  /** The analyser that wrote remark_analysis (topics/analyse-remark.ts ANALYSER_VERSION). */
  remark_analyser_version: number | null;
}

export interface DisplayCountsTable {
  service_id: string;
  day: Day;
  count: number;
}

/** The installation check: where the widget was shown, answered or refused, per local day (migration 0010). */
export interface InstallationOriginsTable {
  service_id: string;
  origin: string;
  day: Day;
  shown: ColumnType<boolean, boolean | undefined, boolean>;
  answered: ColumnType<boolean, boolean | undefined, boolean>;
  refused: ColumnType<number, number | undefined, number>;
}

/** Counters of one roll-up row: the responses of exactly one key (see migrations 0002). */
export interface RollupCounters {
  responses: number;
  remarks: number;
  ease_1: number;
  ease_2: number;
  ease_3: number;
  ease_4: number;
  ease_5: number;
  completed_yes: number;
  completed_partly: number;
  completed_no: number;
}

export interface DailyRollupsTable extends RollupCounters {
  service_id: string;
  day: Day;
  context: string;
  channel: string;
  score: number;
}

export interface MonthlyRollupsTable extends RollupCounters {
  service_id: string;
  /** The first day of the local month. */
  month: Day;
  context: string;
  channel: string;
  score: number;
}

export interface ApiTokensTable {
  id: Generated<string>;
  name: string;
  organisation_id: string | null;
  is_admin: Generated<boolean>;
  role: ColumnType<Role, Role | undefined, Role>;
  token_hash: string;
  created_at: Generated<Date>;
  revoked_at: Timestamp | null;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: Generated<Date>;
}

/** Dashboard sign-ins: only the hash of the session id is stored (migration 0003). */
export interface DashboardSessionsTable {
  id_hash: string;
  organisation_id: string | null;
  is_admin: Generated<boolean>;
  role: ColumnType<Role, Role | undefined, Role>;
  via: 'oidc' | 'token';
  token_id: string | null;
  display_name: string | null;
  /** The provider's ID token of an OIDC session (the hint when signing out there too). */
  oidc_id_token: string | null;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

/** Every change made through the API, the dashboard or the CLI (migration 0007). */
export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  organisation_id: string | null;
  actor: string;
  actor_role: Role;
  via: 'token' | 'session' | 'cli' | 'system';
  action: string;
  target_type: string;
  target_id: string;
  before: ColumnType<unknown, string | null, string | null> | null;
  after: ColumnType<unknown, string | null, string | null> | null;
}

/** Alert subscriptions, their outbox of events and the log of delivery attempts (migration 0009). */
export interface AlertSubscriptionsTable {
  id: Generated<string>;
  organisation_id: string;
  channel: 'webhook' | 'email';
  url: string | null;
  email: string | null;
  events: string[];
  /** null: every service of the organisation, also those added later. */
  services: string[] | null;
  language: 'nl' | 'fr' | 'en' | 'de';
  include_remarks: Generated<boolean>;
  /** The webhook's whsec_… secret, kept in clear to sign; never shown after creation. */
  secret: string | null;
  created_at: Generated<Date>;
}

export interface AlertEventsTable {
  id: Generated<string>;
  subscription_id: string;
  type: 'topic.rising' | 'satisfaction.dropped' | 'digest.weekly' | 'test';
  key: string;
  payload: ColumnType<unknown, string, string>;
  created_at: Generated<Date>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  finished_at: Timestamp | null;
  /** The responses whose remark texts the payload carries (migration 0013): erasure scrubs them. */
  remark_ids: ColumnType<string[], string[] | undefined, string[]>;
}

export interface AlertDeliveriesTable {
  id: Generated<string>;
  event_id: string;
  attempt: number;
  at: Generated<Date>;
  outcome: 'delivered' | 'failed';
  http_status: number | null;
  error: string | null;
  duration_ms: number;
}

export interface AlertScheduleTable {
  id: number;
  last_started_at: Timestamp;
}

export interface AnnotationsTable {
  service_id: string;
  id: Generated<string>;
  day: Day;
  text: string;
  created_at: Generated<Date>;
}

/**
 * A remark's terms as the previous release stored them (migrations 0012, 0016, 0017): since
 * 0018 they are in the response's row (remark_analysis). Kept for that release's instances
 * during a rolling upgrade; erasure still deletes its rows; a later release drops it.
 */
export interface RemarkTermsTable {
  service_id: string;
  response_id: string;
  analyser_version: number;
  /** A RemarkAnalysis as text (topics/analysis-codec.ts; migration 0016: sent as stored, never rendered again). */
  analysis: string;
}

export interface Database {
  app_secrets: AppSecretsTable;
  organisations: OrganisationsTable;
  services: ServicesTable;
  responses: ResponsesTable;
  display_counts: DisplayCountsTable;
  response_rollups_daily: DailyRollupsTable;
  response_rollups_monthly: MonthlyRollupsTable;
  api_tokens: ApiTokensTable;
  dashboard_sessions: DashboardSessionsTable;
  audit_log: AuditLogTable;
  installation_origins: InstallationOriginsTable;
  alert_subscriptions: AlertSubscriptionsTable;
  alert_events: AlertEventsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_schedule: AlertScheduleTable;
  annotations: AnnotationsTable;
  remark_terms: RemarkTermsTable;
}

export type ServiceRow = Selectable<ServicesTable>;
export type ResponseRow = Selectable<ResponsesTable>;
export type NewResponse = Insertable<ResponsesTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type TokenRow = Selectable<ApiTokensTable>;

import { z } from 'zod';
import { DatabaseUrlError, parseDatabaseUrl } from './db/database-url.js';

/** Where Debian installs FreeDict's dictd files: TOPICS_DICTIONARY_DIR's default (topics/translations.ts). */
export const DEBIAN_DICTIONARY_DIR = '/usr/share/dictd';

// Configuration comes from the environment only, with the names and defaults of the contract.
const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.string().min(1).optional(),
    // A standby for analysts' reads (figures, reports, topics, open pages); needs DATABASE_URL.
    DATABASE_READ_URL: z.string().min(1).optional(),
    // How long a start waits for a server of DATABASE_URL's kind before it gives up (exit 1).
    DATABASE_START_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    DATA_DIR: z.string().default('./data'),
    // The first start of an empty embedded database loads a year of demo feedback unless false.
    DEMO_DATA: z.enum(['true', 'false']).default('true'),
    FEEDBACK_ADMIN_TOKEN: z.string().min(16, 'FEEDBACK_ADMIN_TOKEN must be at least 16 characters').optional(),
    FEEDBACK_TIMEZONE: z
      .string()
      .default('Europe/Brussels')
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'FEEDBACK_TIMEZONE must be an IANA time zone such as Europe/Brussels'),
    REMARK_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
    PUBLIC_URL: z.url().optional(),
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Dashboard sign-in through any standard OpenID Connect provider (e.g. the Flemish ACM/IDM).
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z.string().default('openid profile'),
    OIDC_ORGANISATION_CLAIM: z.string().min(1).default('organisation'),
    OIDC_ADMIN_CLAIM: z.string().min(1).optional(),
    OIDC_ADMIN_VALUE: z.string().min(1).optional(),
    // Roles from the provider: a claim with role strings, as ACM/IDM hands them out per
    // organisation ("FeedbackBeheerder:OVO002949"); which names mean manager and analyst.
    OIDC_ROLE_CLAIM: z.string().min(1).optional(),
    OIDC_MANAGER_ROLE: z.string().min(1).default('manager'),
    OIDC_ANALYST_ROLE: z.string().min(1).default('analyst'),
    OIDC_DEFAULT_ROLE: z.enum(['manager', 'analyst']).default('analyst'),
    OIDC_PROVIDER_NAME: z.string().min(1).max(80).optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(8 * 60),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    // Alerts: e-mail through SMTP, and webhooks only to public https addresses unless insecure.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must be smtp://… or smtps://…')
      .optional(),
    MAIL_FROM: z.string().min(3).default('feedbackinstrument <no-reply@localhost>'),
    WEBHOOK_ALLOW_INSECURE: z.enum(['true', 'false']).default('false'),
    // Where the topic finder reads its bilingual dictionaries (FreeDict's dictd files; missing: none).
    TOPICS_DICTIONARY_DIR: z.string().min(1).default(DEBIAN_DICTIONARY_DIR),
  })
  .superRefine((e, ctx) => {
    for (const name of ['DATABASE_URL', 'DATABASE_READ_URL'] as const) {
      const url = e[name];
      if (url === undefined) continue;
      try {
        parseDatabaseUrl(url);
      } catch (error) {
        if (!(error instanceof DatabaseUrlError)) throw error;
        ctx.addIssue({ code: 'custom', path: [name], message: error.message });
      }
    }
    if (e.DATABASE_READ_URL && !e.DATABASE_URL)
      ctx.addIssue({ code: 'custom', path: ['DATABASE_READ_URL'], message: 'needs DATABASE_URL (the primary for writes)' });
    if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID)
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'required with OIDC_ISSUER' });
    if ((e.OIDC_ADMIN_CLAIM === undefined) !== (e.OIDC_ADMIN_VALUE === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ADMIN_VALUE'], message: 'OIDC_ADMIN_CLAIM and OIDC_ADMIN_VALUE go together' });
    }
  });

/** How the dashboard signs people in through OpenID Connect (authorization code with PKCE). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Absent: a public client (PKCE only). */
  clientSecret: string | null;
  scopes: string;
  /** The claim (a dotted path for nested claims) whose value is the user's organisation id. */
  organisationClaim: string;
  /** A claim and the value (or one of its array values) that makes the user an admin. */
  admin: { claim: string; value: string } | null;
  /**
   * Roles: with a claim, its role strings ("NAME" or "NAME:ORGANISATION") decide the role (and
   * the organisation where named); without, everyone of a known organisation gets defaultRole.
   */
  roles: { claim: string | null; manager: string; analyst: string; defaultRole: 'manager' | 'analyst' };
  /** Shown on the sign-in button, e.g. "ACM/IDM". */
  providerName: string | null;
}

export interface AppConfig {
  port: number;
  host: string;
  /** null: the embedded PGlite database in dataDir. One or more hosts (libpq's multi-host form). */
  databaseUrl: string | null;
  /** A standby for analysts' reads; null: they read from databaseUrl too. */
  databaseReadUrl: string | null;
  /** How long a start waits for a server of databaseUrl's kind before it gives up. */
  databaseStartWaitSeconds: number;
  dataDir: string;
  /** Load the demo year on the first start of an empty embedded database (never into DATABASE_URL). */
  demoData: boolean;
  adminToken: string | null;
  timezone: string;
  remarkRetentionMonths: number;
  rateLimitPerMinute: number;
  /** The public base URL of this server, used in links it prints and renders. */
  publicUrl: string | null;
  logLevel: string;
  /** Behind a load balancer: take the client address from X-Forwarded-For (for rate limits only). */
  trustProxy: boolean;
  /** Minimum time in ms between rendering the no-JS form and its submission (spam check). */
  minFormFillMs: number;
  /** Where the built widget bundle lives; null serves no widget. */
  widgetDir: string | null;
  /** How often each instance erases remark texts past their retention; null: never (tests). */
  remarkPurgeIntervalMs: number | null;
  /** Where the built dashboard lives; null serves no dashboard. */
  dashboardDir: string | null;
  /** Where the topic finder reads its bilingual dictionaries (topics/translations.ts). */
  topicsDictionaryDir: string;
  /** OpenID Connect sign-in for the dashboard; null: sign-in with an API token only. */
  oidc: OidcSettings | null;
  /** Dashboard sessions end after this long without a request, and in any case after maxHours. */
  session: { idleMinutes: number; maxHours: number };
  alerts: AlertSettings;
}

export interface AlertSettings {
  /** smtp://user:pass@host:port or smtps://…; null: e-mail subscriptions wait (and are retried) until it is set. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Development and tests only: webhooks may use http and private or loopback addresses. */
  allowInsecure: boolean;
  /** How often each instance evaluates every alert rule; null: never on its own (tests). */
  evaluateEveryMs: number | null;
  /** How often each instance looks for due deliveries (retries); null: only when told (tests). */
  deliverEveryMs: number | null;
  /** The wait after each failed attempt; the last one repeats, and no attempt is made after retryForMs. */
  retryDelaysMs: number[];
  retryForMs: number;
  /** A receiver that takes longer than this to answer has failed this attempt. */
  timeoutMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => describeIssue(issue, env)));
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    databaseReadUrl: e.DATABASE_READ_URL ?? null,
    databaseStartWaitSeconds: e.DATABASE_START_WAIT_SECONDS,
    dataDir: e.DATA_DIR,
    demoData: e.DEMO_DATA === 'true',
    adminToken: e.FEEDBACK_ADMIN_TOKEN ?? null,
    timezone: e.FEEDBACK_TIMEZONE,
    remarkRetentionMonths: e.REMARK_RETENTION_MONTHS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicUrl: e.PUBLIC_URL ?? null,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    minFormFillMs: 3000,
    widgetDir: null,
    remarkPurgeIntervalMs: 60 * 60 * 1000,
    dashboardDir: null,
    topicsDictionaryDir: e.TOPICS_DICTIONARY_DIR,
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET ?? null,
          scopes: e.OIDC_SCOPES,
          organisationClaim: e.OIDC_ORGANISATION_CLAIM,
          admin: e.OIDC_ADMIN_CLAIM && e.OIDC_ADMIN_VALUE ? { claim: e.OIDC_ADMIN_CLAIM, value: e.OIDC_ADMIN_VALUE } : null,
          roles: {
            claim: e.OIDC_ROLE_CLAIM ?? null,
            manager: e.OIDC_MANAGER_ROLE,
            analyst: e.OIDC_ANALYST_ROLE,
            defaultRole: e.OIDC_DEFAULT_ROLE,
          },
          providerName: e.OIDC_PROVIDER_NAME ?? null,
        }
      : null,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    alerts: {
      smtpUrl: e.SMTP_URL ?? null,
      mailFrom: e.MAIL_FROM,
      allowInsecure: e.WEBHOOK_ALLOW_INSECURE === 'true',
      evaluateEveryMs: 15 * 60 * 1000,
      deliverEveryMs: 5_000,
      // Like Svix and Stripe: at once, then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, … for 24 hours.
      retryDelaysMs: [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000],
      retryForMs: 24 * 3_600_000,
      timeoutMs: 10_000,
    },
  };
}

/** What is wrong with the environment: one line per variable, each naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

// Values of these are never echoed back, not even into a terminal.
const SECRET = /TOKEN|SECRET|PASSWORD|DATABASE_(READ_)?URL/;

function describeIssue(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  const name = String(issue.path[0] ?? 'environment');
  const value = env[name];
  const shown = value === undefined ? 'is not set' : SECRET.test(name) ? 'is set' : `is ${JSON.stringify(value)}`;
  const message = issue.message.startsWith(`${name} `) ? issue.message.slice(name.length + 1) : issue.message;
  return `Configuration error: ${name} ${shown}: ${message}.`;
}

/**
 * For entry points: the configuration, or one line per problem on stderr and exit code 1
 * (no stack trace: the operator needs the variable and what is wrong, not our call stack).
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(problem);
    process.exit(1);
  }
}

/** A configuration for tests and tools: defaults of the contract, overridden where given. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const base = loadConfig({});
  return { ...base, logLevel: 'silent', remarkPurgeIntervalMs: null, alerts: { ...base.alerts, evaluateEveryMs: null }, ...overrides };
}

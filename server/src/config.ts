import { z } from 'zod';

// Configuration comes from the environment only, with the names and defaults of the contract.
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().default('./data'),
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
});

export interface AppConfig {
  port: number;
  host: string;
  /** null: the embedded PGlite database in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: e.DATA_DIR,
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
  };
}

/** A configuration for tests and tools: defaults of the contract, overridden where given. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig({}), logLevel: 'silent', remarkPurgeIntervalMs: null, ...overrides };
}

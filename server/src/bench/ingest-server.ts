// The ingest benchmark's server process (started by ingest-bench.ts, not a product entry
// point): the real API as `pnpm start` builds it, on BENCH_DATABASE_URL (a throwaway
// PostgreSQL) or on an embedded PGlite in BENCH_DATA_DIR, and beside it the baseline: a
// bare Fastify route that stores the same payload with one plain INSERT through pg into an
// equivalent table (same columns, keys and indexes, including full-text search; no foreign
// key) of the same database.
// Talks to its parent over IPC: it reports its ports and services, its memory on request,
// and checks the stored counts on request.
import Fastify from 'fastify';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { readImportFile } from '../imports/import-file.js';
import { importFile } from '../imports/import-changes.js';
import { systemActor } from '../changes/run-change.js';
import { SAMPLE_FILE } from '../imports/seed.js';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { listServices } from '../services/services.js';

export const BASELINE_TABLE = 'bench_baseline_responses';
export const RATE_LIMIT_PER_MINUTE = 600;

export type ServerMessage =
  | { type: 'ready'; app: string; baseline: string; services: { id: string; followUps: string[]; origin: string | null }[] }
  | { type: 'memory'; rss: number; heapUsed: number; cpuMs: number; statements: number }
  | {
      type: 'verified';
      responses: number;
      dailyResponses: number;
      monthlyResponses: number;
      remarks: number;
      dailyRemarks: number;
      baselineRows: number;
    };
export type ParentMessage = { type: 'memory' } | { type: 'verify' } | { type: 'stop' };

const send = (message: ServerMessage) => process.send!(message);

// Statements sent to the database by this process (ours and the baseline's alike): every
// query of node-postgres goes through pg.Client's query, so a counter there sees them all.
let statements = 0;
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof clientQuery;
const url = process.env.BENCH_DATABASE_URL || null;
const database = connectDatabase({ databaseUrl: url, dataDir: url ? null : process.env.BENCH_DATA_DIR! });
await migrate(database.db);
await importFile(database.db, systemActor('benchmark set-up'), await readImportFile(SAMPLE_FILE));
await sql`CREATE TABLE IF NOT EXISTS ${sql.table(BASELINE_TABLE)} (LIKE responses INCLUDING ALL)`.execute(database.db);

// Our full path: the API exactly as served, behind a (simulated) load balancer.
const app = await buildApp(
  testConfig({ databaseUrl: url, logLevel: 'warn', trustProxy: true, rateLimitPerMinute: RATE_LIMIT_PER_MINUTE }),
  { database, migrate: false },
);
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });

// The baseline: parse JSON, one INSERT through pg (unprepared, as a plain route would do it), answer 201.
const INSERT = `INSERT INTO ${BASELINE_TABLE} (service_id, submission_id, score, remark, has_remark, ease, completed, lang, context, channel, step, page, local_day)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, (now() AT TIME ZONE 'Europe/Brussels')::date)
  ON CONFLICT (service_id, submission_id) DO NOTHING RETURNING id`;
const pool = url ? new pg.Pool({ connectionString: url, max: 10 }) : null;
const insert = async (params: unknown[]) => {
  if (pool) return (await pool.query<{ id: string }>(INSERT, params)).rows[0]?.id ?? null;
  // PGlite is one backend in this process: the app's own pg connection to it, without Kysely's query builder.
  const result = await database.db.executeQuery<{ id: string }>(CompiledQuery.raw(INSERT, params));
  return result.rows[0]?.id ?? null;
};
const baseline = Fastify({ logger: false });
baseline.post('/v1/feedback', async (request, reply) => {
  const b = request.body as Record<string, string | number | undefined>;
  const id = await insert([
    b.serviceId,
    b.submissionId,
    b.score,
    b.remark ?? null,
    b.remark !== undefined,
    b.ease ?? null,
    b.completed ?? null,
    b.lang ?? 'nl',
    b.context ?? 'continuous',
    b.channel ?? 'e-loket',
    b.step ?? null,
    b.page ?? null,
  ]);
  return reply.code(id ? 201 : 200).send({ id });
});
const baselineUrl = await baseline.listen({ port: 0, host: '127.0.0.1' });

const services = (await listServices(database.db)).map((s) => ({ id: s.id, followUps: s.followUps, origin: s.allowedOrigins[0] ?? null }));
send({ type: 'ready', app: appUrl, baseline: baselineUrl, services });

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'memory') {
    const { rss, heapUsed } = process.memoryUsage();
    const cpu = process.cpuUsage();
    send({ type: 'memory', rss, heapUsed, cpuMs: (cpu.user + cpu.system) / 1000, statements });
  } else if (message.type === 'verify') {
    // One statement: one snapshot of every count.
    const { rows } = await sql<Record<string, number | null>>`SELECT
        (SELECT count(*) FROM responses) AS responses,
        (SELECT sum(responses) FROM response_rollups_daily) AS daily_responses,
        (SELECT sum(responses) FROM response_rollups_monthly) AS monthly_responses,
        (SELECT count(*) FROM responses WHERE has_remark) AS remarks,
        (SELECT sum(remarks) FROM response_rollups_daily) AS daily_remarks,
        (SELECT count(*) FROM ${sql.table(BASELINE_TABLE)}) AS baseline_rows`.execute(database.db);
    const n = (key: string) => Number(rows[0]![key] ?? 0);
    send({
      type: 'verified',
      responses: n('responses'),
      dailyResponses: n('daily_responses'),
      monthlyResponses: n('monthly_responses'),
      remarks: n('remarks'),
      dailyRemarks: n('daily_remarks'),
      baselineRows: n('baseline_rows'),
    });
  } else if (message.type === 'stop') {
    await baseline.close();
    await app.close();
    await pool?.end();
    await database.close();
    process.exit(0);
  }
});

// pnpm bench (ingest): autocannon against the real API (POST /v1/feedback) on a throwaway
// PostgreSQL and on PGlite, and in the same run against a baseline route that stores the
// same payloads with one plain INSERT into the same database. At each number of concurrent
// connections (a sweep: the two paths saturate at different concurrency) rounds alternate
// between the two; it prints requests/s, p50/p99 latency and the ratio at each, and the
// ratio of the two capacities (each path's highest throughput over the sweep). It checks
// that every acknowledged new submission is stored exactly once and counted once in the
// roll-ups, then runs a bounded soak and prints the server's memory over time. Loopback
// only; every run is bounded in time. A measurement, not a test.
//
//   BENCH_INGEST_SECONDS (10) length of each measured round; BENCH_INGEST_ROUNDS (3) rounds
//   per target and concurrency; BENCH_CONNECTIONS (8,16,32,64: the sweep);
//   BENCH_SOAK_SECONDS (300, 0 = none); BENCH_BACKENDS
//   (postgres,pglite); BENCH_ONLY=ours (no baseline); BENCH_NEW_ONLY=1 (no follow-ups or
//   retries); BENCH_PROFILE_DIR (CPU profiles of the server process).
//   pnpm bench:ingest:quick: our path alone at 16 connections, 5 rounds, no soak (~3 min), to
//   compare a change before and after on one machine.
// The server process is in ingest-server-process.ts, one measured run in ingest-load.ts, the
// results table in ingest-results.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startThrowawayPostgres } from '../../../tests/support/postgres-server.js';
import { fmt, load, measured, median, type Run } from './ingest-load.js';
import { Traffic } from './ingest-payloads.js';
import { type BackendResult, printResults, type Step } from './ingest-results.js';
import { ServerProcess } from './ingest-server-process.js';

const ROUND_SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_INGEST_ROUNDS ?? 3);
const SWEEP = (process.env.BENCH_CONNECTIONS ?? '8,16,32,64').split(',').map(Number);
const MOST_CONNECTIONS = Math.max(...SWEEP);
/** The soak's connections (its rate is fixed, so their number matters little). */
const SOAK_CONNECTIONS = 16;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',');
const WARM_UP_SECONDS = 3;
const log = (line = '') => console.log(line);

async function benchBackend(
  name: string,
  description: string,
  env: Record<string, string>,
  soak: boolean,
  databaseServer: number | null,
): Promise<BackendResult> {
  log(`\n${description}: the API and the baseline in one server process`);
  const { server, ready } = await ServerProcess.start(env);
  try {
    const newOnly = process.env.BENCH_NEW_ONLY === '1';
    const ours = new Traffic(ready.services, 5000, newOnly);
    const base = new Traffic(ready.services, 5000, newOnly);
    const created = { created: 0 };
    const baselineCreated = { created: 0 };
    const runs = { count: 0 };
    const ourLoad = (seconds: number, connections: number, rate?: number) => {
      runs.count += 1;
      return load(ready.app, ours, seconds, created, connections, rate);
    };
    // BENCH_ONLY=ours: our path alone (to profile it); the ratio is then not measured.
    const only = process.env.BENCH_ONLY;
    if (only !== 'ours') await load(ready.baseline, base, WARM_UP_SECONDS, baselineCreated, SWEEP[0]!);
    await ourLoad(WARM_UP_SECONDS, SWEEP[0]!);
    const result: BackendResult = { name, steps: [] };
    for (const connections of SWEEP) {
      const step: Step = { connections, ours: [], baseline: [] };
      result.steps.push(step);
      for (let round = 1; round <= ROUNDS; round += 1) {
        const b =
          only === 'ours'
            ? { requestsPerSecond: NaN, p50: NaN, p99: NaN, statuses: {}, errors: 0 }
            : await measured(server, databaseServer, () => load(ready.baseline, base, ROUND_SECONDS, baselineCreated, connections));
        const o = await measured(server, databaseServer, () => ourLoad(ROUND_SECONDS, connections));
        step.baseline.push(b);
        step.ours.push(o);
        const cpu = (r: Run) =>
          r.cpu
            ? `, CPU/request ${r.cpu.server.toFixed(2)} ms server${r.cpu.database === null ? '' : ` + ${r.cpu.database.toFixed(2)} ms database`}, ${r.statements!.toFixed(2)} statements/request`
            : '';
        log(
          `  ${connections} connections, round ${round}: baseline ${fmt(b.requestsPerSecond)} req/s${cpu(b)}; ours ${fmt(o.requestsPerSecond)} req/s${cpu(o)} (${JSON.stringify(o.statuses)}, errors ${o.errors})`,
        );
      }
    }

    if (soak && SOAK_SECONDS > 0) {
      const throughput = Math.max(...result.steps.map((st) => median(st.ours.map((r) => r.requestsPerSecond))));
      await runSoak(server, (seconds, rate) => ourLoad(seconds, SOAK_CONNECTIONS, rate), throughput);
    }

    // Exactly once: every acknowledged new submission is one stored response, counted once
    // in the roll-ups. A run ends with up to one request per connection in flight: stored,
    // but its answer no longer read, so the store may hold that many more than acknowledged.
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the requests still in flight land
    const v = await server.ask({ type: 'verify' }, 'verified');
    const inFlight = v.responses - created.created;
    const ok =
      inFlight >= 0 &&
      inFlight <= MOST_CONNECTIONS * runs.count &&
      v.dailyResponses === v.responses &&
      v.monthlyResponses === v.responses &&
      v.dailyRemarks === v.remarks;
    log(
      `  exactly once: ${fmt(created.created)} acknowledged new submissions (+${inFlight} in flight when a run stopped), ${fmt(v.responses)} stored responses, ` +
        `roll-ups count ${fmt(v.dailyResponses)} (daily) / ${fmt(v.monthlyResponses)} (monthly), remarks ${fmt(v.remarks)} / ${fmt(v.dailyRemarks)}: ${ok ? 'OK' : 'MISMATCH'}`,
    );
    if (!ok) process.exitCode = 1;
    return result;
  } finally {
    await server.stop();
  }
}

/** A steady load at half the highest measured throughput; the server's memory every 15 s. */
async function runSoak(server: ServerProcess, run: (seconds: number, rate: number) => Promise<Run>, throughput: number): Promise<void> {
  const rate = Math.max(50, Math.round(throughput / 2));
  log(`  soak: ${SOAK_SECONDS} s at ${fmt(rate)} req/s (half the highest measured throughput); server memory every 15 s:`);
  log(`  ${'t (s)'.padStart(7)} ${'RSS MB'.padStart(8)} ${'heap MB'.padStart(8)}`);
  const samples: { t: number; rss: number; heap: number }[] = [];
  const started = Date.now();
  const sample = async () => {
    const m = await server.ask({ type: 'memory' }, 'memory');
    const s = { t: Math.round((Date.now() - started) / 1000), rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 };
    samples.push(s);
    log(`  ${String(s.t).padStart(7)} ${s.rss.toFixed(1).padStart(8)} ${s.heap.toFixed(1).padStart(8)}`);
  };
  await sample();
  const timer = setInterval(() => void sample(), 15_000);
  const soak = await run(SOAK_SECONDS, rate);
  clearInterval(timer);
  await sample();
  // Flat: compare the second half's memory with the first half's (after warm-up).
  const half = samples.filter((s) => s.t > 0);
  const mid = Math.floor(half.length / 2);
  const avg = (xs: typeof samples, key: 'rss' | 'heap') => xs.reduce((a, s) => a + s[key], 0) / Math.max(1, xs.length);
  log(
    `  soak: ${fmt(soak.requestsPerSecond)} req/s, p99 ${soak.p99} ms, ${JSON.stringify(soak.statuses)}, errors ${soak.errors}; ` +
      `RSS first half ${avg(half.slice(0, mid), 'rss').toFixed(1)} MB, second half ${avg(half.slice(mid), 'rss').toFixed(1)} MB; ` +
      `heap ${avg(half.slice(0, mid), 'heap').toFixed(1)} → ${avg(half.slice(mid), 'heap').toFixed(1)} MB`,
  );
}

const started = Date.now();
log(`feedbackinstrument ingest benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}`);
log(
  `autocannon: ${SWEEP.join(', ')} connections, ${ROUNDS} rounds of ${ROUND_SECONDS} s per target (after ${WARM_UP_SECONDS} s warm-up), alternating baseline and ours`,
);
const postgres = await startThrowawayPostgres();
const dataDir = mkdtempSync(join(tmpdir(), 'feedback-bench-pglite-'));
const results: BackendResult[] = [];
try {
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  const name = `ingest_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await admin.end();
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  const pgName = `PostgreSQL ${version.split(' ')[0]}`;
  if (BACKENDS.includes('postgres'))
    results.push(
      await benchBackend(
        pgName,
        `${pgName} (throwaway server on loopback: fsync off, synchronous_commit off)`,
        { BENCH_DATABASE_URL: url.toString() },
        true,
        postgres.serverPid(),
      ),
    );
  if (BACKENDS.includes('pglite'))
    results.push(
      await benchBackend(
        'PGlite',
        'PGlite (embedded in the server process, through node-postgres)',
        { BENCH_DATABASE_URL: '', BENCH_DATA_DIR: dataDir },
        false,
        null,
      ),
    );
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

printResults(results);
log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);

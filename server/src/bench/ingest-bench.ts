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
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startThrowawayPostgres } from '../../../tests/support/postgres-server.js';
import { Traffic, type Submission } from './ingest-payloads.js';
import type { ParentMessage, ServerMessage } from './ingest-server.js';

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

/** The server process: the API and the baseline beside it, on one database. */
class ServerProcess {
  private waiting = new Map<string, (message: ServerMessage) => void>();
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ServerMessage) => {
      const resolve = this.waiting.get(message.type);
      this.waiting.delete(message.type);
      resolve?.(message);
    });
  }

  static async start(env: Record<string, string>): Promise<{ server: ServerProcess; ready: Extract<ServerMessage, { type: 'ready' }> }> {
    const child = fork(new URL('./ingest-server.ts', import.meta.url), [], {
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
      ],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = new ServerProcess(child);
    const ready = await new Promise<ServerMessage>((resolve, reject) => {
      server.waiting.set('ready', resolve);
      child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before it was ready`)));
    });
    return { server, ready: ready as Extract<ServerMessage, { type: 'ready' }> };
  }

  ask<T extends ServerMessage['type']>(message: ParentMessage, answer: T): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve) => {
      this.waiting.set(answer, resolve as (m: ServerMessage) => void);
      this.child.send(message);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ParentMessage);
    });
  }
}

interface Run {
  /** CPU time per request: the server process, and the database server's processes (PostgreSQL only). */
  cpu?: { server: number; database: number | null };
  /** Database statements per request (round trips). */
  statements?: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
}

/** One bounded autocannon run against `url`, with fresh traffic from `traffic`. */
async function load(
  url: string,
  traffic: Traffic,
  seconds: number,
  counts: { created: number },
  connections: number,
  overallRate?: number,
): Promise<Run> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(overallRate && { overallRate }),
    requests: [
      {
        method: 'POST',
        path: '/v1/feedback',
        setupRequest: (request, context) => {
          const next = traffic.request();
          Object.assign(context, { sent: next });
          return { ...request, headers: next.headers, body: JSON.stringify(next.body) };
        },
        onResponse: (status, _body, context) => {
          const { sent } = context as { sent: { kind: string; body: Submission; original: Submission | null } };
          if (status === 201 && sent.kind === 'new') {
            counts.created += 1;
            traffic.acknowledge(sent.body);
          } else if (status === 200 && sent.kind === 'follow-up') {
            traffic.followedUp(sent.original!, sent.body);
          }
        },
      },
    ],
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number((s as { count: number }).count)]),
  );
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    errors: result.errors + result.timeouts,
  };
}

/** /proc/<pid>/stat's fields after the command name: [0] state, [1] parent, [11..14] utime, stime, cutime, cstime. */
const statFields = (pid: number | string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
const ticksToMs = (ticks: number) => (ticks * 1000) / 100; // USER_HZ

/**
 * CPU ms the PostgreSQL server has used so far (Linux only): its main process, its live
 * processes (backends, WAL writer, autovacuum …) and those that ended, whose time the main
 * process adds to its children's time as it reaps them. The ended ones matter: the pool
 * closes a connection idle for 10 s, so the writer's backend changes now and then, and a
 * backend that ended during a round took its CPU time along.
 */
function databaseCpuMs(serverPid: number | null): number | null {
  if (serverPid === null) return null;
  const main = statFields(serverPid).slice(11, 15).map(Number);
  let ticks = main.reduce((a, b) => a + b, 0);
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = statFields(pid);
      if (Number(fields[1]) === serverPid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile (its time is now in the main process's children's time)
    }
  }
  return ticksToMs(ticks);
}

/** Runs `work` and adds the CPU it cost per answered request to its result. */
async function measured(server: ServerProcess, databaseServer: number | null, work: () => Promise<Run>): Promise<Run> {
  const first = await server.ask({ type: 'memory' }, 'memory');
  const before = { server: first.cpuMs, database: databaseCpuMs(databaseServer) };
  const run = await work();
  const last = await server.ask({ type: 'memory' }, 'memory');
  const after = { server: last.cpuMs, database: databaseCpuMs(databaseServer) };
  const requests = Object.values(run.statuses).reduce((a, b) => a + b, 0) || 1;
  run.statements = (last.statements - first.statements) / requests;
  run.cpu = {
    server: (after.server - before.server) / requests,
    database: before.database === null || after.database === null ? null : (after.database - before.database) / requests,
  };
  return run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The rounds at one number of connections. */
interface Step {
  connections: number;
  ours: Run[];
  baseline: Run[];
}

interface BackendResult {
  /** Short, for the results table. */
  name: string;
  steps: Step[];
}

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

log('\nResults (POST /v1/feedback; median of the rounds; ours = the full API path, baseline = one plain INSERT):');
log(
  `${'database'.padEnd(18)} ${'conn.'.padStart(5)} ${'target'.padEnd(9)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ` +
    `${'CPU ms/request (server + database)'.padStart(36)} ${'statements/request'.padStart(19)} ${'ours/baseline'.padStart(14)}`,
);
const throughput = (runs: Run[]) => median(runs.map((x) => x.requestsPerSecond));
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
for (const r of results) {
  for (const step of r.steps) {
    for (const [label, runs] of [
      ['baseline', step.baseline],
      ['ours', step.ours],
    ] as const) {
      const cpuServer = median(runs.map((x) => x.cpu?.server ?? NaN));
      const cpuDatabase = r.name === 'PGlite' ? null : median(runs.map((x) => x.cpu?.database ?? NaN));
      const cpu = `${cpuServer.toFixed(2)}${cpuDatabase === null ? ' (database in it)' : ` + ${cpuDatabase.toFixed(2)}`}`;
      const statements = median(runs.map((x) => x.statements ?? NaN)).toFixed(2);
      const ratio = label === 'ours' ? percent(throughput(step.ours) / throughput(step.baseline)) : '';
      log(
        `${r.name.padEnd(18)} ${String(step.connections).padStart(5)} ${label.padEnd(9)} ${fmt(throughput(runs)).padStart(7)} ${String(median(runs.map((x) => x.p50))).padStart(7)} ` +
          `${String(median(runs.map((x) => x.p99))).padStart(7)} ${cpu.padStart(36)} ${statements.padStart(19)} ${ratio.padStart(14)}`,
      );
    }
  }
  // Capacity: each path's highest throughput over the sweep, wherever it saturates.
  const best = (side: 'ours' | 'baseline') => r.steps.reduce((a, b) => (throughput(b[side]) > throughput(a[side]) ? b : a));
  const [ours, baseline] = [best('ours'), best('baseline')];
  const capacity = throughput(ours.ours) / throughput(baseline.baseline);
  const ratioAt = (st: Step) => throughput(st.ours) / throughput(st.baseline);
  const where = (met: boolean) => {
    const steps = r.steps.filter((st) => ratioAt(st) >= 0.8 === met).map((st) => st.connections);
    return steps.length === 0 ? null : `${met ? 'met' : 'NOT met'} at ${steps.join(', ')} connections`;
  };
  log(
    `${''.padEnd(18)} capacity: ours ${fmt(throughput(ours.ours))} req/s (at ${ours.connections} connections), baseline ${fmt(throughput(baseline.baseline))} req/s ` +
      `(at ${baseline.connections}) = ${percent(capacity)}. Target ≥ 80 %: ${capacity >= 0.8 ? 'met' : 'NOT met'} at capacity; ` +
      `${[where(true), where(false)].filter(Boolean).join(', ')}.`,
  );
}
log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);

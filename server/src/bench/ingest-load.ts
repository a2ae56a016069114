import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Submission, Traffic } from './ingest-payloads.js';
import type { ServerProcess } from './ingest-server-process.js';

// One measured run of the ingest benchmark: a bounded autocannon load of POST /v1/feedback
// with fresh traffic, and what it cost in CPU (the server's and PostgreSQL's, from /proc)
// and in database statements per request.

export interface Run {
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
export async function load(
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
export async function measured(server: ServerProcess, databaseServer: number | null, work: () => Promise<Run>): Promise<Run> {
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

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

import { fmt, median, type Run } from './ingest-load.js';

// The ingest benchmark's results table: per database and number of connections, both
// paths' throughput, latency, CPU and statements per request, and the ratio of capacities.

const log = (line = '') => console.log(line);

/** The rounds at one number of connections. */
export interface Step {
  connections: number;
  ours: Run[];
  baseline: Run[];
}

export interface BackendResult {
  /** Short, for the results table. */
  name: string;
  steps: Step[];
}

/** Prints the results table and, per database, the ratio of the two paths' capacities. */
export function printResults(results: BackendResult[]): void {
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
}

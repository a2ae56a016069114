// What the database benchmarks share: the median of timed runs, and a throwaway PostgreSQL
// with a fresh database loaded with the benchmark data set (removed again afterwards).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../../tests/support/postgres-server.js';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { loadBenchDataset } from './load-dataset.js';

/** The middle of some timings (the upper one of an even count). */
export const median = (times: readonly number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** The median in ms of `runs` timed runs of `work`, after one warm-up (plans and caches, as in a running server); `before` runs untimed before each. */
export async function medianMs(
  runs: number,
  work: () => Promise<unknown>,
  before: () => Promise<unknown> = async () => {},
): Promise<number> {
  await before();
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await before();
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Runs `measure` on a new database of a throwaway PostgreSQL, migrated and loaded with `total` responses over 200 services. */
export async function withBenchDataset<T>(
  total: number,
  log: (line: string) => void,
  measure: (database: DatabaseHandle, where: { server: ThrowawayPostgres; url: string; name: string }) => Promise<T>,
): Promise<T> {
  const server = await startThrowawayPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  const name = `bench_${randomBytes(4).toString('hex')}`;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    const database = connectDatabase({ databaseUrl: url.toString(), dataDir: null });
    try {
      await migrate(database.db);
      log('Loading (PostgreSQL, fsync off):');
      await loadBenchDataset(database.db, total, log);
      return await measure(database, { server, url: url.toString(), name });
    } finally {
      await database.close();
    }
  } finally {
    await admin.end().catch(() => {});
    await server.stop();
  }
}

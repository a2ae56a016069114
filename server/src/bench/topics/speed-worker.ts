// One finder of the topics benchmark's speed rounds in a process of its own (speed-rounds.ts
// starts one for ours and one for the finder before): each call's time is then the finder's
// own, its garbage collected in its own heap. In one process, the old finder's garbage
// (it analyses 20,000 texts per call) was collected during our calls.
// Asked over IPC: { run: true } → { ms } for one call, or { error }; { stop: true } ends it.
import { connectDatabase } from '../../db/connect.js';
import { yearPeriod } from '../../kernel/calendar.js';
import { topicsReport } from '../../topics/topics-report.js';
import { findTopics as legacyFindTopics } from './legacy/find-topics.js';

export type Finder = 'now' | 'legacy';
export interface SpeedQuery {
  databaseUrl: string;
  serviceId: string;
  year: number;
  limit: number;
  minCount: number;
  timezone: string;
}
export type SpeedWorkerArgs = SpeedQuery & { finder: Finder };

const args = JSON.parse(process.argv[2]!) as SpeedWorkerArgs;
const database = connectDatabase({ databaseUrl: args.databaseUrl, dataDir: null });
const period = yearPeriod(args.year);
const query = { serviceId: args.serviceId, period, limit: args.limit, minCount: args.minCount, timezone: args.timezone };
const call =
  args.finder === 'now'
    ? () => topicsReport(database.db, query)
    : () => legacyFindTopics(database.db, { serviceId: query.serviceId, period }, query);

async function timed(): Promise<number> {
  const start = process.hrtime.bigint();
  await call();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const stop = () => void database.close().finally(() => process.exit(0));
// The bench ended or failed without stopping this process: end with it.
process.on('disconnect', stop);
process.on('message', (message: { run?: boolean; stop?: boolean }) => {
  if (message.stop) return stop();
  timed().then(
    (ms) => process.send!({ ms }),
    (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.send!({ ready: true });

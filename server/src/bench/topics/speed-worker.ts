// One finder of the topics benchmark's speed rounds in a process of its own (speed-rounds.ts
// starts one for ours and one for the finder before): each call's time is then the finder's
// own, its garbage collected in its own heap. In one process, the old finder's garbage
// (it analyses 20,000 texts per call) was collected during our calls: 30–100 ms of ours.
// Asked over IPC: { run: true } → { ms } for one call; { stop: true } ends it.
import { connectDatabase } from '../../db/connect.js';
import { yearPeriod } from '../../kernel/calendar.js';
import { topicsReport } from '../../topics/topics-report.js';
import { findTopics as legacyFindTopics } from './legacy/find-topics.js';

export type Finder = 'now' | 'legacy';
export interface SpeedWorkerArgs {
  databaseUrl: string;
  finder: Finder;
  serviceId: string;
  year: number;
}

const args = JSON.parse(process.argv[2]!) as SpeedWorkerArgs;
const database = connectDatabase({ databaseUrl: args.databaseUrl, dataDir: null });
const period = yearPeriod(args.year);
const query = { serviceId: args.serviceId, period, limit: 10, minCount: 3, timezone: 'Europe/Brussels' };
const call =
  args.finder === 'now'
    ? () => topicsReport(database.db, query)
    : () => legacyFindTopics(database.db, { serviceId: query.serviceId, period }, query);

async function timed(): Promise<number> {
  const start = process.hrtime.bigint();
  await call();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

process.on('message', (message: { run?: boolean; stop?: boolean }) => {
  if (message.stop) {
    void database.close().then(() => process.exit(0));
    return;
  }
  timed().then(
    (ms) => process.send!({ ms }),
    (error: unknown) => process.send!({ error: String(error) }),
  );
});
process.send!({ ready: true });

// A/B of the write path: one checkout's insertNewResponses against another's (each a `git
// worktree` with its dependencies installed), in one process on one database, in
// alternating blocks (ABBA) so both see the same machine load. A measurement, not a test.
// Both sides run on this checkout's statement cache (their prepared-statements.ts re-exports
// this one's), and are best both loaded from a worktree (AB_AFTER), so that they are loaded
// alike. On a busy machine compare with an A/A run of two worktrees of the same commit to see
// the noise.
//
//   main=$PWD   # in this checkout's root: the worktrees re-export its statement cache
//   for w in before:<commit before> after:HEAD control:HEAD; do
//     git worktree add /tmp/${w%%:*} ${w#*:} && (cd /tmp/${w%%:*} && pnpm install --offline &&
//     echo "export * from '$main/server/src/db/prepared-statements.ts';" > server/src/db/prepared-statements.ts)
//   done
//   AB_BEFORE=/tmp/before AB_AFTER=/tmp/after pnpm --filter @feedbackinstrument/server bench:write-path-ab
//   AB_BEFORE=/tmp/control AB_AFTER=/tmp/after pnpm --filter @feedbackinstrument/server bench:write-path-ab  # A/A
//
//   AB_AFTER (default: this checkout), AB_BLOCKS (300, about 30 s: runs of 100 blocks spread over 5 %, A/A over 3 %; of 300, about 1 %),
//   AB_PER_BLOCK (25 statements of 8 submissions),
//   AB_DATABASE_URL (default: PGlite).
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService } from '../services/services.js';

if (!process.env.AB_BEFORE) throw new Error('Set AB_BEFORE to the other checkout (see the top of this file).');
// Same SQL text, so both run as the same prepared statement of this checkout's driver.
const before = await import(join(process.env.AB_BEFORE, 'server/src/feedback/new-responses.ts'));
const after = await import(
  process.env.AB_AFTER ? join(process.env.AB_AFTER, 'server/src/feedback/new-responses.ts') : '../feedback/new-responses.js'
);
const url = process.env.AB_DATABASE_URL ?? null;
const database = connectDatabase({ databaseUrl: url, dataDir: url ? null : mkdtempSync(join(tmpdir(), 'ab-')) });
await migrate(database.db);
await insertOrganisation(database.db, { id: 'org', name: 'Org', level: 'lokaal' });
for (const id of ['svc-a', 'svc-b', 'svc-c']) {
  await insertService(database.db, {
    id,
    organisationId: 'org',
    name: { nl: id },
    audience: 'burgers',
    channel: 'web',
    allowedOrigins: ['https://a.be'],
    followUps: ['ease', 'completed'],
  });
}
const BATCH = 8;
const PER_BLOCK = Number(process.env.AB_PER_BLOCK ?? 25);
const BLOCKS = Number(process.env.AB_BLOCKS ?? 300);
const batch = () =>
  Array.from({ length: BATCH }, (_, i) => ({
    submission: {
      serviceId: ['svc-a', 'svc-b', 'svc-c'][i % 3]!,
      submissionId: randomUUID(),
      score: 1 + (i % 5),
      context: 'transaction' as const,
    },
    incoming: { remark: i % 4 === 0 ? 'Het formulier liep vast.' : null, ease: 3, completed: 'yes' as const },
    checkActive: true,
    origin: 'https://a.be',
    at: null,
    rateLimit: { key: `client-${i}`, max: 1_000_000_000, windowMs: 60_000 },
  }));
type Impl = { insertNewResponses: (db: any, items: any[], tz: string) => Promise<unknown[]> };
const impls: [string, Impl][] = [
  ['before', before as Impl],
  ['after', after as Impl],
];
const times: Record<string, number[]> = { before: [], after: [] };
const cpu: Record<string, number[]> = { before: [], after: [] };
for (const [, impl] of impls) for (let k = 0; k < 20; k++) await impl.insertNewResponses(database.db, batch(), 'Europe/Brussels'); // warm-up
for (let b = 0; b < BLOCKS; b++) {
  const order = b % 2 === 0 ? impls : [...impls].reverse();
  for (const [name, impl] of order) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    for (let k = 0; k < PER_BLOCK; k++) await impl.insertNewResponses(database.db, batch(), 'Europe/Brussels');
    const used = process.cpuUsage(cpuStarted);
    times[name]!.push(Number(process.hrtime.bigint() - started) / 1e6 / (PER_BLOCK * BATCH));
    cpu[name]!.push((used.user + used.system) / 1e3 / (PER_BLOCK * BATCH));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios = times.after!.map((t, i) => t / times.before![i]!);
console.log(`${url ? 'PostgreSQL' : 'PGlite'}: ${BLOCKS} alternating blocks of ${PER_BLOCK} statements of ${BATCH} submissions each`);
console.log(
  `ms per submission, median of blocks: before ${median(times.before!).toFixed(4)}, after ${median(times.after!).toFixed(4)}; after/before per block pair, median ${median(ratios).toFixed(3)} (range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
);
const cpuRatios = cpu.after!.map((t, i) => t / cpu.before![i]!);
console.log(
  `CPU ms per submission (this process${url ? '' : ', the database included'}), median of blocks: before ${median(cpu.before!).toFixed(4)}, after ${median(cpu.after!).toFixed(4)}; after/before per block pair, median ${median(cpuRatios).toFixed(3)} (range ${Math.min(...cpuRatios).toFixed(3)}–${Math.max(...cpuRatios).toFixed(3)})`,
);
console.log(
  `totals over all blocks: wall after/before ${(times.after!.reduce((a, b) => a + b) / times.before!.reduce((a, b) => a + b)).toFixed(3)}, CPU after/before ${(cpu.after!.reduce((a, b) => a + b) / cpu.before!.reduce((a, b) => a + b)).toFixed(3)}`,
);
await database.close();

// pnpm bench:alerts: the cost of one evaluation of every alert rule (topic.rising,
// satisfaction.dropped, digest.weekly) for every service, on a throwaway PostgreSQL with
// 10 million responses over 200 services in 2025–2026 (BENCH_RESPONSES to change), the
// dataset of the figures benchmark. One subscription per organisation (20), with all
// events, for all its services. It shows that the time grows with the services looked at,
// not with the history: the same evaluation early in the data (2 months of history) and
// late (23 months), and for 20 against 200 services.
// Prints medians; it is a measurement, not a test.
import { cpus } from 'node:os';
import { evaluationWindows, windowCounts } from '../alerts/alert-windows.js';
import { evaluateAlerts } from '../alerts/evaluate-alerts.js';
import { newWebhookSecret } from '../alerts/sign-webhook.js';
import { reindexRemarkTerms } from '../topics/reindex-terms.js';
import { insertAlertSubscription } from '../alerts/alert-subscriptions.js';
import { BENCH_ORGANISATIONS, organisationId, serviceId } from './load-dataset.js';
import { medianMs, withBenchDataset } from './bench-kit.js';
import { droppedOnRandom } from './dropped-on-random.js';
import { risingOnRandom } from './rising-on-random.js';

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 10_000_000);
const TZ = 'Europe/Brussels';
const log = (line: string) => console.log(line);

/** The median of timed runs, each after `before` (untimed). */
const median = (runs: number, before: () => Promise<unknown>, work: () => Promise<unknown>) => medianMs(runs, work, before);

const started = Date.now();
log(
  `feedbackinstrument alerts benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}: ${TOTAL.toLocaleString('en')} responses over 200 services (2025–2026)`,
);
await withBenchDataset(TOTAL, log, async (database) => {
  const db = database.db;
  // The dataset is inserted directly, so its remarks' terms are written as after an upgrade.
  const reindexStarted = Date.now();
  const reindexed = await reindexRemarkTerms(db, { batchSize: 2_000 });
  log(
    `  reindexed ${reindexed.analysed.toLocaleString('en')} remarks (pnpm cli topics reindex) in ${((Date.now() - reindexStarted) / 1000).toFixed(0)} s`,
  );
  for (let o = 0; o < BENCH_ORGANISATIONS; o += 1) {
    await insertAlertSubscription(db, {
      organisationId: organisationId(o),
      channel: 'webhook',
      url: `https://hooks.example.be/${o}`,
      email: null,
      events: ['topic.rising', 'satisfaction.dropped', 'digest.weekly'],
      services: null,
      language: 'nl',
      includeRemarks: true,
      secret: newWebhookSecret(),
    });
  }
  // Subscriptions that existed before any digest fell due.
  await db
    .updateTable('alert_subscriptions')
    .set({ created_at: new Date('2024-12-01T00:00:00Z') })
    .execute();
  const fresh = () => db.deleteFrom('alert_events').execute();
  const late = new Date('2026-12-04T12:00:00Z');
  const early = new Date('2025-03-05T12:00:00Z');
  const weekly = async (now: Date) => {
    const w = evaluationWindows(now, TZ);
    return Number(
      await db
        .selectFrom('response_rollups_daily')
        .select((s) => s.fn.sum<number>('remarks').as('n'))
        .where('day', '>=', w.week.from)
        .where('day', '<=', w.week.to)
        .executeTakeFirstOrThrow()
        .then((r) => r.n),
    );
  };
  const made = async (now: Date) => {
    await fresh();
    const events = await evaluateAlerts(db, { now, timezone: TZ });
    const by = (type: string) => events.filter((e) => e.type === type).length;
    return `${events.length} events (${by('topic.rising')} topic.rising, ${by('satisfaction.dropped')} satisfaction.dropped, ${by('digest.weekly')} digest.weekly)`;
  };
  const rows: [string, number, string][] = [];
  const w = evaluationWindows(late, TZ);
  const all = Array.from({ length: 200 }, (_, i) => serviceId(i));
  const rollupOnly = await median(
    15,
    async () => {},
    () => windowCounts(db, all, { week: w.week, before: w.before, digest: w.digestWeek, digestBefore: w.digestWeekBefore }),
  );
  rows.push(['roll-up windows only (satisfaction.dropped, digest), 200 services', rollupOnly, '']);
  rows.push([
    `every rule, 200 services, late (23 months of history; ${(await weekly(late)).toLocaleString('en')} remarks in the week)`,
    await median(5, fresh, () => evaluateAlerts(db, { now: late, timezone: TZ })),
    await made(late),
  ]);
  rows.push([
    `every rule, 200 services, early (2 months of history; ${(await weekly(early)).toLocaleString('en')} remarks in the week)`,
    await median(5, fresh, () => evaluateAlerts(db, { now: early, timezone: TZ })),
    await made(early),
  ]);
  rows.push([
    'again at once, late (every event exists: nothing new is sent)',
    await median(
      5,
      async () => {},
      () => evaluateAlerts(db, { now: late, timezone: TZ }),
    ),
    '0 new events',
  ]);
  // Only the subscriptions of two organisations (10 services each) for the last row.
  await db
    .deleteFrom('alert_subscriptions')
    .where('organisation_id', 'not in', [organisationId(0), organisationId(1)])
    .execute();
  rows.push([
    'every rule, 20 services, late',
    await median(5, fresh, () => evaluateAlerts(db, { now: late, timezone: TZ })),
    await made(late),
  ]);

  log('');
  log('Results (median of 5, ms; the events are deleted before each run, so each run makes them all again):');
  for (const [label, ms, what] of rows) log(`${label.padEnd(100)} ${ms.toFixed(0).padStart(8)} ms  ${what}`);
  // The data's remarks are drawn at random: topic.rising should fire for about 1 % of services
  // (its level), and one draw says little, so remarks of the same mix are drawn 10 times.
  const weekRemarks = Math.round(((TOTAL * 7) / 730) * 0.15);
  const draws = await risingOnRandom(weekRemarks, 10);
  const spread = (counts: number[]) =>
    `${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(1)} (${Math.min(...counts)}–${Math.max(...counts)})`;
  log(
    `topic.rising on random remarks (this data's remark mix, ${weekRemarks.toLocaleString('en')} in a week, 10 draws, in this process): fires for ${spread(draws.exact)} of 200 services with Fisher's exact test (the rule; its level: 2), ${spread(draws.zTest)} with the z-test it replaced`,
  );
  // The same for satisfaction.dropped: scores of the same mix, drawn 10 times.
  const weekResponses = Math.round((TOTAL * 7) / 730);
  log(
    `satisfaction.dropped on random scores (this data's mix, ${weekResponses.toLocaleString('en')} responses in a week, 10 draws, in this process): fires for ${spread(droppedOnRandom(weekResponses, 10))} of 200 services (its level: 2)`,
  );
  log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
});

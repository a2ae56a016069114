// pnpm bench:topics — the quality protocol of the topic finder (run-protocol.ts: the tuning
// corpus, the two held-out corpora and the hand-written regression corpus, each with and
// without the lexicon and the bilingual dictionary, over shuffled orders and in a second organisation), then the time
// of the topics endpoint's work for 20,000 remarks (its cap) against the finder before it
// (legacy/), with the year before empty, then holding as many, then with this year over
// the cap. On a throwaway PostgreSQL. A measurement; topics-quality.test.ts guards it.
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { sql, type Kysely } from 'kysely';
import { startThrowawayPostgres } from '../../../../tests/support/postgres-server.js';
import { connectDatabase } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { yearPeriod } from '../../kernel/calendar.js';
import { insertService } from '../../services/services.js';
import { seededRandom } from '../../demo/workload.js';
import { remarksOfServices } from '../../topics/topic-remarks.js';
import { reindexRemarkTerms } from '../../topics/reindex-terms.js';
import { forgetDecodedAnalyses } from '../../topics/decoded-analyses.js';
import { analysed, MAX_REMARKS_ANALYSED, topicsOf } from '../../topics/find-topics.js';
import { topicsReport } from '../../topics/topics-report.js';
import { median } from '../bench-kit.js';
import { corpusRemarks } from './corpus.js';
import { CORPUS_ORGANISATION, CORPUS_YEAR } from './load-corpus.js';
import { runQualityProtocol } from './run-protocol.js';
import { nowAgainstBefore } from './speed-rounds.js';

const VOLUME = Number(process.env.BENCH_TOPIC_REMARKS ?? 20_000);
const RUNS = 9;
const log = (line: string) => console.log(line);
const period = yearPeriod(CORPUS_YEAR);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** One of the corpus's remarks, sometimes with a typo (two letters swapped) or a one-off remark added to it. */
function variedRemark(random: () => number, all: ReturnType<typeof corpusRemarks>): { lang: string; text: string } {
  const base = all[Math.floor(random() * all.length)]!;
  let text = base.text;
  if (random() < 0.3) {
    const words = text.split(' ');
    const i = Math.floor(random() * words.length);
    const w = words[i]!;
    if (w.length >= 6) {
      const k = 1 + Math.floor(random() * (w.length - 3));
      words[i] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
    }
    text = words.join(' ');
  }
  if (random() < 0.3) {
    const other = all.filter((r) => r.lang === base.lang && r.problem === null);
    text = `${text} ${other[Math.floor(random() * other.length)]!.text}`;
  }
  return { lang: base.lang, text };
}

/** `count` remarks on a new service in the corpus year, inserted in batches (their writing is not what is measured). */
async function loadVolume(db: Kysely<Database>, serviceId: string, count: number, seed: number): Promise<void> {
  await insertService(db, {
    id: serviceId,
    organisationId: CORPUS_ORGANISATION,
    name: { nl: serviceId },
    audience: 'burgers',
    channel: 'e-loket',
    allowedOrigins: [],
    followUps: [],
  });
  await loadRemarks(db, serviceId, count, seed, CORPUS_YEAR);
}

/** `count` remarks spread over a year, made from the corpus (variedRemark). */
async function loadRemarks(db: Kysely<Database>, serviceId: string, count: number, seed: number, year: number): Promise<void> {
  const random = seededRandom(seed);
  const all = corpusRemarks();
  for (let done = 0; done < count; done += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - done) }, () => {
      const { lang, text } = variedRemark(random, all);
      const at = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 27), 9));
      return {
        service_id: serviceId,
        submission_id: randomUUID(),
        score: 1 + Math.floor(random() * 5),
        remark: text,
        has_remark: true,
        lang,
        context: 'transaction',
        channel: 'e-loket',
        received_at: at,
        local_day: at.toISOString().slice(0, 10),
      };
    });
    await db.insertInto('responses').values(rows).execute();
  }
}

/** The median of RUNS timings of `work`. */
async function medianTime(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await timed(work));
  return median(times);
}

/**
 * Statistics as a running database has them: autovacuum (PostgreSQL) or embedded-maintenance.ts
 * (PGlite) analyses a table within a minute of such a load. Without them the planner took the
 * new service for one row (with remark_terms, before migration 0018: probed 20,000 times,
 * 48 ms; a hash join: 16 ms). The reindex vacuums responses itself: its update of every
 * remark's row (the write path never makes one) leaves a dead row for each, which the bench's
 * reads scanned too until the vacuum.
 */
const analyseTables = (db: Kysely<Database>) => sql`ANALYZE`.execute(db);

/** More remarks for a service, with their terms (as a reindex writes them) and fresh statistics. */
async function addRemarks(db: Kysely<Database>, serviceId: string, count: number, seed: number, year: number): Promise<void> {
  await loadRemarks(db, serviceId, count, seed, year);
  await reindexRemarkTerms(db);
  await analyseTables(db);
}

const ratio = ({ now, legacy }: { now: number; legacy: number }) =>
  `now ${now.toFixed(0)} ms, before ${legacy.toFixed(0)} ms (${(now / legacy).toFixed(2)}× the time before)`;

/** Time: the endpoint's work (the period and the year before) for its cap, against the finder before. */
async function measureSpeed(db: Kysely<Database>, databaseUrl: string): Promise<void> {
  log(
    `Loading ${VOLUME.toLocaleString('en')} remarks on one service and ${VOLUME.toLocaleString('en')} on another (corpus remarks, 30 % with a typo, 30 % with a second remark added)…`,
  );
  await loadVolume(db, 'topics-volume', VOLUME, 1);
  await loadVolume(db, 'topics-volume-other', VOLUME, 2);
  // Inserted directly (not what is measured), so their terms are written as a reindex does.
  const reindexStarted = Date.now();
  const reindexed = await reindexRemarkTerms(db);
  log(
    `Reindexed ${reindexed.analysed.toLocaleString('en')} remarks (pnpm cli topics reindex) in ${((Date.now() - reindexStarted) / 1000).toFixed(1)} s.`,
  );
  await analyseTables(db);
  // Each finder in a process of its own (speed-rounds.ts), reading this database.
  const query = { serviceId: 'topics-volume', period, limit: 10, minCount: 3, timezone: 'Europe/Brussels' };
  const { serviceId, limit, minCount, timezone } = query;
  const rounds = () => nowAgainstBefore({ databaseUrl, serviceId, year: CORPUS_YEAR, limit, minCount, timezone }, RUNS);
  const alone = await rounds();
  // Of ours, the two parts, each timed on its own in this process (medians of their own, so they
  // need not add up to a call): reading the remarks with their stored terms, and the finder's work.
  // The finder reads the analyses only (no texts), as the endpoint does.
  const read = await medianTime(() =>
    remarksOfServices(db, { serviceIds: [query.serviceId], period }, MAX_REMARKS_ANALYSED, { texts: false }),
  );
  // The same read with nothing decoded before, as a call's after a start or a pause (decoded-analyses.ts).
  const readCold = await medianTime(() => {
    forgetDecodedAnalyses();
    return remarksOfServices(db, { serviceIds: [query.serviceId], period }, MAX_REMARKS_ANALYSED, { texts: false });
  });
  const rows = await remarksOfServices(db, { serviceIds: [query.serviceId], period }, MAX_REMARKS_ANALYSED, { texts: false });
  const inProcess = await medianTime(() => topicsOf(rows, [], { limit: 10, minCount: 3 }));
  // Analysing every text again, as each call did before terms were stored (the analyser of analyse-remark.ts).
  const withTexts = await remarksOfServices(db, { serviceIds: [query.serviceId], period }, MAX_REMARKS_ANALYSED);
  const reanalyse = await medianTime(() => analysed(withTexts));
  const report = await topicsReport(db, query);
  log(
    `Topics of ${report.remarks.toLocaleString('en')} remarks (GET /v1/services/:id/topics' work: this year and the year before), median of ${RUNS} alternating rounds, each finder in a process of its own:`,
  );
  log(
    `  ${ratio(alone)}; of ours, each part timed on its own in the bench's process: ${read.toFixed(0)} ms reading the remarks with their stored terms, ${inProcess.toFixed(0)} ms finding the topics (topicsOf: batch terms and topics)`,
  );
  log(
    `  a call with no analysis decoded before (after a start, or 12 minutes without a call): about ${(alone.now + readCold - read).toFixed(0)} ms (its read ${readCold.toFixed(0)} ms instead of ${read.toFixed(0)})`,
  );
  log(
    `  with terms stored at write time: ${alone.now.toFixed(0)} ms per call; analysing every text again (${rows.length.toLocaleString('en')} remarks) would cost ${reanalyse.toFixed(0)} ms more: about ${(alone.now + reanalyse).toFixed(0)} ms per call`,
  );
  // The same call when the year before holds as many remarks, as it does for a service in
  // its second year: both finders read and count it (the trend), so it costs both more.
  await addRemarks(db, query.serviceId, VOLUME, 3, CORPUS_YEAR - 1);
  const withBefore = await rounds();
  const { previousRemarks } = await topicsReport(db, query);
  log(`  with ${previousRemarks.toLocaleString('en')} remarks in the year before as well: ${ratio(withBefore)}`);
  // And a year over the cap, as a large service has: the newest 20,000 are picked (their keys
  // sorted by PostgreSQL, then read whole, topic-remarks.ts), the rest left out.
  const extra = Math.round(VOLUME / 4);
  await addRemarks(db, query.serviceId, extra, 4, CORPUS_YEAR);
  const overCap = await rounds();
  log(
    `  with ${(VOLUME + extra).toLocaleString('en')} remarks this year (over the cap: its newest ${MAX_REMARKS_ANALYSED.toLocaleString('en')}) and the year before as well: ${ratio(overCap)}`,
  );
}

const started = Date.now();
log(`feedbackinstrument topics benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}`);
const server = await startThrowawayPostgres();
try {
  const database = connectDatabase({ databaseUrl: server.url, dataDir: null });
  try {
    await migrate(database.db);
    await runQualityProtocol(database.db, log, process.env.BENCH_HELD_OUT !== '0');
    // Time (BENCH_TOPIC_REMARKS=0: the quality protocol only; the server is still stopped below).
    log('');
    if (VOLUME > 0) await measureSpeed(database.db, server.url);
    log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await database.close();
  }
} finally {
  await server.stop();
}

// pnpm bench:topics — the quality of the topic finder on a hand-written corpus of remarks
// (corpus.ts: 3 services, 9 planted problems written many ways in nl/fr/en/de, one-off
// remarks), for today's finder and the one before it (legacy/), in the same run; then the
// time of the topics endpoint's work for 20,000 remarks (its cap) with both. On a throwaway
// PostgreSQL. It is a measurement, not a test (topics-quality.test.ts guards the target).
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import type { Kysely } from 'kysely';
import { startThrowawayPostgres } from '../../../../tests/support/postgres-server.js';
import { connectDatabase } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { yearPeriod } from '../../figures/period.js';
import { insertService } from '../../repositories/services.js';
import { seededRandom } from '../../testing/workload.js';
import { backgroundRemarks, remarksOfServices, serviceNames } from '../../repositories/topic-remarks.js';
import { reindexRemarkTerms } from '../../topics/reindex-terms.js';
import { analyseTexts } from '../../topics/terms.js';
import { findTopics, MAX_BACKGROUND_REMARKS, MAX_REMARKS_ANALYSED, topicsOf, topicsReport } from '../../topics/find-topics.js';
import { CORPUS, corpusRemarks } from './corpus.js';
import { findTopics as legacyFindTopics } from './legacy/find-topics.js';
import { CORPUS_ORGANISATION, CORPUS_YEAR, loadCorpus } from './load-corpus.js';
import { meetsTarget, scoreService, TARGET_SHARE, TARGET_UNPLANTED, TOP, type ServiceResult } from './score-topics.js';

const VOLUME = Number(process.env.BENCH_TOPIC_REMARKS ?? 20_000);
const RUNS = 5;
const log = (line: string) => console.log(line);
const period = yearPeriod(CORPUS_YEAR);
const pct = (x: number) => `${Math.round(100 * x)} %`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

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
  await insertService(db, { id: serviceId, organisationId: CORPUS_ORGANISATION, name: { nl: serviceId }, audience: 'burgers', channel: 'e-loket', allowedOrigins: [], followUps: [] });
  const random = seededRandom(seed);
  const all = corpusRemarks();
  for (let done = 0; done < count; done += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - done) }, () => {
      const { lang, text } = variedRemark(random, all);
      const at = new Date(Date.UTC(CORPUS_YEAR, Math.floor(random() * 12), 1 + Math.floor(random() * 27), 9));
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

function printQuality(name: string, results: ServiceResult[]): void {
  log('');
  log(`${name}: per planted problem, is it one topic in the top ${TOP}, and the share of its remarks counted`);
  log(`${'service'.padEnd(24)} ${'planted problem'.padEnd(18)} ${'remarks'.padStart(7)} ${'rank'.padStart(5)} ${'topics'.padStart(6)} ${'counted'.padStart(8)}  label`);
  for (const s of results) {
    for (const p of s.problems) {
      log(`${s.serviceId.padEnd(24)} ${p.problem.padEnd(18)} ${String(p.remarks).padStart(7)} ${(p.rank === null ? '–' : String(p.rank)).padStart(5)} ${String(p.topics).padStart(6)} ${pct(p.share).padStart(8)}  ${p.label ?? ''}`);
    }
    log(`${s.serviceId.padEnd(24)} unplanted topics in the top ${TOP}: ${s.unplanted.length}${s.unplanted.length ? ` (${s.unplanted.map((u) => `"${u.label}" ${u.count}`).join(', ')})` : ''}`);
  }
  const problems = results.flatMap((s) => s.problems);
  log(
    `${name}: ${problems.filter((p) => p.rank !== null && p.share >= TARGET_SHARE).length} of ${problems.length} planted problems found with ≥ ${pct(TARGET_SHARE)} of their remarks; ` +
      `unplanted topics per service: ${results.map((s) => s.unplanted.length).join(', ')}; target (all, ≤ ${TARGET_UNPLANTED} unplanted): ${meetsTarget(results) ? 'met' : 'NOT met'}`,
  );
}

const started = Date.now();
log(`feedbackinstrument topics benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}`);
const server = await startThrowawayPostgres();
try {
  const database = connectDatabase({ databaseUrl: server.url, dataDir: null });
  try {
    await migrate(database.db);
    const truth = await loadCorpus(database.db);
    const remarks = corpusRemarks();
    log(`Corpus: ${remarks.length} remarks on ${CORPUS.length} services, ${CORPUS.reduce((n, s) => n + Object.keys(s.planted).length, 0)} planted problems ` +
      `(${remarks.filter((r) => r.problem).length} remarks), ${remarks.filter((r) => !r.problem).length} one-off remarks; ` +
      `languages ${['nl', 'fr', 'en', 'de'].map((l) => `${l} ${remarks.filter((r) => r.lang === l).length}`).join(', ')}.`);

    const ours: ServiceResult[] = [];
    const before: ServiceResult[] = [];
    const withoutLexicon: ServiceResult[] = [];
    for (const service of CORPUS) {
      const names = await serviceNames(database.db, [service.id]);
      const rows = await remarksOfServices(database.db, { serviceIds: [service.id], period }, MAX_REMARKS_ANALYSED);
      const others = await backgroundRemarks(database.db, { serviceIds: [service.id], period }, MAX_BACKGROUND_REMARKS);
      const bare = await topicsOf(rows, others, null, { limit: TOP, minCount: 3, serviceNames: names, lexicon: false });
      withoutLexicon.push(scoreService(service.id, bare.topics, truth));
      const found = await findTopics(database.db, { serviceIds: [service.id], from: period.from, to: period.to, limit: TOP, minCount: 3 });
      ours.push(scoreService(service.id, found.topics, truth));
      const legacy = await legacyFindTopics(database.db, { serviceId: service.id, period }, { limit: TOP, minCount: 3, timezone: 'Europe/Brussels' });
      before.push(scoreService(service.id, legacy.topics, truth));
    }
    printQuality('Before (PostgreSQL text-search phrases)', before);
    printQuality('Now', ours);
    printQuality('Now without the concept lexicon (what stems, compounds, typos and keyness do alone)', withoutLexicon);

    // Time: the endpoint's work (the period and the year before; now also the other services' remarks) for its cap.
    log('');
    if (VOLUME === 0) process.exit(0);
    log(`Loading ${VOLUME.toLocaleString('en')} remarks on one service and ${VOLUME.toLocaleString('en')} on another (corpus remarks, 30 % with a typo, 30 % with a second remark added)…`);
    await loadVolume(database.db, 'topics-volume', VOLUME, 1);
    await loadVolume(database.db, 'topics-volume-other', VOLUME, 2);
    // Inserted directly (not what is measured), so their terms are written as a reindex does.
    const reindexStarted = Date.now();
    const reindexed = await reindexRemarkTerms(database.db);
    log(`Reindexed ${reindexed.analysed.toLocaleString('en')} remarks (pnpm cli topics reindex) in ${((Date.now() - reindexStarted) / 1000).toFixed(1)} s.`);
    const query = { serviceId: 'topics-volume', period, limit: 10, minCount: 3, timezone: 'Europe/Brussels' };
    // Warm-up of both: the dictionaries and stemmers load once per process, plans are cached.
    await topicsReport(database.db, query);
    await legacyFindTopics(database.db, { serviceId: query.serviceId, period }, query);
    // Alternating rounds, so that other work on the machine weighs on both alike.
    const nowTimes: number[] = [];
    const legacyTimes: number[] = [];
    for (let round = 0; round < RUNS; round += 1) {
      nowTimes.push(await timed(() => topicsReport(database.db, query)));
      legacyTimes.push(await timed(() => legacyFindTopics(database.db, { serviceId: query.serviceId, period }, query)));
    }
    const now = median(nowTimes);
    const legacy = median(legacyTimes);
    // Of ours, the part in this process (the remarks already read).
    const rows = await remarksOfServices(database.db, { serviceIds: [query.serviceId], period }, MAX_REMARKS_ANALYSED);
    const background = await backgroundRemarks(database.db, { serviceIds: [query.serviceId], period }, MAX_BACKGROUND_REMARKS);
    const inProcessTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) inProcessTimes.push(await timed(() => topicsOf(rows, background, [], { limit: 10, minCount: 3 })));
    const inProcess = median(inProcessTimes);
    // Today's finder before terms were stored: every call analysed every text again (analyseTexts), then grouped.
    const texts = [...rows, ...background].map((r) => ({ text: r.remark, lang: r.lang }));
    const reanalyseTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) reanalyseTimes.push(await timed(() => analyseTexts(texts)));
    const reanalyse = median(reanalyseTimes);
    const analysed = await topicsReport(database.db, query);
    log(`Topics of ${analysed.remarks.toLocaleString("en")} remarks (weighed against the newest ${MAX_BACKGROUND_REMARKS.toLocaleString("en")} of the other services), median of ${RUNS} alternating rounds:`);
    log(`  now ${now.toFixed(0)} ms, before ${legacy.toFixed(0)} ms (${(now / legacy).toFixed(2)}× the time before); of ours, ${inProcess.toFixed(0)} ms in this process (terms and topics), the rest reading remarks`);
    log(`  with terms stored at write time: ${now.toFixed(0)} ms per call; analysing every text again as each call did before (analyseTexts of ${texts.length.toLocaleString('en')} texts) costs ${reanalyse.toFixed(0)} ms on top of the ${inProcess.toFixed(0)} ms grouping: about ${(now + reanalyse).toFixed(0)} ms per call before`);
    log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await database.close();
  }
} finally {
  await server.stop();
}

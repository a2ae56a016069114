// The topics quality protocol in `pnpm test` (pnpm bench:topics prints the same figures):
// the corpora written by helpers who never saw the finder, recorded through the write path,
// and the hand-written regression corpus. What it asserts is what holds today; the issue's
// targets (≥ 85 % of planted problems whole and pure on the held-out corpora) are not met
// yet, see docs/benchmarks.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../bench/topics/corpus.js';
import { DEVELOPMENT, HELD_OUT, readCorpus, TUNING } from '../bench/topics/corpora.js';
import { loadCorpus } from '../bench/topics/load-corpus.js';
import {
  ALL_PARTS,
  loadCorpusFile,
  sameOverOrders,
  scoreTopics,
  topicSignature,
  topicsOfService,
  withOtherSeeds,
  type Truth,
} from '../bench/topics/quality-protocol.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import type { FoundTopics } from './find-topics.js';
import { stemOf } from './language.js';

/** Each remark in at most one topic, counts that add up, examples that say the topic's terms. */
function expectPartition(found: FoundTopics): void {
  const seen = new Set<number>();
  for (const topic of found.topics) {
    const rows = found.rowsOf(topic);
    expect(rows.length).toBe(topic.count);
    expect(new Set(topic.remarkIds)).toEqual(new Set(rows.map((i) => found.rows[i]!.id)));
    for (const i of rows) {
      expect(seen.has(i)).toBe(false);
      seen.add(i);
    }
    const own = topic.terms.filter((t) => t !== '¬');
    const examples = found.examplesOf(topic, 3);
    expect(examples.length).toBeGreaterThan(0);
    for (const i of examples) {
      const said = new Set(found.matchedIn(topic, i).flatMap((m) => m.terms));
      // No remark text in the message: the held-out corpora's texts are never printed.
      expect(said.size, `an example of topic ${topic.key}`).toBeGreaterThanOrEqual(Math.min(2, own.length));
    }
  }
}

/**
 * Planted problems whole and pure, at least: what the finder reaches today with its own seed
 * (pnpm bench:topics, 2026-12-08: twenty GSDMM chains and their consensus, gsdmm-consensus.ts;
 * same-head topics merged, left-out remarks joining by vocabulary).
 * One seed is one draw: the means over 12 other seeds (below) say
 * more. The target is 6 of 7 (85 %) on each held-out corpus: met on the business
 * service, not on the social benefit.
 */
const WHOLE_AND_PURE: Record<string, number> = {
  [TUNING]: 5,
  'dev-permits': 3,
  'dev-childcare': 7,
  'dev-parking': 6,
  'heldout-benefit': 2,
  'heldout-business': 6,
};
/**
 * …and the mean over OTHER_SEEDS at least (the benchmark's last column, deterministic:
 * measured 5.0, 3.0, 6.9, 5.8, 2.7 and 6.0), a little under it so that a change of one
 * draw does not fail it but a finder that holds fewer problems on the whole does.
 */
const MEAN_OVER_SEEDS: Record<string, number> = {
  [TUNING]: 4.7,
  'dev-permits': 2.7,
  'dev-childcare': 6.5,
  'dev-parking': 5.4,
  'heldout-benefit': 2.4,
  'heldout-business': 5.5,
};
const CORPORA = [TUNING, ...DEVELOPMENT, ...HELD_OUT];

describe.each(BACKENDS)('topic quality on corpora nobody here wrote, %s', (kind) => {
  let database: TestDatabase;
  const loaded = new Map<string, { first: { serviceId: string; truth: Truth }; second: { serviceId: string } }>();
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    for (const name of CORPORA) {
      const corpus = readCorpus(name);
      loaded.set(name, {
        first: await loadCorpusFile(database.db, corpus, 'quality-first', `quality-${name}`, 0),
        second: await loadCorpusFile(database.db, corpus, 'quality-second', `quality-${name}-2`, 7),
      });
    }
  }, 240_000);
  afterAll(() => database.close());

  it.each(CORPORA)('%s: a partition, the same over 5 orders and in a second organisation, ≤ 2 unplanted in the top 10', async (name) => {
    const { first, second } = loaded.get(name)!;
    const found = await topicsOfService(database.db, first.serviceId);
    expectPartition(found);
    expect(await sameOverOrders(database.db, first.serviceId, found, 5), 'the same over 5 orders').toBe(true);
    // Compared as a yes/no: a failing diff would print the held-out corpora's texts.
    expect(
      topicSignature(await topicsOfService(database.db, second.serviceId)) === topicSignature(found),
      'the same in a second organisation',
    ).toBe(true);
    const score = scoreTopics(found, first.truth);
    expect(score.unplanted).toBeLessThanOrEqual(2);
    expect(score.problems.length).toBeGreaterThanOrEqual(6);
    expect(score.wholeAndPure).toBeGreaterThanOrEqual(WHOLE_AND_PURE[name]!);
  });

  it.each(CORPORA)('%s: whole and pure over 12 other seeds, on average', async (name) => {
    const { first } = loaded.get(name)!;
    const each = await withOtherSeeds(database.db, first.serviceId, ALL_PARTS, first.truth);
    expect(each.reduce((a, b) => a + b, 0) / each.length).toBeGreaterThanOrEqual(MEAN_OVER_SEEDS[name]!);
  });
});

describe.each(BACKENDS)('topic quality on the hand-written regression corpus, %s', (kind) => {
  let database: TestDatabase;
  let truth: Map<string, { serviceId: string; problem: string | null }>;
  const found = new Map<string, FoundTopics>();
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    truth = await loadCorpus(database.db);
    for (const service of CORPUS) found.set(service.id, await topicsOfService(database.db, service.id));
  }, 60_000);
  afterAll(() => database.close());

  it('with the lexicon, at least 8 of its 9 planted problems are whole and pure; ≤ 2 unplanted per service', () => {
    let wholeAndPure = 0;
    for (const service of CORPUS) {
      const own: Truth = new Map([...truth].filter(([, t]) => t.serviceId === service.id).map(([id, t]) => [id, t.problem]));
      const score = scoreTopics(found.get(service.id)!, own);
      expect(score.problems.length).toBe(3);
      expect(score.unplanted).toBeLessThanOrEqual(2);
      wholeAndPure += score.wholeAndPure;
      expectPartition(found.get(service.id)!);
    }
    expect(wholeAndPure).toBeGreaterThanOrEqual(8);
  });

  it('never makes a topic of the words every service uses', () => {
    const common = [
      stemOf('nl', 'aanvraag'),
      stemOf('nl', 'formulier'),
      stemOf('nl', 'dossier'),
      stemOf('nl', 'website'),
      stemOf('fr', 'formulaire'),
    ];
    for (const topics of found.values()) for (const topic of topics.topics) expect(common).not.toContain(topic.key);
  });

  it('says per topic how each term was written, and per remark which words made it belong', () => {
    const topics = found.get('groeipakket-opvolgen')!;
    const password = topics.topics.find((t) => t.terms.includes('password'))!;
    const forms = password.matches.find((m) => m.term === 'password')!.forms;
    expect(forms).toEqual(expect.arrayContaining(['wachtwoord', 'mot de passe']));
    const compound = topics.rows.findIndex((r) => r.remark === 'Wachtwoordherstel werkt niet.');
    expect(topics.rowsOf(password)).toContain(compound);
    expect(topics.matchedIn(password, compound)).toEqual(
      expect.arrayContaining([{ form: 'wachtwoordherstel', terms: ['password', 'reset'] }]),
    );
  });
});

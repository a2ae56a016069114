// The topics benchmark's target, guarded by the tests: on the hand-written corpus (3
// services, 9 planted problems said many ways in nl/fr/en/de, one-off remarks), every
// planted problem is one topic in the top 10 with at least 80 % of its remarks, and at
// most 2 of the top 10 are not planted. pnpm bench:topics prints the same as a table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../bench/topics/corpus.js';
import { CORPUS_YEAR, loadCorpus, type CorpusTruth } from '../bench/topics/load-corpus.js';
import { scoreService, TARGET_SHARE, TARGET_UNPLANTED, TOP } from '../bench/topics/score-topics.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { findTopics, type FoundTopics } from './find-topics.js';
import { stemOf } from './language.js';

describe.each(BACKENDS)('topic quality on the benchmark corpus, %s', (kind) => {
  let database: TestDatabase;
  let truth: CorpusTruth;
  const found = new Map<string, FoundTopics>();
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    truth = await loadCorpus(database.db);
    for (const service of CORPUS) {
      found.set(service.id, await findTopics(database.db, { serviceIds: [service.id], from: `${CORPUS_YEAR}-01-01`, to: `${CORPUS_YEAR}-12-31`, limit: TOP, minCount: 3 }));
    }
  }, 60_000);
  afterAll(() => database.close());

  it.each(CORPUS.map((s) => s.id))('%s: each planted problem is one top-10 topic with ≥ 80 % of its remarks; ≤ 2 unplanted', (serviceId) => {
    const result = scoreService(serviceId, found.get(serviceId)!.topics, truth);
    expect(result.problems.length).toBe(3);
    for (const problem of result.problems) {
      expect(problem.rank, problem.problem).not.toBeNull();
      expect(problem.topics, problem.problem).toBe(1);
      expect(problem.share, problem.problem).toBeGreaterThanOrEqual(TARGET_SHARE);
    }
    expect(result.unplanted.length).toBeLessThanOrEqual(TARGET_UNPLANTED);
  });

  it('never makes a topic of the words every service uses', () => {
    const common = [stemOf('nl', 'aanvraag'), stemOf('nl', 'formulier'), stemOf('nl', 'dossier'), stemOf('nl', 'website'), stemOf('fr', 'formulaire')];
    for (const topics of found.values()) {
      for (const topic of topics.topics) expect(common).not.toContain(topic.key);
    }
  });

  it('says per topic how each term was written, and per remark which words made it belong', () => {
    const topics = found.get('groeipakket-opvolgen')!;
    const password = topics.topics.find((t) => t.key === 'password' || t.terms.includes('password'))!;
    const forms = password.matches.find((m) => m.term === 'password')!.forms;
    expect(forms).toEqual(expect.arrayContaining(['wachtwoord', 'mot de passe']));
    const compound = topics.rows.findIndex((r) => r.remark === 'Wachtwoordherstel werkt niet.');
    expect(topics.rowsOf(password)).toContain(compound);
    expect(topics.matchedIn(password, compound)).toEqual(expect.arrayContaining([{ form: 'wachtwoordherstel', terms: ['password', 'reset'] }]));
  });
});

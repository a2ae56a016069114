// The quality protocol as `pnpm bench:topics` prints it: per corpus, with the concept lexicon
// and the bilingual dictionary, without each and without both, planted problems whole and pure, unplanted topics in the top 10, the same
// topics over 5 shuffled orders and in a second organisation's service holding the same
// remarks (recorded in another order); and whole and pure again with GSDMM's draws from
// other seeds (mean, least and most), so that a figure that is one lucky draw shows as such.
// Held-out corpora print aggregate figures only.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { CORPUS } from './corpus.js';
import { DEVELOPMENT, HELD_OUT, readCorpus, TUNING } from './corpora.js';
import { loadCorpus } from './load-corpus.js';
import {
  loadCorpusFile,
  OTHER_SEEDS,
  sameOverOrders,
  scoreTopics,
  topicSignature,
  topicsOfService,
  withOtherSeeds,
  type FinderParts,
  type ProtocolScore,
  type Truth,
} from './quality-protocol.js';

export interface CorpusOutcome {
  corpus: string;
  parts: FinderParts;
  score: ProtocolScore;
  sameOverOrders: boolean;
  sameInSecondOrganisation: boolean | null;
  /** Whole and pure with each of OTHER_SEEDS. */
  otherSeeds: number[];
}

const ORDERS = 5;
/** Each corpus with both parts, then without the lexicon, without the dictionary, and without either: what each part adds. */
const VARIANTS: readonly FinderParts[] = [
  { lexicon: true, dictionary: true },
  { lexicon: false, dictionary: true },
  { lexicon: true, dictionary: false },
  { lexicon: false, dictionary: false },
];
const partsName = (p: FinderParts) =>
  p.lexicon && p.dictionary ? 'both' : p.lexicon ? 'lexicon' : p.dictionary ? 'dictionary' : 'neither';

function line(o: CorpusOutcome): string {
  const n = o.score.problems.length;
  const yes = (b: boolean | null) => (b === null ? '–' : b ? 'yes' : 'NO');
  return (
    `${o.corpus.padEnd(26)} ${partsName(o.parts).padEnd(10)} ${`${o.score.wholeAndPure}/${n}`.padStart(6)} ${`${Math.round((100 * o.score.wholeAndPure) / n)} %`.padStart(6)} ` +
    `${`${o.score.problems.filter((p) => p.whole).length}/${n}`.padStart(6)} ${`${o.score.problems.filter((p) => p.pure).length}/${n}`.padStart(6)} ${String(o.score.unplanted).padStart(10)} ${yes(o.sameOverOrders).padStart(9)} ${yes(o.sameInSecondOrganisation).padStart(10)} ${seedsOf(o.otherSeeds).padStart(12)}`
  );
}

/** Mean (least–most) of whole and pure over the other seeds. */
const seedsOf = (list: readonly number[]) =>
  `${(list.reduce((a, b) => a + b, 0) / list.length).toFixed(1)} (${Math.min(...list)}–${Math.max(...list)})`;

/** `heldOut: false` (BENCH_HELD_OUT=0) scores the tuning, development and regression corpora only, while a change is being made. */
export async function runQualityProtocol(db: Kysely<Database>, log: (line: string) => void, heldOut = true): Promise<CorpusOutcome[]> {
  const outcomes: CorpusOutcome[] = [];
  log('');
  log(
    "Quality protocol: a planted problem is whole when one top-10 topic holds 70-130 % of its remarks (≥ 70 % its own), pure when that topic's 3 examples are all its own; the last column: whole and pure with GSDMM's draws from other seeds, mean (least–most).",
  );
  log(
    'Targets on the held-out corpora: ≥ 85 % whole and pure, ≤ 2 unplanted in the top 10, identical over 5 orders and in a second organisation.',
  );
  log(
    `${'corpus'.padEnd(26)} ${'parts'.padEnd(10)} ${'w & p'.padStart(6)} ${''.padStart(6)} ${'whole'.padStart(6)} ${'pure'.padStart(6)} ${'unplanted'.padStart(10)} ${'5 orders'.padStart(9)} ${'2nd org'.padStart(10)} ${`${OTHER_SEEDS.length} seeds`.padStart(12)}`,
  );
  for (const name of [TUNING, ...DEVELOPMENT, ...(heldOut ? HELD_OUT : [])]) {
    const corpus = readCorpus(name);
    const first = await loadCorpusFile(db, corpus, 'protocol-first', `protocol-${name}`, 0);
    const second = await loadCorpusFile(db, corpus, 'protocol-second', `protocol-${name}-2`, 7);
    for (const parts of VARIANTS) {
      const found = await topicsOfService(db, first.serviceId, parts);
      const again = await topicsOfService(db, second.serviceId, parts);
      const outcome: CorpusOutcome = {
        corpus: name,
        parts,
        score: scoreTopics(found, first.truth),
        sameOverOrders: await sameOverOrders(db, first.serviceId, found, ORDERS, parts),
        sameInSecondOrganisation: topicSignature(found) === topicSignature(again),
        otherSeeds: await withOtherSeeds(db, first.serviceId, parts, first.truth),
      };
      outcomes.push(outcome);
      log(line(outcome));
    }
  }
  // The hand-written regression corpus (corpus.ts): three services of one organisation.
  const recorded = await loadCorpus(db);
  for (const service of CORPUS) {
    const truth: Truth = new Map([...recorded].filter(([, t]) => t.serviceId === service.id).map(([id, t]) => [id, t.problem]));
    for (const parts of VARIANTS) {
      const found = await topicsOfService(db, service.id, parts);
      const outcome: CorpusOutcome = {
        corpus: `regression ${service.id}`,
        parts,
        score: scoreTopics(found, truth),
        sameOverOrders: await sameOverOrders(db, service.id, found, ORDERS, parts),
        sameInSecondOrganisation: null,
        otherSeeds: await withOtherSeeds(db, service.id, parts, truth),
      };
      outcomes.push(outcome);
      log(line(outcome));
    }
  }
  return outcomes;
}

// A step of the partition (partition.ts): the remarks left in no topic join the topic they
// say most of. GSDMM alone leaves a remark that says "sessie" among other words in a group
// of its own, and a group keeps only its remarks that say one of its core terms.
import type { PartitionTopic } from './partition.js';
import { fitsSide, type Side } from './score-side.js';

/** A left-out remark joins a topic when it says at least this many of its core terms (all, when fewer)… */
const ABSORB = 2;
/**
 * …or this many terms of its vocabulary.
 * A topic's vocabulary: the terms (not core) that at least VOCABULARY of its remarks say, LIFT
 * times as often as the batch's remarks do ("medeaanvrager" in the topic of co-applicants who
 * cannot see the file). A word every kind of remark says is never that much more frequent in
 * one topic. Twentieth pass, two sets of subsets of the choosing corpora: whole and pure with
 * the own seed 281 → 283 and 283 → 286; LIFT 2 and 4 within one of it (docs/benchmarks.md).
 */
const VOCABULARY = 2;
const LIFT = 3;

export interface LeftOut {
  features: readonly (readonly number[])[];
  /** Each distinct feature list's remarks (partition-units.ts): a decision is made once per unit and side. */
  members: readonly (readonly number[])[];
  units: readonly { words: readonly number[] }[];
  sides: readonly Side[];
  ids: ReadonlyMap<string, number>;
}

/**
 * Adds to the topics (in place) the remarks in none of them: each to the topic it may join of
 * which it says most core and vocabulary terms together (ties: the larger topic). Only the
 * larger topics (3 × `limit`: enough to fill the top `limit`; bounded time) take remarks in,
 * each on its side.
 */
export function joinLeftOut(topics: readonly PartitionTopic[], batch: LeftOut, limit: number): void {
  const { features, members, units, sides, ids } = batch;
  const remarks = features.length;
  const inTopic = new Uint8Array(remarks);
  for (const t of topics) for (const i of t.remarks) inTopic[i] = 1;
  const coreSets = topics.map((t) => new Set(t.terms.map((term) => ids.get(term)!)));
  const order = topics
    .map((_, i) => i)
    .sort((a, b) => topics[b]!.remarks.length - topics[a]!.remarks.length || a - b)
    .slice(0, 3 * limit);
  // Per feature, the topics it is a core term of, and those it is vocabulary of.
  const coreOf = new Map<number, number[]>();
  const vocabularyOf = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, w: number, t: number) => {
    const list = map.get(w);
    if (list) list.push(t);
    else map.set(w, [t]);
  };
  for (const t of order) for (const w of coreSets[t]!) add(coreOf, w, t);
  const inBatch = new Map<number, number>();
  units.forEach((unit, u) => {
    for (const w of unit.words) inBatch.set(w, (inBatch.get(w) ?? 0) + members[u]!.length);
  });
  for (const t of order) {
    const said = new Map<number, number>();
    for (const i of topics[t]!.remarks) for (const w of features[i]!) said.set(w, (said.get(w) ?? 0) + 1);
    const size = topics[t]!.remarks.length;
    for (const [w, n] of said)
      if (n >= VOCABULARY && !coreSets[t]!.has(w) && n / size >= (LIFT * inBatch.get(w)!) / remarks) add(vocabularyOf, w, t);
  }
  const rank = new Int32Array(topics.length).fill(-1);
  order.forEach((t, r) => {
    rank[t] = r;
  });
  // Per topic of `order` (by its rank), the core terms and vocabulary a remark says; reset after each remark.
  const core = new Int32Array(order.length);
  const vocabulary = new Int32Array(order.length);
  const touched: number[] = [];
  const tally = (list: readonly number[] | undefined, counts: Int32Array, side: Side) => {
    for (const t of list ?? []) {
      if (!fitsSide(topics[t]!.side, side)) continue;
      const r = rank[t]!;
      if (core[r] === 0 && vocabulary[r] === 0) touched.push(r);
      counts[r] = counts[r]! + 1;
    }
  };
  const joinOf = (words: readonly number[], side: Side): number => {
    for (const w of words) {
      tally(coreOf.get(w), core, side);
      tally(vocabularyOf.get(w), vocabulary, side);
    }
    // By rank (larger topics first): ties go to the larger.
    touched.sort((a, b) => a - b);
    let best = -1;
    let bestCount = 0;
    for (const r of touched) {
      const t = order[r]!;
      const joins = core[r]! >= Math.max(1, Math.min(ABSORB, coreSets[t]!.size)) || vocabulary[r]! >= VOCABULARY;
      if (joins && core[r]! + vocabulary[r]! > bestCount) [best, bestCount] = [t, core[r]! + vocabulary[r]!];
      core[r] = 0;
      vocabulary[r] = 0;
    }
    touched.length = 0;
    return best;
  };
  const unitOf = new Int32Array(remarks);
  members.forEach((list, u) => {
    for (const i of list) unitOf[i] = u;
  });
  const decided = new Map<number, number>();
  const joining: number[][] = topics.map(() => []);
  for (let i = 0; i < remarks; i += 1) {
    if (inTopic[i]) continue;
    const key = 3 * unitOf[i]! + sides[i]! + 1;
    let best = decided.get(key);
    if (best === undefined) {
      best = joinOf(features[i]!, sides[i]!);
      decided.set(key, best);
    }
    if (best >= 0) joining[best]!.push(i);
  }
  topics.forEach((topic, t) => {
    topic.remarks.push(...joining[t]!);
  });
}

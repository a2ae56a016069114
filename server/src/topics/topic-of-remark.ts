// Which topic a remark would be in when it is counted outside the partition: a remark of a
// compared period (the year before, the weeks before a week, the days after a note), and the
// remarks of the period in focus counted the same way, so that the two compare like with like.
import type { AnalysedText } from './batch-terms.js';
import type { PartitionTopic } from './partition.js';
import { fitsSide, type Side } from './score-side.js';

const NONE: readonly number[] = [];

/**
 * Which topic (index) a remark would be in when counted outside the partition (another
 * period, or this one counted alike): the one on its side of the scores (score-side.ts) whose
 * core terms it says most of, at least two (one for a topic of one term); ties: the first.
 * -1: none. Made once for many remarks (no allocation per remark: 20,000 of them per call).
 */
export function topicOfRemarkIn(topics: readonly PartitionTopic[]): (text: AnalysedText, side: Side) => number {
  const topicsOf = new Map<string, number[]>();
  topics.forEach((topic, index) => {
    for (const term of topic.terms) {
      const list = topicsOf.get(term);
      if (list) list.push(index);
      else topicsOf.set(term, [index]);
    }
  });
  const counts = new Int32Array(topics.length);
  const needed = topics.map((topic) => Math.min(2, topic.terms.length));
  // A batch shares one text between the remarks that say the same (batch-terms.ts): decided once per side.
  const decided = [new Map<AnalysedText, number>(), new Map<AnalysedText, number>(), new Map<AnalysedText, number>()];
  return (text, side) => {
    const known = decided[side + 1]!.get(text);
    if (known !== undefined) return known;
    counts.fill(0);
    for (const term of text.terms) for (const index of topicsOf.get(term) ?? NONE) counts[index]! += 1;
    let best = -1;
    let bestCount = 0;
    for (let index = 0; index < topics.length; index += 1) {
      const count = counts[index]!;
      if (count >= needed[index]! && count > bestCount && fitsSide(topics[index]!.side, side)) [best, bestCount] = [index, count];
    }
    decided[side + 1]!.set(text, best);
    return best;
  };
}

/** Remarks with their sides of the scores (score-side.ts sidesOf), in the same order. */
interface Sided {
  texts: readonly AnalysedText[];
  sides: readonly Side[];
}

/**
 * Each topic's remarks in a compared period (`previous`) and in this one counted the same way
 * (`alike`), each remark on its side of the scores: what a trend, a rise or a note's effect
 * compares. Without a compared period, both are zero.
 */
export function countedAlike(
  topics: readonly PartitionTopic[],
  before: Sided | null,
  here: Sided,
): { previous: number[]; alike: number[] } {
  const previous = topics.map(() => 0);
  const alike = topics.map(() => 0);
  if (!before) return { previous, alike };
  const topicOf = topicOfRemarkIn(topics);
  const count = ({ texts, sides }: Sided, into: number[]) => {
    texts.forEach((text, i) => {
      const t = topicOf(text, sides[i]!);
      if (t >= 0) into[t]! += 1;
    });
  };
  count(before, previous);
  count(here, alike);
  return { previous, alike };
}

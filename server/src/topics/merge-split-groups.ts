// A step of the partition (partition.ts): a problem GSDMM split into two groups with the same most said term.
import type { PartitionTopic } from './partition.js';
import { fitsSide } from './score-side.js';

/**
 * GSDMM sometimes splits one problem into two groups that say one more word each ("geen
 * vrije momenten" and "geen vrije datum"; "betalen" and "ingevuld en betaald"). A group whose
 * most said term is the most said term of a larger topic that is large enough gives it its
 * remarks that say that term (they are added to it; the group is left out). Until the
 * twentieth pass only a group too small to be a topic did; a second topic of the same head
 * stayed, and the problem was in two topics with neither holding 70 % of it (+3 problems
 * whole and pure, 7 fewer unplanted topics on 350 runs of the choosing corpora: docs/benchmarks.md).
 */
export function mergeSplitGroups(
  topics: readonly PartitionTopic[],
  features: readonly (readonly number[])[],
  ids: ReadonlyMap<string, number>,
  least: number,
): PartitionTopic[] {
  const large = new Map<string, PartitionTopic[]>();
  // Of two as large with the same head, the one whose first remark comes first (canonical order).
  for (const topic of [...topics].sort((a, b) => b.remarks.length - a.remarks.length || a.remarks[0]! - b.remarks[0]!)) {
    if (topic.remarks.length < least) continue;
    const head = topic.terms[0]!;
    const list = large.get(head);
    if (list) list.push(topic);
    else large.set(head, [topic]);
  }
  // The first large topic with its head on a side the group's remarks may join (score-side.ts):
  // a group holds no remark of the other side than its own, so each of them may then join.
  const intoOf = (small: PartitionTopic) => large.get(small.terms[0]!)?.find((t) => fitsSide(t.side, small.side));
  return topics.filter((topic) => {
    const into = intoOf(topic);
    if (!into || into === topic) return true;
    // Its other remarks are left out, as a dropped group's are: they may join a topic below.
    const head = ids.get(topic.terms[0]!)!;
    into.remarks.push(...topic.remarks.filter((i) => features[i]!.includes(head)));
    return false;
  });
}

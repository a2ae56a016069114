// A step of the partition (partition.ts): a problem GSDMM split into a large group and a small one.
import type { PartitionTopic } from './partition.js';

/**
 * GSDMM sometimes splits one problem into a large group and a small one that says one more
 * word ("geen vrije momenten" and "geen vrije datum"). A group too small to be a topic
 * whose most said term is the most said term of a topic that is large enough gives it its
 * remarks that say that term (they are added to it; the small topic is left out).
 */
export function mergeSplitGroups(
  topics: readonly PartitionTopic[],
  features: readonly (readonly number[])[],
  ids: ReadonlyMap<string, number>,
  least: number,
  /** Whether a remark may join a topic (partition.ts: on its side, score-side.ts). */
  fits: (topic: PartitionTopic, remark: number) => boolean = () => true,
): PartitionTopic[] {
  const large = new Map<string, PartitionTopic>();
  // Of two as large with the same head, the one whose first remark comes first (canonical order).
  for (const topic of [...topics].sort((a, b) => b.remarks.length - a.remarks.length || a.remarks[0]! - b.remarks[0]!))
    if (topic.remarks.length >= least && !large.has(topic.terms[0]!)) large.set(topic.terms[0]!, topic);
  return topics.filter((topic) => {
    const into = topic.remarks.length < least ? large.get(topic.terms[0]!) : undefined;
    if (!into) return true;
    // Its other remarks are left out, as a dropped group's are: they may join a topic below.
    const head = ids.get(topic.terms[0]!)!;
    into.remarks.push(...topic.remarks.filter((i) => features[i]!.includes(head) && fits(into, i)));
    return false;
  });
}

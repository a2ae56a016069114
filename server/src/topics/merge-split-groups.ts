// A step of the partition (partition.ts): a problem GSDMM split into a large group and a small one.
import type { PartitionTopic } from './partition.js';
import { fitsSide } from './score-side.js';

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
  // The first large topic with its head on a side the small group's remarks may join (score-side.ts):
  // a group holds no remark of the other side than its own, so each of them may then join.
  const intoOf = (small: PartitionTopic) => large.get(small.terms[0]!)?.find((t) => fitsSide(t.side, small.side));
  return topics.filter((topic) => {
    const into = topic.remarks.length < least ? intoOf(topic) : undefined;
    if (!into) return true;
    // Its other remarks are left out, as a dropped group's are: they may join a topic below.
    const head = ids.get(topic.terms[0]!)!;
    into.remarks.push(...topic.remarks.filter((i) => features[i]!.includes(head)));
    return false;
  });
}

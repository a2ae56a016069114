// A step of the partition (partition.ts): a problem GSDMM split into two groups with the same most said term.
import type { PartitionTopic } from './partition.js';
import { fitsSide } from './score-side.js';

/**
 * GSDMM sometimes splits one problem into two groups that say one more word each ("geen
 * vrije momenten" and "geen vrije datum"; "betalen" and "ingevuld en betaald"). A group whose
 * most said term is the most said term of a larger topic that is large enough gives it its
 * remarks that say that term (they are added to it; the group is left out). Until the
 * twentieth pass only a group too small to be a topic did; a second topic of the same head
 * stayed, and the problem was in two topics with neither holding 70 % of it (twentieth pass,
 * two sets of subsets of the choosing corpora: whole and pure with the own seed 278 → 281 and
 * 281 → 283, unplanted topics 59 → 52 and 58 → 53; docs/benchmarks.md). The remarks of the
 * group that do not say the head are left out, and the topic's examples stay its own.
 */
export function mergeSplitGroups(
  topics: readonly PartitionTopic[],
  features: readonly (readonly number[])[],
  ids: ReadonlyMap<string, number>,
  least: number,
): PartitionTopic[] {
  // Per head, the topics that stay: large enough, and on a side no larger one that stays takes
  // (score-side.ts). Of two as large, the one whose first remark has the lower index. A topic
  // merged away never takes another's remarks: no chain carries praise into complaints.
  const roots = new Map<string, PartitionTopic[]>();
  for (const topic of [...topics].sort((a, b) => b.remarks.length - a.remarks.length || a.remarks[0]! - b.remarks[0]!)) {
    if (topic.remarks.length < least) continue;
    const head = topic.terms[0]!;
    const list = roots.get(head) ?? [];
    if (!list.some((root) => fitsSide(root.side, topic.side))) list.push(topic);
    roots.set(head, list);
  }
  // The first topic that stays with its head on a side the group's remarks may join: a group
  // holds no remark of the other side than its own, so each of them may then join.
  const intoOf = (group: PartitionTopic) => roots.get(group.terms[0]!)?.find((t) => fitsSide(t.side, group.side));
  return topics.filter((topic) => {
    const into = intoOf(topic);
    if (!into || into === topic) return true;
    // Its other remarks are left out, as a dropped group's are: they may join a topic below.
    const head = ids.get(topic.terms[0]!)!;
    into.remarks.push(...topic.remarks.filter((i) => features[i]!.includes(head)));
    return false;
  });
}

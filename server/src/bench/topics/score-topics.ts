// Pure: how well a service's topics find the planted problems of the corpus.
// A topic is a planted problem's when at least half of its remarks are that problem's;
// otherwise it is unplanted. A problem is found when one of the top topics is its own, and
// counted: the share of the problem's remarks in its best such topic.
import type { CorpusTruth } from './load-corpus.js';

/** Every planted problem must be found with at least this share of its remarks. */
export const TARGET_SHARE = 0.8;
/** At most this many of the top topics may be unplanted. */
export const TARGET_UNPLANTED = 2;
export const TOP = 10;

export interface ProblemResult {
  serviceId: string;
  problem: string;
  remarks: number;
  /** 1-based rank of its best topic in the top 10; null when none of them is its own. */
  rank: number | null;
  /** How many of the top topics are its own (more than one: split). */
  topics: number;
  counted: number;
  share: number;
  label: string | null;
}

export interface ServiceResult {
  serviceId: string;
  problems: ProblemResult[];
  unplanted: { label: string; count: number }[];
}

export function scoreService(
  serviceId: string,
  topics: readonly { label: string; remarkIds: readonly string[] }[],
  truth: CorpusTruth,
): ServiceResult {
  const top = topics.slice(0, TOP);
  const problems = new Map<string, number>();
  for (const t of truth.values()) if (t.serviceId === serviceId && t.problem) problems.set(t.problem, (problems.get(t.problem) ?? 0) + 1);
  const owner = top.map((topic) => {
    const counts = new Map<string, number>();
    for (const id of topic.remarkIds) {
      const problem = truth.get(id)?.problem;
      if (problem) counts.set(problem, (counts.get(problem) ?? 0) + 1);
    }
    const [problem, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    return problem !== null && count >= 0.5 * topic.remarkIds.length ? { problem, count } : null;
  });
  const results = [...problems].map(([problem, remarks]): ProblemResult => {
    const own = top.flatMap((topic, i) => (owner[i]?.problem === problem ? [{ topic, rank: i + 1, count: owner[i]!.count }] : []));
    const best = own.sort((a, b) => b.count - a.count)[0];
    return {
      serviceId,
      problem,
      remarks,
      rank: best?.rank ?? null,
      topics: own.length,
      counted: best?.count ?? 0,
      share: (best?.count ?? 0) / remarks,
      label: best?.topic.label ?? null,
    };
  });
  return {
    serviceId,
    problems: results,
    unplanted: top.flatMap((topic, i) => (owner[i] ? [] : [{ label: topic.label, count: topic.remarkIds.length }])),
  };
}

export const meetsTarget = (results: readonly ServiceResult[]) =>
  results.every((s) => s.unplanted.length <= TARGET_UNPLANTED && s.problems.every((p) => p.rank !== null && p.share >= TARGET_SHARE));

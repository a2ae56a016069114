// Evidence accumulation (Fred & Jain 2005, "Combining multiple clusterings using evidence
// accumulation"): how often GSDMM's chains put two units in one cluster is how much they
// belong together. One chain's clusters depend on its draws, and the likeliest chain is not
// the one that finds the most problems (fourteenth pass, docs/benchmarks.md). So the likeliest
// chain's clusters are kept as they are, and then each unit in turn moves to the cluster whose
// units the chains put it with most often, until no unit moves. Joining every pair that most
// chains put together instead (single linkage) chained whole corpora into one group or left
// them in pieces.

/** Above this many units, no pair table (gsdmm.ts runs one chain for a batch of more than maxSampled units). */
const MAX_UNITS = 4_096;
/** Rounds over every unit at most (the corpora of the benchmark settle in two or three). */
const MAX_ROUNDS = 10;

/**
 * The clusters of `assignments[reference]` (the likeliest chain), each unit in turn moved to
 * the cluster whose other units the chains put it with most often (on average; ties: its own,
 * then the first in unit order). -1: no cluster. null: too many units to pair.
 */
export function consensusOf(assignments: readonly (readonly number[])[], reference: number): number[] | null {
  const n = assignments[reference]!.length;
  if (n > MAX_UNITS) return null;
  const together = new Uint16Array(n * n);
  for (const assigned of assignments)
    for (const list of membersOf(assigned).values())
      for (let a = 0; a < list.length; a += 1) for (let b = a + 1; b < list.length; b += 1) together[list[a]! * n + list[b]!]! += 1;
  const pair = (a: number, b: number) => (a < b ? together[a * n + b]! : together[b * n + a]!);
  const current = [...assignments[reference]!];
  const clusters = membersOf(current);
  /** How often the chains put u with the other units of `list`: a sum over a count (a unit alone: 0 of 1). */
  const withUnits = (u: number, list: readonly number[]) => {
    let sum = 0;
    let count = 0;
    for (const v of list) {
      if (v === u) continue;
      sum += pair(u, v);
      count += 1;
    }
    return { sum, count: Math.max(1, count) };
  };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let moved = false;
    for (let u = 0; u < n; u += 1) {
      const own = current[u]!;
      if (own < 0) continue;
      // Fractions compared exactly (whole numbers), so the choice never depends on rounding.
      let best = own;
      let { sum: bestSum, count: bestCount } = withUnits(u, clusters.get(own)!);
      for (const [k, list] of clusters) {
        if (k === own) continue;
        const { sum, count } = withUnits(u, list);
        if (sum * bestCount > bestSum * count) {
          best = k;
          bestSum = sum;
          bestCount = count;
        }
      }
      if (best === own) continue;
      const from = clusters.get(own)!;
      from.splice(from.indexOf(u), 1);
      if (from.length === 0) clusters.delete(own);
      const into = clusters.get(best)!;
      into.splice(sortedIndex(into, u), 0, u);
      current[u] = best;
      moved = true;
    }
    if (!moved) break;
  }
  return current;
}

/** Where u goes in an ascending list. */
function sortedIndex(list: readonly number[], u: number): number {
  let at = 0;
  while (at < list.length && list[at]! < u) at += 1;
  return at;
}

/** The units of each cluster, in unit order (clusters in the order of their first unit). */
function membersOf(assigned: readonly number[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  assigned.forEach((k, u) => {
    if (k < 0) return;
    const list = members.get(k);
    if (list) list.push(u);
    else members.set(k, [u]);
  });
  return members;
}

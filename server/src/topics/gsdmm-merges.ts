// A step of GSDMM (gsdmm.ts): merges of whole clusters. Gibbs sampling moves one remark at a
// time, so a problem it has split into two clusters (10 remarks that say "kaart verlopen", 6
// that say "geen mail om de kaart te verlengen") stays split: moving any one remark across
// lowers the likelihood, though moving all of them raises it. The merge half of split-merge
// samplers (Jain & Neal 2004), greedy: while merging two clusters that share a word raises
// the model's joint likelihood, the pair that raises it most is merged.
import { logGamma } from '../kernel/log-gamma.js';

/** The collapsed model's counts, as gsdmm.ts keeps them (read only here). */
export interface ClusterCounts {
  alpha: number;
  beta: number;
  /** Vocabulary size × beta. */
  vBeta: number;
  /** m_k: remarks (weights) per cluster. */
  docs: Float64Array;
  /** n_k: words per cluster. */
  size: Float64Array;
  /** Per word, the clusters it is in and n_k^w (parallel lists). */
  clustersOf: readonly (readonly number[])[];
  countsOf: readonly (readonly number[])[];
}

/**
 * Merges clusters while a merge raises the joint likelihood, best first (ties: the lowest
 * clusters). `merge(into, from)` moves every remark of `from` into `into` (updating `counts`):
 * with n clusters in use, up to n − 1 merges, each a scan of the n × n gains.
 */
export function mergeClusters(counts: ClusterCounts, merge: (into: number, from: number) => void): void {
  const { alpha, beta, vBeta, docs, size, clustersOf, countsOf } = counts;
  const logGammaAlpha = logGamma(alpha);
  const logGammaBeta = logGamma(beta);
  const logGammaVBeta = logGamma(vBeta);
  // Per cluster, its words and their counts (kept up to date as clusters merge).
  const wordsOf = new Map<number, Map<number, number>>();
  clustersOf.forEach((clusters, word) => {
    clusters.forEach((k, c) => {
      let words = wordsOf.get(k);
      if (!words) {
        words = new Map();
        wordsOf.set(k, words);
      }
      words.set(word, countsOf[word]![c]!);
    });
  });
  /** The change in log p(words, clusters) when b joins a. */
  const gain = (a: number, b: number): number => {
    let d = logGamma(docs[a]! + docs[b]! + alpha) + logGammaAlpha - logGamma(docs[a]! + alpha) - logGamma(docs[b]! + alpha);
    d -= logGamma(size[a]! + size[b]! + vBeta) + logGammaVBeta - logGamma(size[a]! + vBeta) - logGamma(size[b]! + vBeta);
    const wa = wordsOf.get(a)!;
    const wb = wordsOf.get(b)!;
    const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
    for (const [word, n] of small) {
      const m = large.get(word);
      if (m !== undefined) d += logGamma(n + m + beta) + logGammaBeta - logGamma(n + beta) - logGamma(m + beta);
    }
    return d;
  };
  // The clusters in use, in order, by their place in that list (a week of 70 remarks has a
  // dozen of them: the table below is that size, not K × K).
  const used = [...wordsOf.keys()].sort((x, y) => x - y);
  const placeOf = new Map(used.map((cluster, place) => [cluster, place]));
  const n = used.length;
  // The gain of each pair of clusters that share a word, at [a × n + b] for places a < b; NaN: no such pair (any more).
  const gains = new Float64Array(n * n).fill(Number.NaN);
  const pairsOf = (a: number) => {
    const cluster = used[a]!;
    for (const word of wordsOf.get(cluster)!.keys()) {
      for (const other of clustersOf[word]!) {
        const b = placeOf.get(other);
        if (b === undefined || b === a || !wordsOf.has(other)) continue;
        const at = a < b ? a * n + b : b * n + a;
        if (Number.isNaN(gains[at]!)) gains[at] = a < b ? gain(cluster, other) : gain(other, cluster);
      }
    }
  };
  for (let a = 0; a < n; a += 1) pairsOf(a);
  for (;;) {
    // The best pair (ties: the lowest clusters); a NaN is never greater.
    let best = 0;
    let at = -1;
    for (let i = 0; i < gains.length; i += 1) {
      if (gains[i]! > best) [best, at] = [gains[i]!, i];
    }
    if (at < 0) return;
    const a = Math.floor(at / n);
    const b = at % n;
    merge(used[a]!, used[b]!);
    const into = wordsOf.get(used[a]!)!;
    for (const [word, count] of wordsOf.get(used[b]!)!) into.set(word, (into.get(word) ?? 0) + count);
    wordsOf.delete(used[b]!);
    for (let x = 0; x < n; x += 1) {
      gains[a * n + x] = Number.NaN;
      gains[x * n + a] = Number.NaN;
      gains[b * n + x] = Number.NaN;
      gains[x * n + b] = Number.NaN;
    }
    pairsOf(a);
  }
}

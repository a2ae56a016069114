// A step of GSDMM (gsdmm.ts): merges of whole clusters. Gibbs sampling moves one remark at a
// time, so a problem it has split into two clusters (10 remarks that say "kaart verlopen", 6
// that say "geen mail om de kaart te verlengen") stays split: moving any one remark across
// lowers the likelihood, though moving all of them raises it. The merge half of split-merge
// samplers (Jain & Neal 2004), greedy: while merging two clusters that share a word raises
// the model's joint likelihood, the pair that raises it most is merged.
import { logGamma } from './log-gamma.js';

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
 * Merges clusters while a merge raises the joint likelihood, best first (ties: the pair met
 * first). `merge(into, from)` moves every remark of `from` into `into` (updating `counts`).
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
  // Pairs that share a word ("a,b", a < b), with their gain.
  const gains = new Map<string, number>();
  const pairsOf = (a: number) => {
    for (const word of wordsOf.get(a)!.keys()) {
      for (const b of clustersOf[word]!) {
        if (b === a) continue;
        const key = a < b ? `${a},${b}` : `${b},${a}`;
        if (!gains.has(key)) gains.set(key, a < b ? gain(a, b) : gain(b, a));
      }
    }
  };
  for (const a of wordsOf.keys()) pairsOf(a);
  for (;;) {
    let best = 0;
    let pair: string | null = null;
    for (const [key, value] of gains) {
      if (value > best) [best, pair] = [value, key];
    }
    if (pair === null) return;
    const [a, b] = pair.split(',').map(Number) as [number, number];
    merge(a, b);
    const into = wordsOf.get(a)!;
    for (const [word, n] of wordsOf.get(b)!) into.set(word, (into.get(word) ?? 0) + n);
    wordsOf.delete(b);
    for (const key of [...gains.keys()]) {
      const [x, y] = key.split(',').map(Number) as [number, number];
      if (x === a || y === a || x === b || y === b) gains.delete(key);
    }
    pairsOf(a);
  }
}

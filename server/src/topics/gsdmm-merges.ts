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
 * Merges clusters while a merge raises the joint likelihood, best first (ties: the lowest
 * clusters). `merge(into, from)` moves every remark of `from` into `into` (updating `counts`):
 * up to K − 1 merges, each a scan of the K × K gains (K = GsdmmOptions.maxClusters, 200).
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
  // The gain of each pair of clusters that share a word, at [a × K + b] for a < b; NaN: no such pair (any more).
  const k = docs.length;
  const gains = new Float64Array(k * k).fill(Number.NaN);
  const pairsOf = (a: number) => {
    for (const word of wordsOf.get(a)!.keys()) {
      for (const b of clustersOf[word]!) {
        if (b === a || !wordsOf.has(b)) continue;
        const at = a < b ? a * k + b : b * k + a;
        if (Number.isNaN(gains[at]!)) gains[at] = a < b ? gain(a, b) : gain(b, a);
      }
    }
  };
  for (const a of wordsOf.keys()) pairsOf(a);
  for (;;) {
    // The best pair (ties: the lowest clusters); a NaN is never greater.
    let best = 0;
    let at = -1;
    for (let i = 0; i < gains.length; i += 1) {
      if (gains[i]! > best) [best, at] = [gains[i]!, i];
    }
    if (at < 0) return;
    const a = Math.floor(at / k);
    const b = at % k;
    merge(a, b);
    const into = wordsOf.get(a)!;
    for (const [word, n] of wordsOf.get(b)!) into.set(word, (into.get(word) ?? 0) + n);
    wordsOf.delete(b);
    for (let x = 0; x < k; x += 1) {
      gains[a * k + x] = Number.NaN;
      gains[x * k + a] = Number.NaN;
      gains[b * k + x] = Number.NaN;
      gains[x * k + b] = Number.NaN;
    }
    pairsOf(a);
  }
}

// GSDMM (Yin & Wang 2014, "A Dirichlet multinomial mixture model-based approach for short
// text clustering"): each remark is one draw of one cluster's word distribution, so a
// cluster is a group of remarks that say the same words, not one shared word. Collapsed
// Gibbs sampling, as in the paper, with five changes for a product:
// - deterministic: a seeded PRNG over units in a canonical order (the caller sorts them),
//   the last rounds take the most likely cluster instead of sampling;
// - remarks with the same words are one unit with a weight (20,000 remarks say far fewer
//   distinct things), and only the units that weigh most are sampled, the rest assigned;
// - a unit is compared only with the clusters that share a word with it, plus an empty
//   cluster (the others' probability is negligible: the FGSDMM shortcut);
// - several chains, each from its own seed: the likeliest chain's clusters, each unit then
//   moved to the cluster the chains most often put it with (gsdmm-consensus.ts);
// - whole clusters merge where that raises the likelihood (gsdmm-merges.ts), before the
//   greedy rounds and after them: one remark at a time, a split problem stays split.
import { consensusOf } from './gsdmm-consensus.js';
import { mergeClusters } from './gsdmm-merges.js';
import { logGamma } from '../kernel/log-gamma.js';
import { seededRandom } from '../kernel/seeded-random.js';

export interface Unit {
  /** Distinct feature terms (integers). */
  words: readonly number[];
  /** How many remarks it stands for: a positive number (whole numbers make the logarithms a table). */
  weight: number;
}

export interface GsdmmOptions {
  alpha: number;
  beta: number;
  /** Upper bound on clusters (the K of the paper). */
  maxClusters: number;
  iterations: number;
  /** Of which the last ones take the most likely cluster. */
  greedy: number;
  /** Units sampled at most; the rest are assigned to their most likely cluster afterwards. */
  maxSampled: number;
  seed: number;
  /**
   * Chains sampled, each from its own seed: the likeliest chain's clusters, each unit then moved
   * to the cluster the chains most often put it with (gsdmm-consensus.ts). One chain depends on
   * its draws: the same remarks in another order or with another seed found 2 to 6 of the
   * tuning corpus's 7 problems (both parts on). 20 rather than 6 (nineteenth pass): on subsets of
   * the choosing and regression corpora, 261 rather than 251 of 370 problems whole and pure; 30
   * chains 267, for half as much time again (docs/benchmarks.md).
   */
  chains: number;
  /**
   * …fewer when together they would sample more units than this (bounded time), and one when a
   * batch has more units than maxSampled (only its heaviest are sampled: chains' likelihoods would not cover it).
   */
  chainBudget: number;
}

export const GSDMM_DEFAULTS: GsdmmOptions = {
  alpha: 0.1,
  beta: 0.05,
  maxClusters: 200,
  iterations: 12,
  greedy: 4,
  maxSampled: 1_000,
  seed: 20141,
  chains: 20,
  chainBudget: 5_000,
};

/** The cluster of each unit (-1: none, for a unit without words). Units must come in a canonical order. */
export function gsdmm(units: readonly Unit[], vocabulary: number, options: GsdmmOptions = GSDMM_DEFAULTS): number[] {
  const chains = gsdmmChains(units, vocabulary, options);
  let best = 0; // ties: the first chain
  chains.forEach((run, c) => {
    if (run.logLikelihood > chains[best]!.logLikelihood) best = c;
  });
  const assigned = chains.map((run) => run.assigned);
  return (chains.length > 1 ? consensusOf(assigned, best) : null) ?? assigned[best]!;
}

/**
 * Each chain's clusters and joint likelihood (chainsFor: several only when every unit is
 * sampled, so the likelihood covers the whole assignment).
 */
export function gsdmmChains(units: readonly Unit[], vocabulary: number, options: GsdmmOptions = GSDMM_DEFAULTS): Chain[] {
  const chains = chainsFor(units, options);
  // One chain (a large batch) has nothing to be compared with: its likelihood is not summed (NaN).
  return Array.from({ length: chains }, (_, c) => chain(units, vocabulary, options, options.seed + c * 7919, chains > 1));
}

/** How many chains: options.chains, fewer when together they would sample more than chainBudget units, one above maxSampled. */
export function chainsFor(units: readonly Unit[], options: GsdmmOptions): number {
  const sampled = units.filter((unit) => unit.words.length > 0).length;
  if (sampled === 0 || sampled > options.maxSampled) return 1;
  return Math.max(1, Math.min(options.chains, Math.floor(options.chainBudget / sampled)));
}

export interface Chain {
  /** The cluster of every unit: the sampled ones', the others' their most likely (-1: none). */
  assigned: number[];
  /** log p(words, clusters) of the sampled units, up to a constant the same for every chain (NaN: the only chain). */
  logLikelihood: number;
}

function chain(units: readonly Unit[], vocabulary: number, options: GsdmmOptions, seed: number, compared: boolean): Chain {
  const { alpha, beta, maxClusters } = options;
  const random = seededRandom(seed);
  const vBeta = vocabulary * beta;
  const logBeta = Math.log(beta);
  const docs = new Float64Array(maxClusters); // m_k: remarks
  const logDocs = new Float64Array(maxClusters).fill(Math.log(alpha)); // log(m_k + α)
  const size = new Float64Array(maxClusters); // n_k: words
  // word → the clusters it is in and n_k^w, as two parallel lists (the inverted index; a word
  // is in few clusters, and lists are read far more often than changed).
  const clustersOf: number[][] = Array.from({ length: vocabulary }, () => []);
  const countsOf: number[][] = Array.from({ length: vocabulary }, () => []);
  const free: number[] = Array.from({ length: maxClusters }, (_, k) => maxClusters - 1 - k);
  let active = 0;
  const assigned = new Int32Array(units.length).fill(-1);
  // Per choice: each candidate cluster's score, summed word by word (typed arrays, no allocation).
  const partial = new Float64Array(maxClusters);
  const touched = new Uint8Array(maxClusters);
  const candidates = new Int32Array(maxClusters + 1);
  const scores = new Float64Array(maxClusters + 1);
  // log(n + β) − log β for the counts met so far, when counts are whole numbers (units weigh whole remarks).
  let totalWeight = 0;
  for (const unit of units) totalWeight += unit.weight;
  const whole = totalWeight <= 10_000_000 && units.every((unit) => Number.isInteger(unit.weight));
  const wordTerm = new Float64Array(whole ? totalWeight + 1 : 0).fill(Number.NaN);
  const wordPart = (n: number) => {
    if (!whole) return Math.log(n + beta) - logBeta;
    let value = wordTerm[n]!;
    if (Number.isNaN(value)) {
      value = Math.log(n + beta) - logBeta;
      wordTerm[n] = value;
    }
    return value;
  };

  const move = (u: number, k: number, sign: 1 | -1) => {
    if (k < 0) return; // no cluster: a unit sharing no word with one when none was free
    const { words, weight } = units[u]!;
    const w = sign * weight;
    if (sign === 1 && docs[k] === 0) active += 1;
    docs[k]! += w;
    logDocs[k] = Math.log(docs[k]! + alpha);
    size[k]! += w * words.length;
    for (const word of words) {
      const clusters = clustersOf[word]!;
      const counts = countsOf[word]!;
      const at = clusters.indexOf(k);
      if (at < 0) {
        clusters.push(k);
        counts.push(w);
      } else if (counts[at]! + w === 0) {
        clusters[at] = clusters[clusters.length - 1]!;
        counts[at] = counts[counts.length - 1]!;
        clusters.pop();
        counts.pop();
      } else counts[at]! += w;
    }
    if (sign === -1 && docs[k] === 0) {
      active -= 1;
      free.push(k);
    }
  };

  /**
   * The denominator of log p(unit | cluster), Σ log(n + Vβ + i) for i < length, kept per
   * cluster and length until the cluster's size changes (most clusters keep theirs between
   * two choices). Summed in the same order whether kept or not: the same numbers.
   */
  const MAX_KEPT_LENGTH = 16;
  const keptDenominator = new Float64Array(maxClusters * MAX_KEPT_LENGTH);
  const keptSize = new Float64Array(maxClusters * MAX_KEPT_LENGTH).fill(-1);
  const sumLogs = (n: number, length: number) => {
    let d = 0;
    for (let i = 0; i < length; i += 1) d += Math.log(n + vBeta + i);
    return d;
  };
  const denominator = (k: number, length: number) => {
    const n = size[k]!;
    if (length >= MAX_KEPT_LENGTH) return sumLogs(n, length);
    const at = k * MAX_KEPT_LENGTH + length;
    if (keptSize[at] !== n) {
      keptSize[at] = n;
      keptDenominator[at] = sumLogs(n, length);
    }
    return keptDenominator[at]!;
  };
  const keptEmpty = Array.from({ length: MAX_KEPT_LENGTH }, (_, length) => sumLogs(0, length));
  const emptyDenominator = (length: number) => (length < MAX_KEPT_LENGTH ? keptEmpty[length]! : sumLogs(0, length));

  /** A cluster for unit u: each candidate's log p(unit | cluster) up to a constant, as in the paper. */
  const choose = (u: number, greedy: boolean, allowNew: boolean): number => {
    const words = units[u]!.words;
    // Candidates in ascending cluster order: the same choice whatever order the index holds
    // them in (inserted as first met: a unit meets a dozen clusters).
    let count = 0;
    for (const word of words) {
      const clusters = clustersOf[word]!;
      const counts = countsOf[word]!;
      for (let c = 0; c < clusters.length; c += 1) {
        const k = clusters[c]!;
        if (touched[k] === 0) {
          touched[k] = 1;
          partial[k] = 0;
          let at = count++;
          while (at > 0 && candidates[at - 1]! > k) {
            candidates[at] = candidates[at - 1]!;
            at -= 1;
          }
          candidates[at] = k;
        }
        partial[k]! += wordPart(counts[c]!);
      }
    }
    let max = -Infinity;
    for (let c = 0; c < count; c += 1) {
      const k = candidates[c]!;
      touched[k] = 0;
      const score = logDocs[k]! + words.length * logBeta + partial[k]! - denominator(k, words.length);
      scores[c] = score;
      if (score > max) max = score;
    }
    if (allowNew && free.length > 0) {
      const score = Math.log(alpha * Math.max(1, maxClusters - active)) + words.length * logBeta - emptyDenominator(words.length);
      candidates[count] = -2;
      scores[count] = score;
      count += 1;
      if (score > max) max = score;
    }
    if (count === 0) return -1;
    let pick = 0;
    if (greedy) {
      while (scores[pick]! < max) pick += 1;
    } else {
      let total = 0;
      for (let c = 0; c < count; c += 1) {
        scores[c] = Math.exp(scores[c]! - max);
        total += scores[c]!;
      }
      let r = random() * total;
      pick = count - 1;
      for (let c = 0; c < count; c += 1) {
        r -= scores[c]!;
        if (r <= 0) {
          pick = c;
          break;
        }
      }
    }
    return candidates[pick] === -2 ? free.pop()! : candidates[pick]!;
  };

  // The heaviest units are sampled (ties: the caller's canonical order); the rest join after.
  const order = units.map((_, i) => i).filter((i) => units[i]!.words.length > 0);
  const sampled = [...order]
    .sort((a, b) => units[b]!.weight - units[a]!.weight || a - b)
    .slice(0, options.maxSampled)
    .sort((a, b) => a - b);
  for (const u of sampled) {
    const k = choose(u, false, true);
    assigned[u] = k;
    move(u, k, 1);
  }
  const counts = { alpha, beta, vBeta, docs, size, clustersOf, countsOf };
  const merge = (into: number, from: number) => {
    for (const u of sampled.filter((v) => assigned[v] === from)) {
      move(u, from, -1);
      move(u, into, 1);
      assigned[u] = into;
    }
  };
  for (let round = 0; round < options.iterations; round += 1) {
    const greedy = round >= options.iterations - options.greedy;
    if (round === options.iterations - options.greedy) mergeClusters(counts, merge);
    for (const u of sampled) {
      move(u, assigned[u]!, -1);
      const k = choose(u, greedy, true);
      assigned[u] = k;
      move(u, k, 1);
    }
  }
  mergeClusters(counts, merge);
  const inSample = new Set(sampled);
  for (const u of order) if (!inSample.has(u)) assigned[u] = choose(u, true, false);
  return { assigned: [...assigned], logLikelihood: compared ? logLikelihoodOf() : Number.NaN };

  /** The joint probability of the words and the clusters (up to a constant), to compare chains. */
  function logLikelihoodOf(): number {
    let logLikelihood = 0;
    const logGammaBeta = logGamma(beta);
    const logGammaVBeta = logGamma(vBeta);
    const logGammaAlpha = logGamma(alpha);
    for (let k = 0; k < maxClusters; k += 1) {
      if (docs[k] === 0) continue;
      logLikelihood += logGamma(docs[k]! + alpha) - logGammaAlpha - (logGamma(size[k]! + vBeta) - logGammaVBeta);
    }
    for (const counts of countsOf) for (const n of counts) logLikelihood += logGamma(n + beta) - logGammaBeta;
    return logLikelihood;
  }
}

// GSDMM (Yin & Wang 2014, "A Dirichlet multinomial mixture model-based approach for short
// text clustering"): each remark is one draw of one cluster's word distribution, so a
// cluster is a group of remarks that say the same words, not one shared word. Collapsed
// Gibbs sampling, as in the paper, with three changes for a product:
// - deterministic: a seeded PRNG over units in a canonical order (the caller sorts them),
//   the last rounds take the most likely cluster instead of sampling;
// - remarks with the same words are one unit with a weight (20,000 remarks say far fewer
//   distinct things), and only the units that weigh most are sampled, the rest assigned;
// - a unit is compared only with the clusters that share a word with it, plus an empty
//   cluster (the others' probability is negligible: the FGSDMM shortcut).

export interface Unit {
  /** Distinct feature terms (integers). */
  words: readonly number[];
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
}

export const GSDMM_DEFAULTS: GsdmmOptions = {
  alpha: 0.1,
  beta: 0.05,
  maxClusters: 200,
  iterations: 12,
  greedy: 4,
  maxSampled: 1_000,
  seed: 20141,
};

/** mulberry32: small, seeded, the same numbers on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The cluster of each unit (-1: none, for a unit without words). Units must come in a canonical order. */
export function gsdmm(units: readonly Unit[], vocabulary: number, options: GsdmmOptions = GSDMM_DEFAULTS): number[] {
  const { alpha, beta, maxClusters } = options;
  const random = prng(options.seed);
  const vBeta = vocabulary * beta;
  const docs = new Float64Array(maxClusters); // m_k: remarks
  const size = new Float64Array(maxClusters); // n_k: words
  const wordCounts: Map<number, number>[] = Array.from({ length: maxClusters }, () => new Map()); // n_k^w
  const clustersOf = new Map<number, Map<number, number>>(); // word → cluster → n_k^w (the inverted index)
  const free: number[] = Array.from({ length: maxClusters }, (_, k) => maxClusters - 1 - k);
  let active = 0;
  const assigned = new Int32Array(units.length).fill(-1);

  const move = (u: number, k: number, sign: 1 | -1) => {
    const { words, weight } = units[u]!;
    const w = sign * weight;
    if (sign === 1 && docs[k] === 0) active += 1;
    docs[k]! += w;
    size[k]! += w * words.length;
    for (const word of words) {
      const next = (wordCounts[k]!.get(word) ?? 0) + w;
      let byCluster = clustersOf.get(word);
      if (!byCluster) {
        byCluster = new Map();
        clustersOf.set(word, byCluster);
      }
      if (next === 0) {
        wordCounts[k]!.delete(word);
        byCluster.delete(k);
      } else {
        wordCounts[k]!.set(word, next);
        byCluster.set(k, next);
      }
    }
    if (sign === -1 && docs[k] === 0) {
      active -= 1;
      free.push(k);
    }
  };

  const logScore = (words: readonly number[], k: number | null): number => {
    let score = k === null ? Math.log(alpha * Math.max(1, maxClusters - active)) : Math.log(docs[k]! + alpha);
    const n = k === null ? 0 : size[k]!;
    for (let i = 0; i < words.length; i += 1) {
      score += Math.log((k === null ? 0 : (wordCounts[k]!.get(words[i]!) ?? 0)) + beta) - Math.log(n + vBeta + i);
    }
    return score;
  };

  const choose = (u: number, greedy: boolean, allowNew: boolean): number => {
    const words = units[u]!.words;
    const candidates = new Set<number>();
    for (const word of words) for (const k of clustersOf.get(word)?.keys() ?? []) candidates.add(k);
    const list = [...candidates].sort((a, b) => a - b);
    const scores = list.map((k) => logScore(words, k));
    if (allowNew && free.length > 0) {
      list.push(-2);
      scores.push(logScore(words, null));
    }
    if (list.length === 0) return -1;
    const max = Math.max(...scores);
    let pick = 0;
    if (greedy) pick = scores.indexOf(max);
    else {
      const weights = scores.map((s) => Math.exp(s - max));
      let r = random() * weights.reduce((a, b) => a + b, 0);
      pick = weights.length - 1;
      for (let i = 0; i < weights.length; i += 1) {
        r -= weights[i]!;
        if (r <= 0) {
          pick = i;
          break;
        }
      }
    }
    return list[pick] === -2 ? free.pop()! : list[pick]!;
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
    if (k >= 0) move(u, k, 1);
  }
  for (let round = 0; round < options.iterations; round += 1) {
    const greedy = round >= options.iterations - options.greedy;
    for (const u of sampled) {
      move(u, assigned[u]!, -1);
      const k = choose(u, greedy, true);
      assigned[u] = k;
      move(u, k, 1);
    }
  }
  const inSample = new Set(sampled);
  for (const u of order) if (!inSample.has(u)) assigned[u] = choose(u, true, false);
  return [...assigned];
}

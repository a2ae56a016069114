import { describe, expect, it } from 'vitest';
import { consensusOf } from './gsdmm-consensus.js';
import { chainsFor, GSDMM_DEFAULTS, gsdmm, gsdmmChains, type Unit } from './gsdmm.js';
import { logGamma } from '../kernel/log-gamma.js';

/** Two problems said with their own words, with a word each now and then; and a unit without words. */
function twoProblems(): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < 12; i += 1) units.push({ words: i % 3 === 0 ? [0, 1, 4 + i] : [0, 1], weight: 1 + (i % 2) });
  for (let i = 0; i < 12; i += 1) units.push({ words: i % 4 === 0 ? [2, 3, 20 + i] : [2, 3], weight: 1 });
  units.push({ words: [], weight: 1 });
  return units;
}

describe('GSDMM', () => {
  it('puts the units of each problem together, and a unit without words in none', () => {
    const cluster = gsdmm(twoProblems(), 40);
    expect(new Set(cluster.slice(0, 12)).size).toBe(1);
    expect(new Set(cluster.slice(12, 24)).size).toBe(1);
    expect(cluster[0]).not.toBe(cluster[12]);
    expect(cluster[24]).toBe(-1);
  });

  it('gives the same clusters every time, with one chain or six', () => {
    const units = twoProblems();
    expect(gsdmm(units, 40)).toEqual(gsdmm(units, 40));
    const one = { ...GSDMM_DEFAULTS, chains: 1 };
    expect(gsdmm(units, 40, one)).toEqual(gsdmm(units, 40, one));
  });

  it('starts from the chain whose clusters make the words likeliest, by the collapsed joint likelihood', () => {
    const units = twoProblems();
    const vocabulary = 40;
    const { alpha, beta } = GSDMM_DEFAULTS;
    const chains = gsdmmChains(units, vocabulary);
    expect(chains).toHaveLength(GSDMM_DEFAULTS.chains);
    // The likelihood as the model defines it, counted anew from each chain's clusters.
    for (const { assigned, logLikelihood } of chains) {
      const docs = new Map<number, number>();
      const size = new Map<number, number>();
      const perWord = new Map<string, number>();
      units.forEach((unit, u) => {
        const k = assigned[u]!;
        if (k < 0) return;
        docs.set(k, (docs.get(k) ?? 0) + unit.weight);
        size.set(k, (size.get(k) ?? 0) + unit.weight * unit.words.length);
        for (const w of unit.words) perWord.set(`${k}:${w}`, (perWord.get(`${k}:${w}`) ?? 0) + unit.weight);
      });
      let expected = 0;
      for (const [k, m] of docs) {
        expected += logGamma(m + alpha) - logGamma(alpha);
        expected -= logGamma(size.get(k)! + vocabulary * beta) - logGamma(vocabulary * beta);
      }
      for (const n of perWord.values()) expected += logGamma(n + beta) - logGamma(beta);
      expect(logLikelihood).toBeCloseTo(expected, 8);
    }
    const likeliest = chains.reduce((best, run) => (run.logLikelihood > best.logLikelihood ? run : best));
    // …its clusters as the chains agree on them.
    expect(gsdmm(units, vocabulary)).toEqual(
      consensusOf(
        chains.map((c) => c.assigned),
        chains.indexOf(likeliest),
      ),
    );
  });

  it('runs fewer chains when they would sample more units than its budget', () => {
    const units = (n: number): Unit[] => Array.from({ length: n }, (_, i) => ({ words: [i], weight: 1 }));
    expect(chainsFor(units(200), GSDMM_DEFAULTS)).toBe(20);
    expect(chainsFor(units(250), GSDMM_DEFAULTS)).toBe(20);
    expect(chainsFor(units(300), GSDMM_DEFAULTS)).toBe(16);
    expect(chainsFor(units(1_000), GSDMM_DEFAULTS)).toBe(5);
    // A batch with more units than maxSampled samples its 1,000 heaviest: one chain.
    expect(chainsFor(units(1_001), GSDMM_DEFAULTS)).toBe(1);
    expect(chainsFor(units(6_000), GSDMM_DEFAULTS)).toBe(1);
    expect(chainsFor([], GSDMM_DEFAULTS)).toBe(1);
  });

  it('compares chains by a log-gamma that is exact to many digits', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 10);
    // Γ(x + 1) = x Γ(x), for β = 0.05 as GSDMM uses it.
    expect(logGamma(1.05) - logGamma(0.05)).toBeCloseTo(Math.log(0.05), 12);
    expect(logGamma(20.5)).toBeCloseTo(Math.log(19.5) + logGamma(19.5), 10);
  });

  it('leaves a unit in no cluster when none is free and it shares no word, and its likelihood stays a number', () => {
    // Three units with words of their own, two clusters at most: the third has nowhere to go.
    const units: Unit[] = [
      { words: [0, 1], weight: 2 },
      { words: [2, 3], weight: 2 },
      { words: [4, 5], weight: 1 },
    ];
    const options = { ...GSDMM_DEFAULTS, maxClusters: 2, chains: 2 };
    const chains = gsdmmChains(units, 6, options);
    for (const { assigned, logLikelihood } of chains) {
      expect(Number.isFinite(logLikelihood)).toBe(true);
      expect(assigned.filter((k) => k === -1)).toHaveLength(1);
      expect(new Set(assigned.filter((k) => k >= 0)).size).toBe(2);
    }
  });
});

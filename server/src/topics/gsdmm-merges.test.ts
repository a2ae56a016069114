import { describe, expect, it } from 'vitest';
import { mergeClusters, type ClusterCounts } from './gsdmm-merges.js';
import type { Unit } from './gsdmm.js';
import { logGamma } from '../kernel/log-gamma.js';

const ALPHA = 0.1;
const BETA = 0.05;
const VOCABULARY = 20;

/** The model's counts of an assignment, made anew (as gsdmm.ts keeps them). */
function countsOf(units: readonly Unit[], assigned: readonly number[]): ClusterCounts {
  const docs = new Float64Array(10);
  const size = new Float64Array(10);
  const clustersOf: number[][] = Array.from({ length: VOCABULARY }, () => []);
  const counts: number[][] = Array.from({ length: VOCABULARY }, () => []);
  units.forEach((unit, u) => {
    const k = assigned[u]!;
    docs[k]! += unit.weight;
    size[k]! += unit.weight * unit.words.length;
    for (const w of unit.words) {
      const at = clustersOf[w]!.indexOf(k);
      if (at < 0) {
        clustersOf[w]!.push(k);
        counts[w]!.push(unit.weight);
      } else counts[w]![at]! += unit.weight;
    }
  });
  return { alpha: ALPHA, beta: BETA, vBeta: VOCABULARY * BETA, docs, size, clustersOf, countsOf: counts };
}

/** log p(words, clusters) up to a constant, counted anew. */
function logLikelihood(units: readonly Unit[], assigned: readonly number[]): number {
  const { docs, size, countsOf: counts } = countsOf(units, assigned);
  let total = 0;
  docs.forEach((m, k) => {
    if (m === 0) return;
    total += logGamma(m + ALPHA) - logGamma(ALPHA) - (logGamma(size[k]! + VOCABULARY * BETA) - logGamma(VOCABULARY * BETA));
  });
  for (const list of counts) for (const n of list) total += logGamma(n + BETA) - logGamma(BETA);
  return total;
}

/** Runs mergeClusters over an assignment; the merge callback moves the units and recounts (each merge in `made`). */
function merged(units: readonly Unit[], start: readonly number[], made: [number, number][] = []): number[] {
  const assigned = [...start];
  let counts = countsOf(units, assigned);
  const live: ClusterCounts = { ...counts };
  mergeClusters(live, (into, from) => {
    made.push([into, from]);
    for (let u = 0; u < assigned.length; u += 1) if (assigned[u] === from) assigned[u] = into;
    counts = countsOf(units, assigned);
    // The counts object is read again after each merge: refresh it in place.
    live.docs.set(counts.docs);
    live.size.set(counts.size);
    (live.clustersOf as number[][]).splice(0, VOCABULARY, ...counts.clustersOf.map((l) => [...l]));
    (live.countsOf as number[][]).splice(0, VOCABULARY, ...counts.countsOf.map((l) => [...l]));
  });
  return assigned;
}

const unit = (words: number[], weight = 1): Unit => ({ words, weight });

describe('merges of whole GSDMM clusters', () => {
  // Words: 0 kaart, 1 verlopen, 2 herinnering, 3 betaling, 4 mislukt, 5 mail, 6 ontvangen.
  const expiry = [unit([0, 1], 4), unit([0, 1, 2], 2), unit([1, 2]), unit([0, 2])];
  const payment = [unit([3, 4], 5), unit([3, 4, 6])];
  const mail = [unit([5, 6], 4), unit([5, 6, 2])];

  it('merges two clusters of one problem: the likelihood rises', () => {
    const units = [...expiry, ...payment];
    // The expiry problem split in clusters 0 and 1; payments in 2.
    const start = [0, 1, 1, 0, 2, 2];
    const made: [number, number][] = [];
    const after = merged(units, start, made);
    // The first merge is the pair whose merge raises the recounted likelihood most.
    const pairs: [number, number][] = [
      [0, 1],
      [0, 2],
      [1, 2],
    ];
    const rise = ([a, b]: [number, number]) =>
      logLikelihood(
        units,
        start.map((k) => (k === b ? a : k)),
      ) - logLikelihood(units, start);
    const best = pairs.reduce((x, y) => (rise(y) > rise(x) ? y : x));
    expect(made[0]).toEqual(best);
    expect(rise(best)).toBeGreaterThan(0);
    expect(new Set(after.slice(0, 4)).size).toBe(1);
    expect(after[4]).not.toBe(after[0]);
    expect(logLikelihood(units, after)).toBeGreaterThan(logLikelihood(units, start));
  });

  it('leaves apart two problems that share a word, and stops where no merge raises the likelihood', () => {
    const units = [...expiry, ...payment, ...mail];
    const start = [0, 0, 0, 0, 1, 1, 2, 2];
    const after = merged(units, start);
    expect(after).toEqual(start);
    // No merge of any two of its clusters would raise the likelihood.
    const clusters = [...new Set(after)];
    for (const a of clusters)
      for (const b of clusters) {
        if (a >= b) continue;
        const joined = after.map((k) => (k === b ? a : k));
        expect(logLikelihood(units, joined)).toBeLessThan(logLikelihood(units, after));
      }
  });
});

import { logGamma } from '../kernel/log-gamma.js';

type Proportion = { successes: number; total: number };
/** A one-sided test of two proportions: its p-value. */
export type ProportionTest = (recent: Proportion, before: Proportion) => number;

/** The standard normal distribution's upper tail P(Z > z) (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
export function upperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/**
 * One-sided two-proportion z-test (pooled): the p-value of "the share of `recent` is below
 * that of `before`". 1 when there is nothing to compare.
 */
export function dropPValue(recent: Proportion, before: Proportion): number {
  if (recent.total === 0 || before.total === 0) return 1;
  const pooled = (recent.successes + before.successes) / (recent.total + before.total);
  const variance = pooled * (1 - pooled) * (1 / recent.total + 1 / before.total);
  if (variance === 0) return 1;
  const z = (before.successes / before.total - recent.successes / recent.total) / Math.sqrt(variance);
  return upperTail(z);
}

/** The same test the other way: the p-value of "the share of `recent` is above that of `before`" (topic.rising used it until Fisher's test below; rising-on-random.ts still compares them). */
export function risePValue(recent: Proportion, before: Proportion): number {
  return dropPValue(before, recent);
}

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/**
 * Fisher's exact test, one-sided: the p-value of "the share of `recent` is above that of
 * `before`" (topic.rising). Given how many remarks of both periods say the topic, the number
 * in `recent` is hypergeometric when the share did not change: P(X ≥ recent.successes). The
 * z-test's normal approximation is too confident for the few remarks of a small service's
 * week: on random remarks (nothing rises) it fired about four times as often as its level says.
 * 1 when there is nothing to compare.
 */
export function riseExactPValue(recent: Proportion, before: Proportion): number {
  if (recent.total === 0 || before.total === 0) return 1;
  const population = recent.total + before.total;
  const said = recent.successes + before.successes;
  const drawn = recent.total;
  const others = population - said - drawn; // + k: the remarks before that do not say it, less those now that do
  const lowest = Math.max(0, -others);
  const highest = Math.min(drawn, said);
  const x = recent.successes;
  if (x <= lowest) return 1; // every outcome is at least x
  if (x > highest) return 0;
  // Summed away from the mean, where the terms only shrink: from x up when x is above the
  // mean, else 1 less the tail from x - 1 down (a term too small for a double is then on
  // the small side, never the p-value itself).
  const probability = (k: number) => Math.exp(logChoose(said, k) + logChoose(population - said, drawn - k) - logChoose(population, drawn));
  const up = (k: number) => ((said - k) * (drawn - k)) / ((k + 1) * (others + k + 1));
  const down = (k: number) => (k * (others + k)) / ((said - k + 1) * (drawn - k + 1));
  const tail = (from: number, step: 1 | -1): number => {
    let term = probability(from);
    let sum = 0;
    for (let k = from; term > 0 && k >= lowest && k <= highest; k += step) {
      sum += term;
      if (term < sum * 1e-17) break;
      term *= step > 0 ? up(k) : down(k);
    }
    return sum;
  };
  if (x > (drawn * said) / population) return Math.min(1, tail(x, 1));
  return Math.min(1, Math.max(0, 1 - tail(x - 1, -1)));
}

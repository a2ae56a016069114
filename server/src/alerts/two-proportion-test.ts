import { logGamma } from '../topics/log-gamma.js';

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
export function dropPValue(recent: { successes: number; total: number }, before: { successes: number; total: number }): number {
  if (recent.total === 0 || before.total === 0) return 1;
  const pooled = (recent.successes + before.successes) / (recent.total + before.total);
  const variance = pooled * (1 - pooled) * (1 / recent.total + 1 / before.total);
  if (variance === 0) return 1;
  const z = (before.successes / before.total - recent.successes / recent.total) / Math.sqrt(variance);
  return upperTail(z);
}

/** The same test the other way: the p-value of "the share of `recent` is above that of `before`" (topic.rising). */
export function risePValue(recent: { successes: number; total: number }, before: { successes: number; total: number }): number {
  return dropPValue(before, recent);
}

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/**
 * Fisher's exact test, one-sided: the p-value of "the share of `recent` is above that of
 * `before`" (topic.rising). Given how many remarks of both periods say the topic, the number
 * in `recent` is hypergeometric when the share did not change: P(X ≥ recent.successes). The
 * z-test's normal approximation is too confident for the few remarks of a small service's
 * week: on uniformly random remarks it fired about four times as often as its level says.
 * 1 when there is nothing to compare.
 */
export function riseExactPValue(recent: { successes: number; total: number }, before: { successes: number; total: number }): number {
  if (recent.total === 0 || before.total === 0) return 1;
  const population = recent.total + before.total;
  const said = recent.successes + before.successes;
  const drawn = recent.total;
  const highest = Math.min(drawn, said);
  let x = recent.successes;
  if (x > highest) return 0;
  if (x <= Math.max(0, drawn - (population - said))) return 1; // every outcome is at least x
  // P(X = x), then each next term from the one before (their ratio), summed until negligible.
  let term = Math.exp(logChoose(said, x) + logChoose(population - said, drawn - x) - logChoose(population, drawn));
  let sum = 0;
  while (term > 0 && x <= highest) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= ((said - x) * (drawn - x)) / ((x + 1) * (population - said - drawn + x + 1));
    x += 1;
  }
  return Math.min(1, sum);
}

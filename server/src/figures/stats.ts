/**
 * numerator / denominator rounded half up to `decimals` decimals; null when the
 * denominator is 0. Works on the integer counts, so 2.675 rounds to 2.68 as on paper.
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number | null {
  if (denominator === 0) return null;
  const scale = 10 ** decimals;
  // For integer inputs an exact half is exactly representable, so Math.round rounds it up.
  return Math.round((numerator * scale) / denominator) / scale;
}

/** part as a percentage of whole, 1 decimal; null when whole is 0. */
export const percentage = (part: number, whole: number): number | null => roundRatio(part * 100, whole, 1);

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/**
 * The Wilson score interval of a share (successes of n), 95 %, in percent with 1 decimal.
 * Unlike the normal approximation it stays within 0–100 and is honest for small n.
 */
export function wilsonInterval(successes: number, total: number): { low: number; high: number } | null {
  if (total === 0) return null;
  const p = successes / total;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const margin = (Z95 * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 10;
  return { low: round(centre - margin), high: round(centre + margin) };
}

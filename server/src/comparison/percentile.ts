/**
 * The p-th percentile (0 ≤ p ≤ 1) of values, by linear interpolation between closest ranks:
 * Excel's PERCENTILE.INC, R's type 7, NumPy's default. With the values sorted as x[0..n-1],
 * h = (n − 1)·p and the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
export function percentileInc(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('a percentile of no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError('p lies between 0 and 1');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

import { describe, expect, it } from 'vitest';
import { percentileInc } from './percentile.js';

// Expectations computed by hand with h = (n − 1)·p (PERCENTILE.INC).
describe('percentileInc', () => {
  it('interpolates between closest ranks', () => {
    // sorted 60 70 80 90 95; h(0.25) = 1 → 70; h(0.5) = 2 → 80; h(0.75) = 3 → 90
    expect(percentileInc([90, 60, 95, 80, 70], 0.25)).toBe(70);
    expect(percentileInc([90, 60, 95, 80, 70], 0.5)).toBe(80);
    expect(percentileInc([90, 60, 95, 80, 70], 0.75)).toBe(90);
    // sorted 10 20 30 40; h(0.25) = 0.75 → 10 + 0.75·10 = 17.5; h(0.5) = 1.5 → 25; h(0.75) = 2.25 → 32.5
    expect(percentileInc([40, 10, 30, 20], 0.25)).toBeCloseTo(17.5, 10);
    expect(percentileInc([40, 10, 30, 20], 0.5)).toBeCloseTo(25, 10);
    expect(percentileInc([40, 10, 30, 20], 0.75)).toBeCloseTo(32.5, 10);
    // sorted 50 55 70 71 80 100; h(0.25) = 1.25 → 55 + 0.25·15 = 58.75; h(0.5) = 2.5 → 70.5; h(0.75) = 3.75 → 71 + 0.75·9 = 77.75
    expect(percentileInc([100, 50, 80, 55, 71, 70], 0.25)).toBeCloseTo(58.75, 10);
    expect(percentileInc([100, 50, 80, 55, 71, 70], 0.5)).toBeCloseTo(70.5, 10);
    expect(percentileInc([100, 50, 80, 55, 71, 70], 0.75)).toBeCloseTo(77.75, 10);
  });

  it('gives the extremes at 0 and 1, the one value of one, and refuses nothing', () => {
    expect(percentileInc([3, 1, 2], 0)).toBe(1);
    expect(percentileInc([3, 1, 2], 1)).toBe(3);
    expect(percentileInc([42], 0.75)).toBe(42);
    expect(() => percentileInc([], 0.5)).toThrow(RangeError);
    expect(() => percentileInc([1], 1.5)).toThrow(RangeError);
  });
});

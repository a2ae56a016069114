import { describe, expect, it } from 'vitest';
import { localDay, monthsOf, previousYear, shiftYears } from '../kernel/calendar.js';
import { percentage, roundRatio, wilsonInterval } from './stats.js';

describe('rounding and the Wilson interval', () => {
  it('rounds half up on the exact counts (2.675 → 2.68, not 2.67 as floating point would)', () => {
    expect(roundRatio(107, 40, 2)).toBe(2.68);
    expect(roundRatio(1, 3, 2)).toBe(0.33);
    expect(roundRatio(2, 3, 2)).toBe(0.67);
    expect(percentage(1, 16)).toBe(6.3);
    expect(percentage(1, 8)).toBe(12.5);
    expect(percentage(0, 0)).toBeNull();
    expect(roundRatio(5, 0, 2)).toBeNull();
  });

  it('matches published Wilson 95 % intervals', () => {
    // 8 of 10: 0.4902–0.9433; 0 of 10: 0–0.2775; 10 of 10: 0.7225–1.
    expect(wilsonInterval(8, 10)).toEqual({ low: 49, high: 94.3 });
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: 27.8 });
    expect(wilsonInterval(10, 10)).toEqual({ low: 72.2, high: 100 });
    expect(wilsonInterval(0, 0)).toBeNull();
    const wide = wilsonInterval(1, 2)!;
    const narrow = wilsonInterval(500, 1000)!;
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });
});

describe('periods in Brussels days', () => {
  it('a response at 2026-12-31 23:30 UTC belongs to 1 January 2027', () => {
    expect(localDay(new Date('2026-12-31T23:30:00Z'), 'Europe/Brussels')).toBe('2027-01-01');
    expect(localDay(new Date('2026-12-31T22:59:59Z'), 'Europe/Brussels')).toBe('2026-12-31');
  });

  it('one year earlier keeps the days, and 29 February becomes 28 February', () => {
    expect(shiftYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(previousYear({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('lists every month a period touches', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-01-01', to: '2026-12-31' })).toHaveLength(12);
  });
});

import { describe, expect, it } from 'vitest';
import { nextDelay, parseRetryAfter, verdict, type RetryPolicy } from './retry-policy.js';

describe('verdict', () => {
  it.each([200, 201, 204])('%i: acknowledged', (status) => expect(verdict(status)).toBe('ok'));
  it.each([0, 408, 429, 500, 502, 503, 504])('%i: try again', (status) => expect(verdict(status)).toBe('retry'));
  it.each([400, 401, 403, 404, 405, 409, 413, 415, 422])('%i: drop, repeating will not help', (status) =>
    expect(verdict(status)).toBe('drop'),
  );
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(' 12 ')).toBe(12_000);
    expect(parseRetryAfter('0')).toBe(0);
  });

  it.each([null, undefined, '', 'soon', '-1', '1.5', 'Mon, 02 Mar 2026 10:00:05 GMT'])('ignores %j (backoff applies)', (value) => {
    expect(parseRetryAfter(value)).toBeUndefined();
  });
});

describe('nextDelay', () => {
  const policy: RetryPolicy = { baseDelay: 1000, maxDelay: 60_000, attempts: 5, remarkAttempts: 3, timeout: 15_000 };

  it('doubles per attempt, with jitter between half and the full step', () => {
    expect([1, 2, 3, 4].map((n) => nextDelay(n, null, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => nextDelay(n, null, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    for (let i = 0; i < 100; i++) {
      const delay = nextDelay(2, null, policy);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });

  it('waits at least as long as Retry-After says', () => {
    expect(nextDelay(1, '30', policy, () => 0)).toBe(30_000);
    expect(nextDelay(4, '1', policy, () => 1)).toBe(8000);
  });

  it('follows a shortened policy, as tests use', () => {
    expect(nextDelay(3, null, { ...policy, baseDelay: 10 }, () => 1)).toBe(40);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluationWindows } from './alert-windows.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { isPublicAddress, webhookUrlProblem } from './public-address.js';
import { sendWebhook } from './send-webhook.js';
import { isRising } from './evaluate-alerts.js';
import { dropPValue, riseExactPValue, risePValue, upperTail } from './two-proportion-test.js';

describe('the two-proportion test', () => {
  it('has the normal tail of the tables', () => {
    expect(upperTail(0)).toBeCloseTo(0.5, 6);
    expect(upperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(upperTail(2.326348)).toBeCloseTo(0.01, 6);
    expect(upperTail(-1.644854)).toBeCloseTo(0.95, 6);
  });
  it('is significant only for a clear drop with enough responses', () => {
    // 40 % of 40 against 80 % of 336: z ≈ 5.5.
    expect(dropPValue({ successes: 16, total: 40 }, { successes: 269, total: 336 })).toBeLessThan(1e-6);
    // 70 % of 30 against 80 % of 300: could be chance.
    expect(dropPValue({ successes: 21, total: 30 }, { successes: 240, total: 300 })).toBeGreaterThan(0.05);
    // A rise is never a drop.
    expect(dropPValue({ successes: 30, total: 30 }, { successes: 150, total: 300 })).toBeGreaterThan(0.99);
    expect(dropPValue({ successes: 0, total: 0 }, { successes: 1, total: 2 })).toBe(1);
  });
});

describe('topic.rising', () => {
  const topic = (count: number, share: number, comparisonCount: number, comparisonShare: number | null) => ({
    key: 'k',
    label: 'k',
    count,
    share,
    comparisonCount,
    comparisonShare,
    alikeCount: count,
    alikeShare: share,
    examples: [],
    exampleIds: [],
  });
  it('needs a significant rise, not only a doubling', () => {
    // A small service: 6 of 20 remarks against 12 of 160 before (4×, Fisher's p ≈ 0.0069): it rose.
    expect(riseExactPValue({ successes: 6, total: 20 }, { successes: 12, total: 160 })).toBeLessThan(0.01);
    expect(isRising(topic(6, 30, 12, 7.5), { remarks: 20, comparisonRemarks: 160 })).toBe(true);
    // 5 of 25 against 16 of 200 (2.5×, p ≈ 0.066): could be chance, no alert.
    expect(isRising(topic(5, 20, 16, 8), { remarks: 25, comparisonRemarks: 200 })).toBe(false);
    // New and significant, but only 4 of its remarks say two of its terms, as the 8 weeks before
    // are counted: under 5, no alert (its own count, 6, does not count).
    expect(isRising(topic(6, 30, 0, 0), { remarks: 20, comparisonRemarks: 160 })).toBe(true);
    expect(isRising({ ...topic(6, 30, 0, 0), alikeCount: 4, alikeShare: 20 }, { remarks: 20, comparisonRemarks: 160 })).toBe(false);
    // Significant but not doubled, and doubled but too few: no alert.
    expect(isRising(topic(150, 15, 500, 10), { remarks: 1000, comparisonRemarks: 5000 })).toBe(false);
    expect(isRising(topic(4, 40, 0, 0), { remarks: 10, comparisonRemarks: 200 })).toBe(false);
    // New: absent in 200 remarks before, 6 of 30 now.
    expect(isRising(topic(6, 20, 0, 0), { remarks: 30, comparisonRemarks: 200 })).toBe(true);
    // Nothing to compare with (no remarks before): no test, no alert.
    expect(isRising(topic(8, 40, 0, null), { remarks: 20, comparisonRemarks: 0 })).toBe(false);
  });

  it('divides the significance level among the topics looked at in the week', () => {
    // 8 of 35 against 12 of 200 (3.8×, p ≈ 0.0037): an alert when it is the only topic
    // looked at, none among 10, where one of them would reach it by chance too often.
    const week = { remarks: 35, comparisonRemarks: 200 };
    expect(riseExactPValue({ successes: 8, total: 35 }, { successes: 12, total: 200 })).toBeGreaterThan(0.001);
    expect(isRising(topic(8, 23, 12, 6), week, 1)).toBe(true);
    expect(isRising(topic(8, 23, 12, 6), week, 10)).toBe(false);
    // 8 of 20 against 12 of 160 (p ≈ 0.0003) stays an alert among 10 topics.
    expect(isRising(topic(8, 40, 12, 7.5), { remarks: 20, comparisonRemarks: 160 }, 10)).toBe(true);
  });

  it("tests a rise exactly (Fisher's test): the normal approximation is too confident for a few remarks", () => {
    // Values of scipy.stats.fisher_exact(..., alternative='greater').
    expect(riseExactPValue({ successes: 6, total: 20 }, { successes: 12, total: 160 })).toBeCloseTo(0.0069135, 6);
    expect(riseExactPValue({ successes: 13, total: 140 }, { successes: 36, total: 1106 })).toBeCloseTo(0.0019066, 6);
    expect(riseExactPValue({ successes: 150, total: 1000 }, { successes: 500, total: 5000 }) / 4.8554e-6).toBeCloseTo(1, 3);
    // 3 of 10 against 1 of 100: the z-test says p ≈ 1.5e-6, the exact test 0.002.
    expect(risePValue({ successes: 3, total: 10 }, { successes: 1, total: 100 })).toBeLessThan(1e-5);
    expect(riseExactPValue({ successes: 3, total: 10 }, { successes: 1, total: 100 })).toBeGreaterThan(0.002);
    expect(riseExactPValue({ successes: 0, total: 10 }, { successes: 5, total: 100 })).toBe(1);
    expect(riseExactPValue({ successes: 2, total: 20 }, { successes: 30, total: 160 })).toBeCloseTo(0.9072578, 6);
    // Far below or above the mean, where P(X = x) is too small for a double.
    expect(riseExactPValue({ successes: 1, total: 10_000 }, { successes: 5_000, total: 10_000 })).toBe(1);
    expect(riseExactPValue({ successes: 5_000, total: 10_000 }, { successes: 1, total: 10_000 })).toBe(0);
    expect(riseExactPValue({ successes: 4, total: 0 }, { successes: 5, total: 100 })).toBe(1);
  });
});

describe('webhook addresses', () => {
  it('knows public from private addresses', () => {
    for (const a of ['8.8.8.8', '193.191.245.1', '2001:4860:4860::8888']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:192.168.1.1',
      '224.0.0.1',
      'not-an-ip',
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });
  it('accepts https on a public literal address and refuses the rest, without any lookup', async () => {
    expect(await webhookUrlProblem('https://8.8.8.8/hook', false)).toBeNull();
    expect(await webhookUrlProblem('http://8.8.8.8/hook', false)).toBe('must start with https://');
    expect(await webhookUrlProblem('https://user:pw@8.8.8.8/hook', false)).toMatch(/user name/);
    expect(await webhookUrlProblem('https://[::1]:8443/hook', false)).toMatch(/private network/);
    expect(await webhookUrlProblem('https://localhost/hook', false)).toMatch(/private network/);
    // Development and tests: anything http(s).
    expect(await webhookUrlProblem('http://127.0.0.1:3000/hook', true)).toBeNull();
  });
});

describe('evaluation windows', () => {
  it('the last 7 days, the 8 weeks before, and the digest of the week before the latest Monday 08:00 in Brussels', () => {
    // Monday 7 December 2026, 07:59 in Brussels (UTC+1): last Monday's digest.
    const early = evaluationWindows(new Date('2026-12-07T06:59:00Z'), 'Europe/Brussels');
    expect(early).toMatchObject({
      today: '2026-12-07',
      week: { from: '2026-12-01', to: '2026-12-07' },
      before: { from: '2026-10-06', to: '2026-11-30' },
      digestWeek: { from: '2026-11-23', to: '2026-11-29' },
    });
    const due = evaluationWindows(new Date('2026-12-07T07:01:00Z'), 'Europe/Brussels');
    expect(due.digestWeek).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    // Summer time: 08:00 in Brussels is 06:00 UTC.
    expect(evaluationWindows(new Date('2026-06-01T06:01:00Z'), 'Europe/Brussels').digestWeek).toEqual({
      from: '2026-05-25',
      to: '2026-05-31',
    });
  });
});

describe('sending a webhook', () => {
  it('refuses, when it connects, a host name that resolves to a private address (DNS rebinding), and sends nothing', async () => {
    const receiver = await startWebhookReceiver();
    try {
      // "localhost" resolves locally (no DNS traffic) to a loopback address: what a rebinding host would do.
      const url = receiver.url.replace('127.0.0.1', 'localhost');
      const refused = await sendWebhook(url, {}, '{}', { timeoutMs: 2_000, allowInsecure: false });
      expect(refused).toMatchObject({ ok: false, httpStatus: null });
      expect(refused.error).toBe('refused_address');
      expect(receiver.received).toHaveLength(0);
      // The same receiver with WEBHOOK_ALLOW_INSECURE (development, tests).
      expect(await sendWebhook(receiver.url, {}, '{}', { timeoutMs: 2_000, allowInsecure: true })).toEqual({
        ok: true,
        httpStatus: 204,
        error: null,
      });
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});

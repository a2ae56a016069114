import { describe, expect, it } from 'vitest';
import { decodedAnalyses } from './decoded-analyses.js';

const A = 'nl|de|knop=4|werkt|niet=¬';
const B = 'fr|le|paiement=paiement';
const C = 'en|login=4|fails=fail';
const D = 'de|anmeldung=login';
const E = 'nl|traag=4';

describe('decoded analyses kept between calls', () => {
  it('gives the same analysis object for the same stored text, in one call and the next', () => {
    const cache = decodedAnalyses({ entries: 10, maxAgeMs: 60_000 });
    const first = cache.decoder();
    const analysis = first(A);
    expect(analysis.text).toBe(A);
    expect(analysis.analysis).toEqual({
      lang: 'nl',
      tokens: [
        { f: 'de', t: [] },
        { f: 'knop', t: ['knop'] },
        { f: 'werkt', t: [] },
        { f: 'niet', t: ['¬'] },
      ],
    });
    expect(first(A)).toBe(analysis);
    expect(cache.decoder()(A)).toBe(analysis);
    expect(cache.size()).toBe(1);
  });

  it('keeps two generations of at most `entries`: the older is dropped when the newer fills up', () => {
    const cache = decodedAnalyses({ entries: 2, maxAgeMs: 60_000 });
    const decode = cache.decoder();
    const a = decode(A);
    decode(B);
    // The first generation is full: C starts the second; A is still found (in the older).
    decode(C);
    expect(decode(A)).toBe(a);
    expect(cache.size()).toBeLessThanOrEqual(4);
    // Found again, A moved to the newer; two generations without it, it is decoded anew.
    decode(B);
    decode(D);
    decode(E);
    expect(decode(A)).not.toBe(a);
    expect(decode(A)).toEqual(a);
    expect(decode(A).analysis).toEqual(a.analysis);
  });

  it('drops a generation older than maxAgeMs at the next call', () => {
    let now = 0;
    const cache = decodedAnalyses({ entries: 100, maxAgeMs: 1_000, now: () => now });
    const a = cache.decoder()(A);
    now = 1_500;
    // One generation old: still found.
    expect(cache.decoder()(A)).toBe(a);
    now = 5_000;
    // Both generations old: none kept.
    const decode = cache.decoder();
    expect(cache.size()).toBe(0);
    expect(decode(A)).not.toBe(a);
  });

  it('expires between calls too (the timer of the process calls expire)', () => {
    let now = 0;
    const cache = decodedAnalyses({ entries: 100, maxAgeMs: 1_000, now: () => now });
    cache.decoder()(A);
    now = 1_001;
    cache.expire();
    expect(cache.size()).toBe(1);
    now = 2_002;
    cache.expire();
    expect(cache.size()).toBe(0);
  });

  it('forgets every analysis (a remark erased)', () => {
    const cache = decodedAnalyses({ entries: 100, maxAgeMs: 60_000 });
    const a = cache.decoder()(A);
    cache.forget();
    expect(cache.size()).toBe(0);
    expect(cache.decoder()(A)).not.toBe(a);
  });

  it('decodes an analysis stored as JSON (a term with a mark) the same way', () => {
    const cache = decodedAnalyses({ entries: 100, maxAgeMs: 60_000 });
    const stored = JSON.stringify({ lang: 'nl', tokens: [{ f: 'inloggen', t: ['login'] }] });
    expect(cache.decoder()(stored).analysis).toEqual({ lang: 'nl', tokens: [{ f: 'inloggen', t: ['login'] }] });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARISON_ROUNDING } from '@feedbackinstrument/shared';
import { localDay } from '../kernel/calendar.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService } from '../services/services.js';
import { addResponses } from '../testing/bulk-responses.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// The attack of issue 19, item 1: an analyst of one organisation, with exactly 5 other
// organisations offering the product, moves its own satisfied share with anonymous posts
// and watches the comparison after each one, to recover the other organisations' shares.
// Two worlds whose five hidden shares differ (minimum, maximum and every exact quartile)
// but round to the same percentiles must give the attacker the very same transcript.
const WORLDS = {
  a: { productId: '7001', shares: [20, 61, 70, 79, 90] },
  b: { productId: '7002', shares: [35, 62, 71, 78, 99] },
} as const;
const OTHERS = ['gemeente-a1', 'gemeente-a2', 'gemeente-a3', 'gemeente-a4', 'gemeente-a5'];

describe.each(BACKENDS)('the comparison under attack on %s', (kind) => {
  let t: TestApp;
  let year: number;

  beforeAll(async () => {
    // The attacker's own posts must not hit the per-address limit.
    t = await startTestApp(kind, { rateLimitPerMinute: 10_000 });
    const db = t.database.db;
    const today = localDay(new Date(), t.app.config.timezone);
    year = Number(today.slice(0, 4));
    for (const id of OTHERS) await insertOrganisation(db, { id, name: `Naam ${id}`, level: 'lokaal' });
    for (const [world, { productId, shares }] of Object.entries(WORLDS)) {
      for (const [i, share] of shares.entries()) {
        const id = `${world}-${OTHERS[i]}`;
        await insertService(db, { id, organisationId: OTHERS[i]!, name: { nl: id }, audience: 'burgers', channel: 'x.be', productId });
        await addResponses(db, id, { satisfied: share, other: 100 - share }, today);
      }
      // The attacker's own service of the product, in its own organisation (Gent).
      await insertService(db, {
        id: `aanvaller-${world}`,
        organisationId: 'stad-gent',
        name: { nl: 'Aanvaller' },
        audience: 'burgers',
        channel: 'gent.be',
        productId,
      });
    }
  });
  afterAll(() => t.close());

  const post = (serviceId: string, score: number) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/json' },
      payload: { serviceId, submissionId: randomUUID(), score },
    });
  const look = async (serviceId: string) => {
    const res = await t.app.inject({
      url: `/v1/services/${serviceId}/comparison?year=${year}`,
      headers: { authorization: `Bearer ${t.tokens.gent}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  /** 10 unsatisfied posts, then 50 satisfied ones: the own share sweeps 0 % → 83 %, the comparison read after each. */
  async function attack(serviceId: string): Promise<unknown[]> {
    const transcript: unknown[] = [];
    for (const score of [...Array<number>(10).fill(1), ...Array<number>(50).fill(5)]) {
      expect((await post(serviceId, score)).statusCode).toBe(201);
      const { service: _service, ...seen } = await look(serviceId);
      transcript.push(seen);
    }
    return transcript;
  }

  it('gives the same transcript for two different sets of hidden shares: none of the five can be recovered', async () => {
    const a = await attack('aanvaller-a');
    const b = await attack('aanvaller-b');
    expect(a).toEqual(b);
    // The attack swept the own share across all three standings: it was a real attempt.
    const standings = new Set(a.map((seen) => (seen as { position: { standing: string } }).position.standing));
    expect(standings).toEqual(new Set(['below_p25', 'between', 'above_p75']));
    for (const seen of a as { others: Record<string, number>; position: object }[]) {
      expect(Object.keys(seen.others).sort()).toEqual(['median', 'p25', 'p75']);
      expect(Object.keys(seen.position)).toEqual(['standing']);
      for (const value of Object.values(seen.others)) expect(value % COMPARISON_ROUNDING).toBe(0);
    }
    // What the attacker learns is the rounded quartiles only, the same in both worlds.
    expect((a[0] as { others: unknown }).others).toEqual({ p25: 60, median: 70, p75: 80 });
  });
});

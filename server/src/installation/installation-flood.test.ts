import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTALLATION_NEW_REFUSED_PER_DAY } from '@feedbackinstrument/shared';
import { localDay } from '../kernel/calendar.js';
import { OTHER_ORIGINS } from './installation-origins.js';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// Issue 19, item 3, as the attack: 300 anonymous requests with made-up Origin headers try to
// fill the installation check (and plant look-alike origins next to the "allow" button).

const GENT = FIXTURE_SERVICES.gent.id;
const FLOOD = 300;

describe.each(BACKENDS)('flooding the installation check on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // The flood must reach the route: no per-address limit in the way.
    t = await startTestApp(kind, { rateLimitPerMinute: 10_000 });
  });
  afterAll(() => t.close());

  const installation = async (query = '') => {
    await t.app.installationWrites();
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/services/${GENT}/installation${query}`,
      headers: { authorization: `Bearer ${t.tokens.gent}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('keeps at most 20 new refused origins per day and counts the rest together as "other origins"', async () => {
    // A known origin, refused before today's flood, keeps being recorded on its own.
    await t.database.db
      .insertInto('installation_origins')
      .values({ service_id: GENT, origin: 'https://oud.gent.example', day: '2025-01-06', refused: 1 })
      .execute();
    const origins = Array.from({ length: FLOOD }, (_, i) => `https://www${i}.gent-be.example`);
    // In parallel bursts, as a script would send them (the budget must hold under concurrency).
    for (let i = 0; i < FLOOD; i += 30) {
      const burst = origins.slice(i, i + 30).map((origin) =>
        t.app.inject({
          method: 'POST',
          url: '/v1/displays',
          headers: { 'content-type': 'application/json', origin },
          payload: JSON.stringify({ serviceId: GENT }),
        }),
      );
      for (const res of await Promise.all(burst)) expect(res.statusCode).toBe(403);
    }
    const known = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/json', origin: 'https://oud.gent.example' },
      payload: JSON.stringify({ serviceId: GENT, submissionId: randomUUID(), score: 3 }),
    });
    expect(known.statusCode).toBe(403);
    await t.app.installationWrites();

    const today = localDay(new Date(), t.app.config.timezone);
    const rows = await t.database.db
      .selectFrom('installation_origins')
      .selectAll()
      .where('service_id', '=', GENT)
      .where('day', '=', today)
      .execute();
    const own = rows.filter((r) => r.origin !== OTHER_ORIGINS && r.origin !== 'https://oud.gent.example');
    const other = rows.filter((r) => r.origin === OTHER_ORIGINS);
    expect(own.length).toBeLessThanOrEqual(INSTALLATION_NEW_REFUSED_PER_DAY);
    expect(own.length).toBe(20);
    expect(other).toHaveLength(1);
    expect(other[0]!.refused).toBe(FLOOD - own.length);
    expect(rows.find((r) => r.origin === 'https://oud.gent.example')).toMatchObject({ refused: 1 });

    const body = await installation();
    expect(body.otherOrigins).toEqual({ refusedByDay: [{ day: today, count: FLOOD - 20 }] });
    // The allowed origin, the 20 new ones and the known one: 22 origins, one page.
    expect(body).toMatchObject({ total: 22, page: 1, pageSize: 50, nextPage: null });
    expect(body.origins[0]).toMatchObject({ origin: ALLOWED_ORIGIN, allowed: true });
    expect(JSON.stringify(body)).not.toContain(`"${OTHER_ORIGINS}"`);
    // The answer stays small, however long the flood.
    expect(JSON.stringify(body).length).toBeLessThan(8_000);
  });

  it('pages through the origins', async () => {
    const first = await installation('?pageSize=10');
    expect(first).toMatchObject({ page: 1, pageSize: 10, total: 22, nextPage: 2 });
    const second = await installation('?pageSize=10&page=2');
    const third = await installation('?pageSize=10&page=3');
    expect(third).toMatchObject({ page: 3, nextPage: null });
    const all = [...first.origins, ...second.origins, ...third.origins].map((o: { origin: string }) => o.origin);
    expect(all).toHaveLength(22);
    expect(new Set(all).size).toBe(22);
    expect(all).toEqual((await installation()).origins.map((o: { origin: string }) => o.origin));
    expect((await installation('?page=9')).origins).toEqual([]);
    for (const bad of ['?page=0', '?pageSize=201', '?page=x', '?other=1']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/v1/services/${GENT}/installation${bad}`,
        headers: { authorization: `Bearer ${t.tokens.gent}` },
      });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../kernel/calendar.js';
import { installationOrigins, pruneInstallationOrigins, recordInstallationEvent } from './installation-origins.js';
import { ADMIN_TOKEN, ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

const GENT = FIXTURE_SERVICES.gent.id;
const REFUSED = 'https://kopie.gent.example';

describe.each(BACKENDS)('the installation check on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const collect = (url: string, body: unknown, origin: string) =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', origin }, payload: JSON.stringify(body) });
  const installation = async (token: string, serviceId = GENT) => {
    await t.app.installationWrites();
    return t.app.inject({ method: 'GET', url: `/v1/services/${serviceId}/installation`, headers: { authorization: `Bearer ${token}` } });
  };
  const rows = () => t.database.db.selectFrom('installation_origins').selectAll().where('service_id', '=', GENT).execute();

  it('lists the allowed origins, never seen yet', async () => {
    const res = await installation(t.tokens.gent);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      origins: [{ origin: ALLOWED_ORIGIN, allowed: true, lastShownDay: null, lastAnsweredDay: null, refusedByDay: [] }],
      otherOrigins: { refusedByDay: [] },
      page: 1,
      pageSize: 50,
      total: 1,
      nextPage: null,
    });
  });

  it('records shown, answered and refused origins on the Brussels day, once per day for shown and answered', async () => {
    for (let i = 0; i < 3; i++) expect((await collect('/v1/displays', { serviceId: GENT }, ALLOWED_ORIGIN)).statusCode).toBe(204);
    expect((await collect('/v1/feedback', { serviceId: GENT, submissionId: randomUUID(), score: 4 }, ALLOWED_ORIGIN)).statusCode).toBe(201);
    for (let i = 0; i < 2; i++)
      expect((await collect('/v1/feedback', { serviceId: GENT, submissionId: randomUUID(), score: 2 }, REFUSED)).statusCode).toBe(403);
    expect((await collect('/v1/displays', { serviceId: GENT }, REFUSED)).statusCode).toBe(403);
    const today = localDay(new Date(), 'Europe/Brussels');
    const res = await installation(t.tokens.gent);
    expect(res.json().origins).toEqual([
      { origin: ALLOWED_ORIGIN, allowed: true, lastShownDay: today, lastAnsweredDay: today, refusedByDay: [] },
      { origin: REFUSED, allowed: false, lastShownDay: null, lastAnsweredDay: null, refusedByDay: [{ day: today, count: 3 }] },
    ]);
    // One row per origin and day: the flags were written once, the refusals counted.
    const stored = await rows();
    expect(stored).toHaveLength(2);
    expect(Object.keys(stored[0]!).sort()).toEqual(['answered', 'day', 'origin', 'refused', 'service_id', 'shown']);
  });

  it('does not record requests without a foreign origin, nor malformed origins', async () => {
    const before = (await rows()).length;
    await t.app.inject({
      method: 'POST',
      url: '/v1/displays',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ serviceId: GENT }),
    });
    await collect('/v1/displays', { serviceId: GENT }, 'https://x.example/path');
    await t.app.installationWrites();
    expect((await rows()).length).toBe(before);
  });

  it('`allowed` follows the service: allowing the refused origin moves it up', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/v1/services/${GENT}`,
      headers: { authorization: `Bearer ${t.tokens.gent}` },
      payload: { allowedOrigins: [ALLOWED_ORIGIN, REFUSED] },
    });
    expect(patch.statusCode).toBe(200);
    const origins = (await installation(t.tokens.gent)).json().origins;
    expect(origins.map((o: { origin: string; allowed: boolean }) => [o.origin, o.allowed])).toEqual([
      [ALLOWED_ORIGIN, true],
      [REFUSED, true],
    ]);
    expect(origins[1].refusedByDay[0].count).toBe(3);
  });

  it('uses the local day of the time zone, not UTC, and keeps refusals of the asked period only', async () => {
    // 22:30 UTC on 30 June is already 1 July in Brussels (UTC+2 in summer).
    const at = new Date('2025-06-30T22:30:00Z');
    await recordInstallationEvent(t.database.db, 'shown', GENT, 'https://zomer.example', 'Europe/Brussels', at);
    await recordInstallationEvent(t.database.db, 'refused', GENT, 'https://zomer.example', 'Europe/Brussels', at);
    await recordInstallationEvent(
      t.database.db,
      'refused',
      GENT,
      'https://zomer.example',
      'Europe/Brussels',
      new Date('2025-06-01T10:00:00Z'),
    );
    const zomer = (await installationOrigins(t.database.db, GENT, '2025-06-15')).find((o) => o.origin === 'https://zomer.example');
    expect(zomer).toEqual({
      origin: 'https://zomer.example',
      lastShownDay: '2025-07-01',
      lastAnsweredDay: null,
      refusedByDay: [{ day: '2025-07-01', count: 1 }],
    });
    // Refused long ago and never shown: not in the check any more.
    const listed = (await installation(t.tokens.gent)).json().origins.map((o: { origin: string }) => o.origin);
    expect(listed).toContain('https://zomer.example');
    expect(await pruneInstallationOrigins(t.database.db, '2025-06-15')).toBe(1);
  });

  it("needs a token, answers another organisation's service like an unknown one, and analysts may read", async () => {
    expect((await t.app.inject({ method: 'GET', url: `/v1/services/${GENT}/installation` })).statusCode).toBe(401);
    const foreign = await installation(t.tokens.opgroeien);
    const unknown = await installation(t.tokens.opgroeien, 'bestaat-niet');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe(unknown.json().error.code);
    const analyst = await t.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { name: 'Lezer', organisationId: 'stad-gent', role: 'analyst' },
    });
    expect((await installation(analyst.json().token)).statusCode).toBe(200);
  });
});

describe('the allowed-origin rule', () => {
  it('takes https origins, and http only on loopback hosts', async () => {
    const { isAllowedOrigin } = await import('@feedbackinstrument/shared');
    for (const ok of [
      'https://www.gent.be',
      'https://www.gent.be:8443',
      'http://localhost:5173',
      'http://127.0.0.1:8080',
      'http://[::1]:3000',
    ])
      expect(isAllowedOrigin(ok), ok).toBe(true);
    for (const bad of [
      'http://www.gent.be',
      'https://www.gent.be/',
      'https://www.gent.be/pad',
      'ftp://gent.be',
      'www.gent.be',
      'https://WWW.gent.be',
    ])
      expect(isAllowedOrigin(bad), bad).toBe(false);
  });
});

describe.each(BACKENDS)('a refused origin reaches the installation check on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it("answers the displays preflight of any origin (so the route can refuse and count it), not the feedback one's", async () => {
    const preflight = (url: string) =>
      t.app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin: REFUSED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const displays = await preflight('/v1/displays');
    expect(displays.statusCode).toBe(204);
    expect(displays.headers['access-control-allow-origin']).toBe(REFUSED);
    expect((await preflight('/v1/feedback')).headers['access-control-allow-origin']).toBeUndefined();
    const display = await t.app.inject({
      method: 'POST',
      url: '/v1/displays',
      headers: { 'content-type': 'application/json', origin: REFUSED },
      payload: JSON.stringify({ serviceId: GENT }),
    });
    expect(display.statusCode).toBe(403);
    expect(display.json().error.code).toBe('origin_not_allowed');
    const counted = await t.database.db.selectFrom('display_counts').selectAll().where('service_id', '=', GENT).execute();
    expect(counted).toEqual([]);
    await t.app.installationWrites();
    const res = await t.app.inject({
      method: 'GET',
      url: `/v1/services/${GENT}/installation`,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.json().origins.find((o: { origin: string }) => o.origin === REFUSED)).toMatchObject({
      allowed: false,
      refusedByDay: [{ count: 1 }],
    });
  });
});

describe.each(BACKENDS)('allowed origins through the API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('refuses a service with a plain-http origin, names the field, and writes nothing (no service, no audit row)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/services',
      headers: { authorization: `Bearer ${t.tokens.gent}` },
      payload: { ...FIXTURE_SERVICES.gent, id: 'gent-http', allowedOrigins: ['https://stad.gent', 'http://stad.gent'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ path: 'allowedOrigins.1', message: expect.stringContaining('https') }]);
    expect(await t.database.db.selectFrom('services').select('id').where('id', '=', 'gent-http').execute()).toEqual([]);
    expect(await t.database.db.selectFrom('audit_log').select('id').where('target_id', '=', 'gent-http').execute()).toEqual([]);
    const loopback = await t.app.inject({
      method: 'PATCH',
      url: `/v1/services/${GENT}`,
      headers: { authorization: `Bearer ${t.tokens.gent}` },
      payload: { allowedOrigins: [ALLOWED_ORIGIN, 'http://localhost:5173'] },
    });
    expect(loopback.statusCode).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// The citizen's links: set per organisation (the defaults) and per service (wins, link by
// link), stored, and read by the widget from GET /v1/widget-config/:serviceId.
describe.each(BACKENDS)('complaints, privacy and accessibility links on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string | null, body?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined && { payload: body as object }),
    });
  const config = async (serviceId: string, lang?: string) =>
    call('GET', `/v1/widget-config/${serviceId}${lang ? `?lang=${lang}` : ''}`, null);
  const GENT = 'gent-afspraak-burgerzaken';

  it('a service without links, of an organisation without any: all null, cacheable, readable from any origin', async () => {
    const res = await config(GENT);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ serviceId: GENT, lang: 'nl', links: { complaintsUrl: null, privacyUrl: null, accessibilityUrl: null } });
    expect(res.headers['cache-control']).toMatch(/^public, max-age=300/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it("the organisation's links are its services' defaults; a service's own link wins; per language with a Dutch fallback", async () => {
    const org = await call('PATCH', '/v1/organisations/stad-gent', t.tokens.gent, {
      complaintsUrl: { nl: 'https://stad.gent/klachten', fr: 'https://stad.gent/fr/plaintes' },
      privacyUrl: 'https://stad.gent/privacy',
    });
    expect(org.statusCode, org.body).toBe(200);
    expect(org.json()).toMatchObject({
      id: 'stad-gent',
      complaintsUrl: { nl: 'https://stad.gent/klachten', fr: 'https://stad.gent/fr/plaintes' },
      privacyUrl: 'https://stad.gent/privacy',
      accessibilityUrl: null,
    });
    expect((await config(GENT, 'fr')).json().links).toEqual({
      complaintsUrl: 'https://stad.gent/fr/plaintes',
      privacyUrl: 'https://stad.gent/privacy',
      accessibilityUrl: null,
    });
    expect((await config(GENT, 'de')).json().links.complaintsUrl).toBe('https://stad.gent/klachten');

    const service = await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, {
      privacyUrl: 'https://stad.gent/burgerzaken/privacy',
      accessibilityUrl: 'https://stad.gent/toegankelijkheid',
    });
    expect(service.statusCode, service.body).toBe(200);
    expect(service.json()).toMatchObject({
      complaintsUrl: null,
      privacyUrl: 'https://stad.gent/burgerzaken/privacy',
      accessibilityUrl: 'https://stad.gent/toegankelijkheid',
    });
    expect((await config(GENT, 'nl')).json().links).toEqual({
      complaintsUrl: 'https://stad.gent/klachten',
      privacyUrl: 'https://stad.gent/burgerzaken/privacy',
      accessibilityUrl: 'https://stad.gent/toegankelijkheid',
    });
    // Stored: read back through the admin API, and null takes the organisation's again.
    expect((await call('GET', `/v1/services/${GENT}`, ADMIN_TOKEN)).json().privacyUrl).toBe('https://stad.gent/burgerzaken/privacy');
    await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, { privacyUrl: null });
    expect((await config(GENT)).json().links.privacyUrl).toBe('https://stad.gent/privacy');
    // Each change is in the audit log.
    const audit = (await call('GET', '/v1/audit?organisation=stad-gent', ADMIN_TOKEN)).json().entries;
    expect(audit.find((e: { action: string }) => e.action === 'organisation.update')).toMatchObject({
      target: { type: 'organisation', id: 'stad-gent' },
      before: { privacyUrl: null },
      after: { privacyUrl: 'https://stad.gent/privacy' },
    });
  });

  it('a new organisation and a new service carry their links from the start', async () => {
    const org = await call('POST', '/v1/organisations', ADMIN_TOKEN, {
      id: 'gemeente-x',
      name: 'Gemeente X',
      level: 'lokaal',
      complaintsUrl: 'https://x.be/klacht',
    });
    expect(org.statusCode, org.body).toBe(201);
    expect(org.json()).toMatchObject({ complaintsUrl: 'https://x.be/klacht', privacyUrl: null, accessibilityUrl: null });
    const service = await call('POST', '/v1/services', ADMIN_TOKEN, {
      id: 'x-dienst',
      organisationId: 'gemeente-x',
      name: { nl: 'Dienst' },
      audience: 'burgers',
      channel: 'x.be',
      accessibilityUrl: { en: 'https://x.be/en/accessibility' },
    });
    expect(service.statusCode, service.body).toBe(201);
    expect((await config('x-dienst', 'nl')).json().links).toEqual({
      complaintsUrl: 'https://x.be/klacht',
      privacyUrl: null,
      accessibilityUrl: 'https://x.be/en/accessibility',
    });
  });

  it.each(
    [
      [{ complaintsUrl: 'http://stad.gent/klachten' }, 'complaintsUrl'],
      [{ privacyUrl: 'javascript:alert(1)' }, 'privacyUrl'],
      [{ privacyUrl: 'stad.gent/privacy' }, 'privacyUrl'],
      [{ accessibilityUrl: { es: 'https://stad.gent/es' } }, 'accessibilityUrl'],
      [{ accessibilityUrl: {} }, 'accessibilityUrl'],
      [{ complaintsUrl: `https://stad.gent/${'x'.repeat(2000)}` }, 'complaintsUrl'],
      [{ complaintsUrl: 'https://stad.gent/\u0000' }, 'complaintsUrl'],
      [{ privacyUrl: 'https://stad.gent/\ud800' }, 'privacyUrl'],
    ].map(([body, field]) => [field, body, field] as const),
  )('refuses a bad %s with 400 naming the field, and writes nothing', async (_name, body, field) => {
    for (const url of [`/v1/services/${GENT}`, '/v1/organisations/stad-gent']) {
      const before = (await config(GENT)).json();
      const res = await call('PATCH', url, t.tokens.gent, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.details.map((d: { path: string }) => d.path.split('.')[0])).toContain(field);
      expect((await config(GENT)).json()).toEqual(before);
    }
  });

  it('an unknown or inactive service is 404; an unknown language 400', async () => {
    expect((await config('bestaat-niet')).statusCode).toBe(404);
    await call('PATCH', '/v1/services/x-dienst', ADMIN_TOKEN, { active: false });
    const inactive = await config('x-dienst');
    expect(inactive.statusCode).toBe(404);
    expect(inactive.json().error.code).toBe('not_found');
    const lang = await config(GENT, 'es');
    expect(lang.statusCode).toBe(400);
    expect(lang.json().error.details[0].path).toBe('lang');
  });

  it("a manager cannot change another organisation's links: 404, as for an unknown one", async () => {
    const res = await call('PATCH', '/v1/organisations/stad-gent', t.tokens.opgroeien, { privacyUrl: 'https://evil.example/privacy' });
    expect(res.statusCode).toBe(404);
    expect((await config(GENT)).json().links.privacyUrl).toBe('https://stad.gent/privacy');
  });
});

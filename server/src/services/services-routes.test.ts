import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

describe.each(BACKENDS)('services administration on %s', (kind) => {
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

  const newService = {
    id: 'gent-parkeerkaart',
    organisationId: 'stad-gent',
    name: { nl: 'Bewonerskaart parkeren aanvragen', en: 'Apply for a residents parking permit' },
    audience: 'burgers',
    channel: 'stad.gent',
    allowedOrigins: ['https://stad.gent'],
    followUps: ['completed'],
  };

  it('an admin creates a service, with the contract defaults', async () => {
    const res = await call('POST', '/v1/services', ADMIN_TOKEN, newService);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      ...newService,
      publishFigures: false,
      active: true,
      productId: null,
      complaintsUrl: null,
      privacyUrl: null,
      accessibilityUrl: null,
    });
    const again = await call('POST', '/v1/services', ADMIN_TOKEN, newService);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('rejects a service of an unknown organisation and malformed origins', async () => {
    const unknownOrg = await call('POST', '/v1/services', ADMIN_TOKEN, { ...newService, id: 'x-service', organisationId: 'nergens' });
    expect(unknownOrg.statusCode).toBe(400);
    expect(unknownOrg.json().error.details[0].path).toBe('organisationId');
    const badOrigin = await call('POST', '/v1/services', ADMIN_TOKEN, {
      ...newService,
      id: 'y-service',
      allowedOrigins: ['https://stad.gent/'],
    });
    expect(badOrigin.statusCode).toBe(400);
    expect(badOrigin.json().error.details[0].path).toBe('allowedOrigins.0');
  });

  it('a manager creates services of its own organisation only; an analyst none; each creation is in the audit log', async () => {
    const own = await call('POST', '/v1/services', t.tokens.gent, { ...newService, id: 'gent-other' });
    expect(own.statusCode).toBe(201);
    // Another organisation is answered like an unknown one, and nothing is written.
    const foreign = await call('POST', '/v1/services', t.tokens.opgroeien, { ...newService, id: 'gent-foreign' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].path).toBe('organisationId');
    expect((await call('GET', '/v1/services/gent-foreign', ADMIN_TOKEN)).statusCode).toBe(404);
    const analyst = (await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'An', organisationId: 'stad-gent', role: 'analyst' })).json();
    const refused = await call('POST', '/v1/services', analyst.token, { ...newService, id: 'gent-analyst' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    const audit = (await call('GET', '/v1/audit?organisation=stad-gent', ADMIN_TOKEN)).json().entries;
    const entry = audit.find((e: { target: { id: string } }) => e.target.id === 'gent-other');
    expect(entry).toMatchObject({
      action: 'service.create',
      organisationId: 'stad-gent',
      actor: { name: 'gent analyst', role: 'manager', via: 'token' },
      before: null,
    });
    expect(entry.after.allowedOrigins).toEqual(['https://stad.gent']);
    expect(audit.some((e: { target: { id: string } }) => e.target.id === 'gent-foreign' || e.target.id === 'gent-analyst')).toBe(false);
  });

  it('an organisation token lists only its own services', async () => {
    const own = await call('GET', '/v1/services', t.tokens.opgroeien);
    expect(own.json().services.map((s: { id: string }) => s.id)).toEqual([FIXTURE_SERVICES.groeipakket.id]);
    const asked = await call('GET', '/v1/services?organisation=stad-gent', t.tokens.opgroeien);
    expect(asked.json().services).toEqual([]);
    const admin = await call('GET', '/v1/services', ADMIN_TOKEN);
    expect(admin.json().services.length).toBeGreaterThanOrEqual(2);
  });

  it("another organisation's service is answered exactly like an unknown one", async () => {
    const foreign = await call('GET', `/v1/services/${FIXTURE_SERVICES.gent.id}`, t.tokens.opgroeien);
    const unknown = await call('GET', '/v1/services/bestaat-niet', t.tokens.opgroeien);
    expect(foreign.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe(unknown.json().error.code);
    const patch = await call('PATCH', `/v1/services/${FIXTURE_SERVICES.gent.id}`, t.tokens.opgroeien, { active: false });
    expect(patch.statusCode).toBe(404);
    const stored = await t.database.db
      .selectFrom('services')
      .select('active')
      .where('id', '=', FIXTURE_SERVICES.gent.id)
      .executeTakeFirstOrThrow();
    expect(stored.active).toBe(true);
  });

  it('an organisation edits its own service: origins, follow-ups, publish flag', async () => {
    const res = await call('PATCH', `/v1/services/${FIXTURE_SERVICES.groeipakket.id}`, t.tokens.opgroeien, {
      allowedOrigins: ['https://www.burgerprofiel.be', 'https://www.groeipakket.be'],
      followUps: ['ease'],
      publishFigures: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      allowedOrigins: ['https://www.burgerprofiel.be', 'https://www.groeipakket.be'],
      followUps: ['ease'],
      publishFigures: true,
    });
    // A PATCH that names one field leaves every other field as it was.
    const rename = await call('PATCH', `/v1/services/${FIXTURE_SERVICES.groeipakket.id}`, t.tokens.opgroeien, {
      name: { nl: 'Groeipakket' },
    });
    expect(rename.json()).toMatchObject({
      name: { nl: 'Groeipakket' },
      allowedOrigins: ['https://www.burgerprofiel.be', 'https://www.groeipakket.be'],
      followUps: ['ease'],
      publishFigures: true,
      active: true,
    });
    const empty = await call('PATCH', `/v1/services/${FIXTURE_SERVICES.groeipakket.id}`, t.tokens.opgroeien, {});
    expect(empty.statusCode).toBe(400);
    const moveAway = await call('PATCH', `/v1/services/${FIXTURE_SERVICES.groeipakket.id}`, t.tokens.opgroeien, {
      organisationId: 'stad-gent',
    });
    expect(moveAway.statusCode).toBe(400);
  });

  it('takes an IPDC product number on create and edit, and refuses anything but 1–12 digits', async () => {
    const created = await call('POST', '/v1/services', ADMIN_TOKEN, { ...newService, id: 'gent-identiteitskaart', productId: '1502' });
    expect(created.statusCode).toBe(201);
    expect(created.json().productId).toBe('1502');
    for (const productId of ['', 'parkeerkaart', '12a', '1234567890123', 1502, '<b>1</b>']) {
      const bad = await call('PATCH', '/v1/services/gent-identiteitskaart', t.tokens.gent, { productId });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].path).toBe('productId');
    }
    const changed = await call('PATCH', '/v1/services/gent-identiteitskaart', t.tokens.gent, { productId: '7' });
    expect(changed.json()).toMatchObject({ productId: '7', name: newService.name });
    const cleared = await call('PATCH', '/v1/services/gent-identiteitskaart', t.tokens.gent, { productId: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().productId).toBeNull();
  });

  it('401 without a token, with a wrong one, and with a malformed header', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer fi_wrong' },
      { authorization: `Basic ${ADMIN_TOKEN}` },
      { authorization: 'Bearer' },
    ]) {
      const res = await t.app.inject({ method: 'GET', url: '/v1/services', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });
});

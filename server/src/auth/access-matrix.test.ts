import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// Every analyst and administration endpoint × every kind of caller. Only the right cells
// succeed, and a service or organisation of someone else is answered exactly as an
// unknown one: the same status, code and message (but for the id asked).

// own: a manager of the service's organisation; analyst: an analyst of it; other: a manager
// of another organisation.
type Caller = 'none' | 'revoked' | 'other' | 'analyst' | 'own' | 'admin';
const CALLERS: Caller[] = ['none', 'revoked', 'other', 'analyst', 'own', 'admin'];
const YEAR = new Date().getUTCFullYear();
const GENT = FIXTURE_SERVICES.gent.id;

interface Endpoint {
  name: string;
  /**
   * Who may: any: every token, seeing only its own; owner: reads of the service's organisation;
   * change: a manager of the service's organisation; create: a manager, naming its own
   * organisation in the body; manage: a manager, within its own organisation; admin: admins only.
   */
  access: 'any' | 'owner' | 'change' | 'create' | 'manage' | 'admin';
  request(t: TestApp, target: { service: string; organisation: string }): Promise<{ method: string; url: string; payload?: object }>;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /v1/organisations', access: 'any', request: async () => ({ method: 'GET', url: '/v1/organisations' }) },
  {
    name: 'POST /v1/organisations',
    access: 'admin',
    request: async () => ({
      method: 'POST',
      url: '/v1/organisations',
      payload: { id: `org-${randomUUID().slice(0, 8)}`, name: 'X', level: 'lokaal' },
    }),
  },
  {
    name: 'PATCH /v1/organisations/:id',
    access: 'change',
    request: async (_t, target) => ({
      method: 'PATCH',
      url: `/v1/organisations/${target.organisation}`,
      payload: { privacyUrl: 'https://stad.gent/privacy' },
    }),
  },
  { name: 'GET /v1/services', access: 'any', request: async () => ({ method: 'GET', url: '/v1/services' }) },
  {
    name: 'POST /v1/services',
    access: 'create',
    request: async (_t, target) => ({
      method: 'POST',
      url: '/v1/services',
      payload: { ...FIXTURE_SERVICES.gent, id: `svc-${randomUUID().slice(0, 8)}`, organisationId: target.organisation },
    }),
  },
  {
    name: 'GET /v1/services/:id',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}` }),
  },
  {
    name: 'PATCH /v1/services/:id',
    access: 'change',
    request: async (_t, target) => ({ method: 'PATCH', url: `/v1/services/${target.service}`, payload: { channel: 'stad.gent' } }),
  },
  {
    name: 'GET figures',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}/figures?year=${YEAR}` }),
  },
  {
    name: 'GET remarks',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}/remarks` }),
  },
  {
    name: 'GET installation',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}/installation` }),
  },
  {
    name: 'GET comparison',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}/comparison?year=${YEAR}` }),
  },
  {
    name: 'GET topics',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}/topics?year=${YEAR}` }),
  },
  {
    name: 'DELETE remark',
    access: 'change',
    request: async (t, target) => {
      // A fresh remark each time, so every cell has something to erase.
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        payload: { serviceId: GENT, submissionId: randomUUID(), score: 2, remark: 'De pagina laadde niet.' },
      });
      return { method: 'DELETE', url: `/v1/services/${target.service}/remarks/${res.json().id}` };
    },
  },
  {
    name: 'GET report',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/reports/${YEAR}?organisation=${target.organisation}` }),
  },
  {
    name: 'POST /v1/tokens',
    access: 'create',
    request: async (_t, target) => ({
      method: 'POST',
      url: '/v1/tokens',
      payload: { name: 'x', organisationId: target.organisation, role: 'analyst' },
    }),
  },
  {
    name: 'POST /v1/tokens (admin token)',
    access: 'admin',
    request: async () => ({ method: 'POST', url: '/v1/tokens', payload: { name: 'x', admin: true } }),
  },
  { name: 'GET /v1/tokens', access: 'manage', request: async () => ({ method: 'GET', url: '/v1/tokens' }) },
  {
    name: 'DELETE /v1/tokens/:id',
    access: 'change',
    request: async (t, target) => {
      const organisationId = target.organisation === 'bestaat-niet' ? 'stad-gent' : target.organisation;
      const made = await t.app.inject({
        method: 'POST',
        url: '/v1/tokens',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: { name: 'to revoke', organisationId },
      });
      // An unknown token id for the "unknown" column.
      return { method: 'DELETE', url: `/v1/tokens/${target.organisation === 'bestaat-niet' ? randomUUID() : made.json().id}` };
    },
  },
  { name: 'GET /v1/audit', access: 'manage', request: async () => ({ method: 'GET', url: '/v1/audit' }) },
  { name: 'GET /v1/alert-subscriptions', access: 'any', request: async () => ({ method: 'GET', url: '/v1/alert-subscriptions' }) },
  {
    name: 'POST /v1/alert-subscriptions',
    access: 'create',
    request: async (_t, target) => ({
      method: 'POST',
      url: '/v1/alert-subscriptions',
      payload: { organisationId: target.organisation, channel: 'email', email: 'team@gent.be', events: ['digest.weekly'] },
    }),
  },
  { name: 'POST /v1/alerts/evaluate', access: 'admin', request: async () => ({ method: 'POST', url: '/v1/alerts/evaluate' }) },
  {
    name: 'GET annotations',
    access: 'owner',
    request: async (_t, target) => ({ method: 'GET', url: `/v1/services/${target.service}/annotations` }),
  },
  {
    name: 'POST annotation',
    access: 'change',
    request: async (_t, target) => ({
      method: 'POST',
      url: `/v1/services/${target.service}/annotations`,
      payload: { day: `${YEAR}-03-01`, text: 'versie 3.2' },
    }),
  },
];

function expected(endpoint: Endpoint, caller: Caller): number | 'ok' {
  if (caller === 'none' || caller === 'revoked') return 401;
  if (caller === 'admin') return 'ok';
  if (endpoint.access === 'admin') return 403;
  // An analyst reads, and is refused anything that changes or administers (before any lookup).
  if (caller === 'analyst') return endpoint.access === 'any' || endpoint.access === 'owner' ? 'ok' : 403;
  if (caller === 'other') {
    if (endpoint.access === 'owner' || endpoint.access === 'change') return 404;
    if (endpoint.access === 'create') return 400;
  }
  return 'ok';
}

describe.each(BACKENDS)('the access matrix on %s', (kind) => {
  let t: TestApp;
  const tokens: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    const call = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/v1/tokens', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload });
    const revoked = (await call({ name: 'old', organisationId: 'stad-gent' })).json();
    await t.app.inject({ method: 'DELETE', url: `/v1/tokens/${revoked.id}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    tokens.revoked = revoked.token;
    tokens.admin = (await call({ name: 'ops', admin: true })).json().token;
    tokens.own = t.tokens.gent;
    tokens.other = t.tokens.opgroeien;
    tokens.analyst = (await call({ name: 'gent analyst', organisationId: 'stad-gent', role: 'analyst' })).json().token;
  });
  afterAll(() => t.close());

  // Each revoked-token request from its own address: together they would pass the limit on
  // failed token attempts per client (TOKEN_FAILURE_LIMIT), which is not what this test is about.
  let revokedClients = 0;
  const send = async (caller: Caller, request: { method: string; url: string; payload?: object }) =>
    t.app.inject({
      method: request.method as 'GET',
      url: request.url,
      ...(caller === 'revoked' && { remoteAddress: `10.9.${Math.floor(++revokedClients / 250)}.${revokedClients % 250}` }),
      headers: caller === 'none' ? {} : { authorization: `Bearer ${tokens[caller]}` },
      ...(request.payload && { payload: request.payload }),
    });

  for (const endpoint of ENDPOINTS) {
    for (const caller of CALLERS) {
      const want = expected(endpoint, caller);
      it(`${endpoint.name} as ${caller} → ${want}`, async () => {
        const res = await send(caller, await endpoint.request(t, { service: GENT, organisation: 'stad-gent' }));
        if (want === 'ok') expect(res.statusCode, res.body).toBeLessThan(300);
        else {
          expect(res.statusCode, res.body).toBe(want);
          expect(res.json().error.code).toBe({ 400: 'validation_failed', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found' }[want]);
        }
      });
    }
  }

  it("lists show another organisation's items to nobody but admins", async () => {
    const services = (await send('other', { method: 'GET', url: '/v1/services' })).json().services.map((s: { id: string }) => s.id);
    expect(services).not.toContain(GENT);
    const organisations = (await send('other', { method: 'GET', url: '/v1/organisations' }))
      .json()
      .organisations.map((o: { id: string }) => o.id);
    expect(organisations).toEqual(['opgroeien']);
  });

  it.each(ENDPOINTS.filter((e) => e.access === 'owner' || e.access === 'change').map((e) => [e.name, e] as const))(
    '%s: "someone else\'s" cannot be told apart from "unknown"',
    async (_name, endpoint) => {
      const foreign = await send('other', await endpoint.request(t, { service: GENT, organisation: 'stad-gent' }));
      const unknown = await send('other', await endpoint.request(t, { service: 'bestaat-niet', organisation: 'bestaat-niet' }));
      expect(foreign.statusCode).toBe(unknown.statusCode);
      const normalise = (body: string, id: string) => body.replaceAll(id, 'ID').replaceAll('bestaat-niet', 'ID');
      expect(normalise(foreign.body, GENT).replaceAll('stad-gent', 'ID')).toBe(normalise(unknown.body, GENT));
      expect(Object.keys(foreign.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
    },
  );

  // Every route that changes something, found in the app itself (so routes added later are
  // covered): an analyst is refused with 403 before its body is even read.
  const OPEN_TO_ANALYSTS = new Set(['POST /v1/feedback', 'POST /v1/displays']);
  it('an analyst changes nothing: every state-changing route answers 403', async () => {
    const changing = t.app.routeCatalogue.filter((r) => !['GET', 'OPTIONS'].includes(r.method) && r.url.startsWith('/v1/'));
    const checked: string[] = [];
    for (const route of changing) {
      const name = `${route.method} ${route.url}`;
      if (OPEN_TO_ANALYSTS.has(name)) continue;
      const url = route.url.replace(/:serviceId/g, GENT).replace(/:(\w*[iI]d)\b/g, randomUUID());
      const res = await send('analyst', { method: route.method, url, payload: {} });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      checked.push(name);
    }
    expect(checked.length).toBeGreaterThanOrEqual(6);
  });
});

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CataloguedRoute } from '../plugins/app/route-catalogue.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { FIELDS, GENT, HOSTILE, HOSTILE_KINDS, payloadOf, type Shape, shapeArbitrary, urlOf } from '../testing/route-fuzz-inputs.js';

// Every route of the app (from its route catalogue, so routes added later are fuzzed too)
// × every kind of caller × hostile input in the path, the query and the body: NUL bytes,
// lone surrogates, 100 KB strings, deep nesting, wrong types, far dates, unknown fields.
// Never a 5xx; every 4xx in JSON is the error envelope (the /open pages and the no-JS
// form answer HTML pages). Fixed seed and bounded runs: the same requests every time.

const SEED = 20261206;
type Role = 'none' | 'analyst' | 'manager' | 'admin';
const ROLES: Role[] = ['none', 'analyst', 'manager', 'admin'];

describe.each(BACKENDS)('every route under hostile input on %s', (kind) => {
  let t: TestApp;
  let routes: CataloguedRoute[];
  const tokens: Partial<Record<Role, string>> = { admin: ADMIN_TOKEN };
  beforeAll(async () => {
    t = await startTestApp(kind);
    tokens.manager = t.tokens.gent;
    const analyst = await t.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { name: 'fuzz analyst', organisationId: 'stad-gent', role: 'analyst' },
    });
    tokens.analyst = analyst.json().token;
    routes = t.app.routeCatalogue.filter((route) => route.method !== 'OPTIONS');
  });
  afterAll(() => t.close());

  /** Sends one request; the problem with its answer, or null. */
  async function problemWith(route: CataloguedRoute, role: Role, shape: Shape): Promise<string | null> {
    const { payload, contentType } = payloadOf(shape);
    const url = urlOf(route, shape);
    const res = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers: { ...(role !== 'none' && { authorization: `Bearer ${tokens[role]}` }), ...(contentType && { 'content-type': contentType }) },
      ...(payload !== undefined && { payload }),
    });
    const where = `${route.method} ${route.url} as ${role} (${url.slice(0, 100)}, ${String(payload).slice(0, 80)})`;
    if (res.statusCode >= 500) return `${where}: ${res.statusCode} ${res.body.slice(0, 200)}`;
    // A HEAD answer has no body, and HTML pages answer their own way.
    if (res.statusCode < 400 || route.method === 'HEAD' || !String(res.headers['content-type'] ?? '').includes('json')) return null;
    let error: { code?: unknown; message?: unknown; details?: unknown } | undefined;
    try {
      error = (res.json() as { error?: typeof error }).error;
    } catch {
      return `${where}: ${res.statusCode} with a JSON type and no JSON: ${JSON.stringify(res.body.slice(0, 100))}`;
    }
    const envelope = typeof error?.code === 'string' && typeof error.message === 'string' && Array.isArray(error.details);
    return envelope ? null : `${where}: ${res.statusCode} without the envelope: ${res.body.slice(0, 200)}`;
  }

  it('each hostile kind in each place of each route, for every caller: no 5xx, the envelope on every 4xx', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(40);
    const problems: string[] = [];
    for (const route of routes) {
      const params = [...route.url.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*');
      const hasBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
      for (const role of ROLES) {
        for (const kindOfValue of HOSTILE_KINDS) {
          const value = HOSTILE[kindOfValue];
          const shapes: Shape[] = [{ path: {}, query: { q: value, year: value, unknownField: value }, body: undefined, form: false }];
          if (params.length > 0)
            shapes.push({ path: Object.fromEntries(params.map((p) => [p, value])), query: {}, body: undefined, form: false });
          if (hasBody) {
            shapes.push({ path: {}, query: {}, body: Object.fromEntries(FIELDS.map((f) => [f, value])), form: false });
            shapes.push({ path: {}, query: {}, body: value, form: false });
          }
          for (const shape of shapes) {
            const problem = await problemWith(route, role, shape);
            if (problem) problems.push(problem);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // Valid requests of the routes that take a body or need a query, so that one hostile field
  // at a time gets past the others' checks and as far into the route as it can.
  const VALID_BODIES: Record<string, Record<string, unknown>> = {
    'POST /v1/feedback': {
      serviceId: GENT,
      submissionId: randomUUID(),
      score: 3,
      channel: 'stad.gent',
      step: 'stap',
      page: '/p',
      remark: 'Goed',
    },
    'POST /v1/displays': { serviceId: GENT },
    'POST /v1/organisations': { id: 'fuzz-org', name: 'Fuzz', level: 'lokaal', policyDomain: 'Welzijn' },
    'POST /v1/services': { ...FIXTURE_SERVICES.gent, id: 'fuzz-service' },
    'PATCH /v1/services/:serviceId': { channel: 'stad.gent', name: { nl: 'Afspraak' } },
    'POST /v1/tokens': { name: 'fuzz', organisationId: 'stad-gent', role: 'analyst' },
    'POST /v1/services/:serviceId/annotations': { day: `${new Date().getUTCFullYear()}-01-02`, text: 'versie 3.2' },
    'POST /v1/alert-subscriptions': { organisationId: 'stad-gent', channel: 'email', email: 'team@gent.be', events: ['digest.weekly'] },
    'POST /dashboard/auth/token': { token: 'fi_not-a-token' },
  };
  const QUERY_FIELDS_ONE_BY_ONE = ['q', 'year', 'from', 'to', 'policyDomain', 'organisation', 'cursor'];
  const VALID_QUERIES: Record<string, Record<string, unknown>> = {
    'GET /v1/reports/:year': { organisation: 'stad-gent' },
  };

  it('one hostile field at a time in an otherwise valid request, for the callers that get furthest', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const name = `${route.method} ${route.url}`;
      const body = VALID_BODIES[name];
      const path = route.url.includes(':year') ? { year: String(new Date().getUTCFullYear()) } : {};
      for (const role of ['analyst', 'admin'] as const) {
        for (const kindOfValue of HOSTILE_KINDS) {
          const value = HOSTILE[kindOfValue];
          const shapes: Shape[] = [];
          if (body)
            for (const field of [...Object.keys(body), 'unknownField'])
              shapes.push({ path, query: {}, body: { ...body, [field]: value }, form: false });
          if (route.method === 'GET') {
            for (const field of QUERY_FIELDS_ONE_BY_ONE)
              shapes.push({ path, query: { ...VALID_QUERIES[name], [field]: value }, body: undefined, form: false });
          }
          for (const shape of shapes) {
            sent += 1;
            const problem = await problemWith(route, role, shape);
            if (problem) problems.push(problem);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(1_000);
    expect(problems).toEqual([]);
  });

  it('random combinations (fast-check, fixed seed): no 5xx, the envelope on every 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.constantFrom(...ROLES), shapeArbitrary, async (route, role, shape) => {
        const problem = await problemWith(route, role, shape);
        expect(problem).toBeNull();
      }),
      { seed: SEED, numRuns: 2_000, endOnFailure: true },
    );
  });
});
